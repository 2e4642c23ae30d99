# ---
# features: [unpacking, assignment]
# dialect: py3
# description: a starred target collects the middle into a list
# ---
first, *mid, last = range(6)
print(first, mid, last)
