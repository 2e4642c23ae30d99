# ---
# features: [control-flow, loops]
# dialect: py2+3
# description: for loops can iterate over a dict's sorted items
# ---
d = {"b": 2, "a": 1}
for k, v in sorted(d.items()):
    print("%s=%d" % (k, v))
