# ---
# features: [unpacking, functions, exceptions]
# dialect: py3
# description: a keyword given twice through ** raises TypeError
# ---
def f(**k):
    return k
try:
    f(a=1, **{"a": 2})
except TypeError:
    print("TypeError")
