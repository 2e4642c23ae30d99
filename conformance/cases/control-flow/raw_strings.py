# ---
# features: [control-flow, syntax]
# dialect: py2+3
# description: raw strings keep backslashes
# ---
print(r"a\nb")
print(len(r"\t"))
