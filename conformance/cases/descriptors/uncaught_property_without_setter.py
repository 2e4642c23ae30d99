# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: assigning a read-only property ends the program with AttributeError
# negative: {type: AttributeError}
# ---
class A(object):
    @property
    def v(self):
        return 1
A().v = 2
