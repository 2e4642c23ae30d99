# ---
# features: [metaclasses, classes]
# dialect: py3
# description: C[x] on a class calls __class_getitem__
# ---
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int])
print(G["x", 1])
