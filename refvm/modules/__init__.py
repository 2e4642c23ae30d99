"""Built-in modules implemented on the host (sys, math, time, itertools, stubs).

Modules written in Python and run by refvm itself live in refvm/lib/.  Each
host module here is a function `make()` returning the module's dict of VM values.
"""
