# ---
# features: [unpacking, assignment, evaluation-order]
# dialect: py2+3
# description: chained assignment assigns targets left to right
# ---
class Log(object):
    def __setitem__(self, k, v):
        print("set %s" % k)
log = Log()
log["first"] = log["second"] = 0
