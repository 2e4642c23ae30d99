# ---
# features: [identity, implementation-defined, tuples]
# dialect: py3
# description: empty tuples may or may not be one shared object
# outcomes:
#   singleton: "True\n"
#   distinct-objects: "False\n"
# ---
a = tuple([])
b = tuple(x for x in [])
print(a is b)
