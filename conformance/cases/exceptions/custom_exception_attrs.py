# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: custom exceptions keep their attributes and args
# ---
class AppError(Exception):
    def __init__(self, code, msg):
        Exception.__init__(self, code, msg)
        self.code = code
try:
    raise AppError(7, "bad")
except AppError as e:
    print(e.code)
    print(e.args)
