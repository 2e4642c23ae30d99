# ---
# features: [control-flow, loops]
# dialect: py2+3
# description: return inside a loop inside try/finally still runs finally
# ---
def f():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("finally %d" % i)
print(f())
