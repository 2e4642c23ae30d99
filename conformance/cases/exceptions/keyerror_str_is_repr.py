# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: str() of a KeyError shows the key's repr
# ---
try:
    {}["missing"]
except KeyError as e:
    print(str(e))
    print(e.args[0])
