# ---
# features: [closures, scoping, functions]
# dialect: py2+3
# description: a function capturing nothing has __closure__ None
# ---
def f():
    return 1
print(f.__closure__)
