# ---
# features: [comparisons, operator-dispatch]
# dialect: py3
# description: each ordering operator reflects to its mirror
# ---
log = []
class R:
    def __lt__(self, o): log.append("lt"); return True
    def __le__(self, o): log.append("le"); return True
    def __gt__(self, o): log.append("gt"); return True
    def __ge__(self, o): log.append("ge"); return True
1 < R()
1 <= R()
1 > R()
1 >= R()
print(log)
