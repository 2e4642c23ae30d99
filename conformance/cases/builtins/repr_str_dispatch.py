# ---
# features: [builtins, operator-dispatch]
# dialect: py2+3
# description: str() falls back to __repr__ when __str__ is absent
# ---
class R(object):
    def __repr__(self):
        return "R-repr"
class S(R):
    def __str__(self):
        return "S-str"
print(str(R()))
print(repr(S()))
print(str(S()))
print([S()])
