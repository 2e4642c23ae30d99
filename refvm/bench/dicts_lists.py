# Shaped like Grumpy's dict/list benchmarks: building, indexing and iterating containers.


def build(n):
    d = {}
    for i in range(n):
        d["k%d" % (i % 5000)] = d.get("k%d" % (i % 3000), 0) + i
    return d


def lists(n):
    l = []
    for i in range(n):
        l.append(i * 2)
    s = 0
    for x in l:
        s += x
    l.sort(reverse=True)
    return s, l[:3], len([x for x in l if x % 3 == 0])


d = build(200000)
print(len(d), sum(d.values()) % 1000)
print(lists(200000))
