# ---
# features: [control-flow, evaluation-order]
# dialect: py2+3
# description: the conditional expression evaluates only the chosen branch
# ---
def boom():
    raise RuntimeError
print("yes" if 1 else boom())
print(boom() if 0 else "no")
