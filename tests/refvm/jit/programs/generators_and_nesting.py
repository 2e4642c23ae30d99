# Loops in generators, loops over generators, nested loops with break/continue/else.
def gen(n):
    for i in range(n):
        if i % 2:
            yield i * i


def consume():
    total = 0
    for v in gen(50):
        total += v
    return total


print(consume())
grid = []
for i in range(12):
    row = []
    for j in range(12):
        if j > i:
            break
        if (i + j) % 3 == 0:
            continue
        row.append(i * j)
    else:
        row.append(-1)
    grid.append(row)
print(grid)
n = 0
while n < 30:
    n += 1
    if n == 100:
        break
else:
    print("while-else", n)
print([x * y for x in range(6) for y in range(x) if (x + y) % 2])
s = "abc" * 10
count = {}
for ch in s:
    count[ch] = count.get(ch, 0) + 1
print(sorted(count.items()))
f = 0.0
for i in range(40):
    f += i / 3.0
    f -= (i % 7) * 0.25
print(f, -f, f > 100.0, round(f, 3))
