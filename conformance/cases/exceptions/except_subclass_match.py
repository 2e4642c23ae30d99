# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: except Base catches subclass instances
# ---
class Base(Exception): pass
class Child(Base): pass
try:
    raise Child
except Base as e:
    print(type(e).__name__)
