# ---
# features: [exceptions, exceptions]
# dialect: py3
# description: IOError and EnvironmentError are aliases of OSError
# ---
print(IOError is OSError)
print(EnvironmentError is OSError)
