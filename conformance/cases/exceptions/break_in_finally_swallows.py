# ---
# features: [exceptions, control-flow]
# dialect: py3
# description: break inside finally discards the pending exception
# ---
for i in range(3):
    try:
        raise ValueError
    finally:
        break
print("after loop", i)
