# ---
# features: [binary-ops, operator-dispatch, sequences]
# dialect: py3
# description: a custom object with __index__ can repeat a sequence
# ---
class Two:
    def __index__(self):
        return 2
print("ab" * Two())
print([0] * Two())
