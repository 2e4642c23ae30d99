"""The Grumpy engine: Python 2.7 transpiled to Go and run on Grumpy's runtime.

    transpile.py  the module and its functions, classes, comprehensions (entry point)
    stmt.py       statements          expr.py   expressions
    gofunc.py     one Go function being written: temporaries, labels, where control goes
    scope.py      which names are Go locals, captured variables, class entries, globals
    py2.py        the Python 2 front end (lib2to3 syntax fixers, native `__go__` imports)
    compile.py    Program -> Go package -> batch binary;  build.py  the GOPATH and `go build`
    engine.py     the Engine and its Session (`run_many`: one build per batch)
    setup.py      fetch and build the runtime and its library (scripts/bootstrap)
    testsuite.py  Grumpy's own test programs;  bench.py  Grumpy's benchmarks on all engines
    support/rt.go diverge's Go helpers for generated code (package diverge/rt, imported as πd)

See docs/grumpy.md.
"""
