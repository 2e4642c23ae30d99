# ---
# features: [generators, iteration]
# dialect: py3
# description: generators expose __name__ and gi_frame
# ---
def counting():
    yield 1
it = counting()
print(it.__name__)
print(it.gi_frame is not None)
list(it)
print(it.gi_frame)
