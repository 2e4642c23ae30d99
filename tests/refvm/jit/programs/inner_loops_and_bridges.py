# Inner loops run from outer traces, exits of inner loops bridged through the
# outer loop's body (a bridge recorded after an inner loop ran must read the
# locals it changed from the frame; refvm/bench/fannkuch.py found it).


def rotations(n):
    a = list(range(n))
    total = 0
    for k in range(n * 40):
        i = 0
        while i < k % n:
            a[i], a[i + 1] = a[i + 1], a[i]
            i += 1
        j = n - 1
        while j > 0 and a[j] > a[j - 1]:
            j -= 1
        total += a[0] * 10 + j if k % 3 else -j
    return total, a


print(rotations(7))


def raises_inside(n, bad):
    t = 0
    for i in range(n):
        for j in range(5):
            t += 10 // (j + 1 - 4 * (i == bad))
    return t


# an exception inside an inner loop's trace that an outer trace runs leaves
# both with the frames written back (it was an internal error of the JIT)
for bad in (2500, 10 ** 6):
    try:
        print(raises_inside(3000, bad))
    except ZeroDivisionError as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print("ZeroDivisionError", e, "at line", tb.tb_lineno)
