# ---
# features: [unpacking, dicts]
# dialect: py3
# description: '** in dict displays merges mappings with later keys winning'
# ---
a = {"x": 1, "y": 2}
print({**a, "y": 20, **{"z": 3}})
