# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: an uncaught custom exception ends the program with that type
# negative: {type: Boom}
# ---
class Boom(Exception):
    pass
print("before")
raise Boom("bang")
