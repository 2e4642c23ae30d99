# ---
# features: [imports, modules]
# dialect: py3
# description: __import__ returns the top package unless fromlist is given
# ---
top = __import__("os.path")
print(top.__name__)
leaf = __import__("os.path", fromlist=["join"])
print(leaf.__name__ == top.path.__name__)
