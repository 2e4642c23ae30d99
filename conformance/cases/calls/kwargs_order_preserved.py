# ---
# features: [calls, functions]
# dialect: py3
# description: '**kwargs preserves the call''s keyword order'
# ---
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
