# ---
# features: [control-flow, evaluation-order]
# dialect: py2+3
# description: and/or do not evaluate the right side when the left decides
# ---
def boom():
    raise RuntimeError
print(False and boom())
print(True or boom())
