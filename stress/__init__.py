"""stress: see docs/architecture.md."""
