# ---
# features: [control-flow, exceptions]
# dialect: py2+3
# description: assert evaluates its message only on failure
# ---
def msg():
    print("message evaluated")
    return "m"
assert True, msg()
try:
    assert False, msg()
except AssertionError:
    print("AssertionError")
