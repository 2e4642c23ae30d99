# ---
# features: [inplace-ops, operator-dispatch, dicts]
# dialect: py3
# description: dict |= updates in place and accepts any mapping or pairs
# ---
d = {"a": 1}
alias = d
d |= {"b": 2}
d |= [("c", 3)]
print(alias)
