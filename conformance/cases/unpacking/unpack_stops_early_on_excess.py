# ---
# features: [unpacking, assignment, iteration]
# dialect: py3
# description: unpacking into two targets pulls at most three items from an iterator
# ---
pulled = []
def gen():
    for i in range(10):
        pulled.append(i)
        yield i
try:
    a, b = gen()
except ValueError:
    pass
print(pulled)
