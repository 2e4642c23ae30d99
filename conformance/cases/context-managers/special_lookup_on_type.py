# ---
# features: [context-managers, special-lookup]
# dialect: py3
# description: with looks up __enter__ on the type, not the instance (the error type changed from AttributeError to TypeError in 3.11; either is accepted)
# ---
class CM:
    pass
c = CM()
c.__enter__ = lambda: None
c.__exit__ = lambda *a: None
try:
    with c:
        pass
except (AttributeError, TypeError):
    print("refused: not a context manager")
