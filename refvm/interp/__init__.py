"""refvm's interpreter: frames, the instruction table, the run loop, generators."""
