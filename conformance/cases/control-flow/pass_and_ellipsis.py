# ---
# features: [control-flow, syntax]
# dialect: py3
# description: '... is the Ellipsis singleton'
# ---
print(...)
print(... is Ellipsis)
def f(): ...
print(f())
