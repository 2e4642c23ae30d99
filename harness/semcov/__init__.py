"""Semantic coverage: how much of refvm — the executable description of Python's
semantics — a set of programs exercises, measured with coverage.py (branch coverage).

    areas.py    the one table that maps refvm's code to semantic areas
    server.py   the measuring process: runs programs on refvm under coverage.py
    measure.py  the client side: a pool of servers, the measured arcs of each program
    summary.py  per-area line/branch figures, the uncovered branches, HTML/JSON reports
    programs.py where programs come from: the suite, a campaign database, files
"""
