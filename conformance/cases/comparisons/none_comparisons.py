# ---
# features: [comparisons, comparisons]
# dialect: py2+3
# description: None is equal only to None
# ---
print(None == None)
print(None is None)
print(None != False)
print([None] == [None])
