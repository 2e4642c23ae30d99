# ---
# features: [iteration, protocols]
# dialect: py3
# description: a class with __iter__ as a generator method
# ---
class Tree:
    def __init__(self, *kids):
        self.kids = kids
    def __iter__(self):
        for k in self.kids:
            if isinstance(k, Tree):
                yield from k
            else:
                yield k
print(list(Tree(1, Tree(2, Tree(3)), 4)))
