# ---
# features: [context-managers, special-lookup]
# dialect: py3
# description: with looks up __enter__ on the type, not the instance
# ---
class CM:
    pass
c = CM()
c.__enter__ = lambda: None
c.__exit__ = lambda *a: None
try:
    with c:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
