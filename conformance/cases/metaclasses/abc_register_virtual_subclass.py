# ---
# features: [metaclasses, classes]
# dialect: py3
# description: ABC.register makes isinstance true without inheritance
# ---
import abc
class Shape(abc.ABC):
    pass
class Square:
    pass
Shape.register(Square)
print(isinstance(Square(), Shape))
print(Shape in Square.__mro__)
