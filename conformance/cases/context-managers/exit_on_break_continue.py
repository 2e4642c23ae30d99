# ---
# features: [context-managers, control-flow]
# dialect: py2+3
# description: __exit__ runs when the body breaks or continues
# ---
class CM(object):
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit")
for i in range(2):
    with CM():
        if i == 0:
            continue
        break
print("done")
