# ---
# features: [identity, builtins]
# dialect: py3
# description: None, True and False are singletons
# ---
print(None is type(None)())
print(bool(1) is True)
print((1 == 2) is False)
