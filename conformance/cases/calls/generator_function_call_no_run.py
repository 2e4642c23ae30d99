# ---
# features: [calls, functions, generators]
# dialect: py2+3
# description: calling a generator function runs none of its body
# ---
def g():
    print("body")
    yield
x = g()
print("called")
