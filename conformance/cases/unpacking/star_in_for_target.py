# ---
# features: [unpacking, iteration]
# dialect: py3
# description: for targets accept a starred name
# ---
for first, *rest in ["abc", "de"]:
    print(first, rest)
