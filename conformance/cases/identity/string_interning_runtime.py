# ---
# features: [identity, implementation-defined, strings]
# dialect: py3
# description: strings built at run time may or may not be the same object as an equal literal
# outcomes:
#   distinct-objects: "False\nTrue\n"
#   interned: "True\nTrue\n"
# ---
built = "".join(["hel", "lo"])
print(built is "hello"[:])
print(built == "hello")
