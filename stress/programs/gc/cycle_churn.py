# description: allocation churn: 300,000 short-lived cycles of three objects; memory must stay bounded (the run gets 1 GiB of data, enough for a JVM: a memory-limit is forbidden); peak RSS is the figure
# dialect: py2+3
# memory: 1024
# acceptable: done 300000


class Node(object):
    __slots__ = ("next", "data")


made = 0
for i in range(300000):
    a, b, c = Node(), Node(), Node()
    a.next, b.next, c.next = b, c, a
    a.data = [i] * 8
    made += 1
print("done %d" % made)
