# Shaped like Grumpy's generator/comprehension benchmarks.


def gen(n):
    for i in range(n):
        if i % 3:
            yield i * i


def pipeline(n):
    squares = (x for x in gen(n) if x % 2)
    return sum(squares)


def comprehensions(n):
    a = [i * 2 for i in range(n)]
    b = {i: i % 7 for i in range(n // 2)}
    c = {x % 1000 for x in a}
    return len(a), sum(b.values()), len(c)


print(pipeline(300000))
print(comprehensions(200000))
