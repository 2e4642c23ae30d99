# ---
# features: [control-flow, truthiness]
# dialect: py2+3
# description: empty containers, zero and None are false
# ---
for v in (0, 0.0, 0j, "", [], (), {}, set(), None, False):
    print(bool(v))
for v in (1, -1, 0.1, "0", [0], (None,), {0: 0}):
    print(bool(v))
