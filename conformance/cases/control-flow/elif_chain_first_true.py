# ---
# features: [control-flow, loops]
# dialect: py2+3
# description: elif chains pick the first true branch
# ---
def grade(n):
    if n >= 90:
        return "A"
    elif n >= 80:
        return "B"
    elif n >= 80:
        return "never"
    else:
        return "C"
print(grade(95) + grade(85) + grade(10))
