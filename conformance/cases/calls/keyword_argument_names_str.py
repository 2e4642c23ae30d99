# ---
# features: [calls, functions, exceptions]
# dialect: py3
# description: '** with a non-string key raises TypeError'
# ---
def f(**kw):
    return kw
try:
    f(**{1: 2})
except TypeError:
    print("TypeError")
