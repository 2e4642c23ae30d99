"""A module imported by imports.py."""
VALUE = 42
_private = "hidden"


def greet(name):
    return "hello " + name


class Thing:
    def __repr__(self):
        return "Thing()"


print("mod_helper imported as", __name__)
