# ---
# features: [complex, numbers, operator-dispatch]
# dialect: py3
# description: complex() calls __complex__ on the argument
# ---
class C:
    def __complex__(self):
        return 2 + 3j
print(complex(C()))
