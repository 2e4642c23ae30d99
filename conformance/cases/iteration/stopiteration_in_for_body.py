# ---
# features: [iteration, protocols, exceptions]
# dialect: py3
# description: a StopIteration raised in a for body propagates
# ---
try:
    for x in [1]:
        raise StopIteration
except StopIteration:
    print("StopIteration escaped")
