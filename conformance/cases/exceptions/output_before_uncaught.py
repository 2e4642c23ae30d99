# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: stdout written before an uncaught exception is kept
# ---
print("first")
print("second")
raise ValueError("end")
