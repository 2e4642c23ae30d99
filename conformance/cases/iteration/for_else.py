# ---
# features: [iteration, control-flow]
# dialect: py2+3
# description: for-else runs the else block only when the loop did not break
# ---
for i in range(3):
    pass
else:
    print("no break")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print(i)
