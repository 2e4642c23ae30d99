"""Engine benchmarks: pure-Python kernels on every engine with pyperf's method, regression
verdicts against a baseline, performance divergences between engines (docs/stress.md)."""
