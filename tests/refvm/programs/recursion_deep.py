import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(20000)
print(depth(15000))


class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None


def count(node):
    return 0 if node is None else 1 + count(node.child)


print(count(Node(5000)))
