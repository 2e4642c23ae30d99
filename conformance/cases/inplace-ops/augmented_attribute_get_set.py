# ---
# features: [inplace-ops, operator-dispatch, attributes]
# dialect: py2+3
# description: o.x += 1 reads with __getattribute__ and writes with __setattr__ once each
# ---
log = []
class O(object):
    def __init__(self):
        object.__setattr__(self, "x", 1)
    def __getattribute__(self, name):
        log.append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append("set %s=%r" % (name, value))
        object.__setattr__(self, name, value)
o = O()
o.x += 41
print(";".join(log))
