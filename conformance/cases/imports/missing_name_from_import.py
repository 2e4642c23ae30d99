# ---
# features: [imports, modules, exceptions]
# dialect: py2+3
# description: from m import missing raises ImportError
# ---
try:
    from os import no_such_name_here
except ImportError as e:
    print(type(e).__name__)
