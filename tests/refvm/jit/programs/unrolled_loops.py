# Short loops in called functions are unrolled into the caller's trace: trip
# counts that change, break/else, exceptions inside the unrolled body, and
# range() arguments the host rejects.


def fill(data, base, k):
    for i in range(k):
        data[i] = base + i
    else:
        data[-1] += 1


def find(items, x):
    for i, v in enumerate(items):
        if v == x:
            return i
    return -1


def walk(node):
    n = 0
    while node is not None:
        node = node[1]
        n += 1
    return n


def step_range(a, b, s):
    t = 0
    for i in range(a, b, s):
        t += i
    return t


data = [0] * 9
total = 0
chain = None
for j in range(400):
    fill(data, j, 3 if j < 200 else (j % 7) + 1)
    total += data[2] + data[-1] + find((5, 9, j % 11, 2), j % 11)
    if j % 50 == 0:
        chain = (j, chain)
    total += walk(chain)
    try:
        total += step_range(0, j % 9, (j % 4) - 1)
    except ValueError as e:
        total -= 1
        last = str(e)
    if j == 390:
        try:
            fill(data, j, 12)
        except IndexError as e:
            print("IndexError", e)
print(total, data, last)
