"""stub"""


def statement(g):
    return False


INT_PRODUCTIONS = []
