# ---
# features: [identity, implementation-defined, numbers]
# dialect: py3
# description: small ints computed at run time may or may not be shared objects
# outcomes:
#   cached-small-ints: "True\n"
#   distinct-objects: "False\n"
# ---
n = int("7")
m = 3 + 4
print(n is m)
