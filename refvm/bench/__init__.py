"""refvm's benchmarks: pure-Python programs run on CPython and on refvm."""
