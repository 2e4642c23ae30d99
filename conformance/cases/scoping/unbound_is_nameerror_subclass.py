# ---
# features: [scoping, scoping, exceptions]
# dialect: py2+3
# description: UnboundLocalError is a subclass of NameError
# ---
print(issubclass(UnboundLocalError, NameError))
