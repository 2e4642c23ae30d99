# Inner loops run from outer traces, exits of inner loops bridged through the
# outer loop's body (a bridge recorded after an inner loop ran must read the
# locals it changed from the frame): fannkuch, as in refvm/bench, and a rotation.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    r = n
    nperm = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if nperm % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, max_flips
            p0 = perm1[0]
            i = 0
            while i < r:
                j = i + 1
                perm1[i] = perm1[j]
                i = j
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        nperm += 1


print(fannkuch(6))


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
