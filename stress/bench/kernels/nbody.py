# description: float arithmetic on lists: 50 steps of a five-body simulation (after the pyperformance benchmark)
# dialect: py2+3

BODIES = [
    ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], 39.47),
    ([4.84, -1.16, -0.10], [0.60, 2.81, -0.02], 0.037),
    ([8.34, 4.12, -0.40], [-1.01, 1.82, 0.008], 0.011),
    ([12.89, -15.11, -0.22], [1.08, 0.86, -0.01], 0.0017),
    ([15.37, -25.91, 0.17], [0.97, 0.59, -0.03], 0.002),
]


def run():
    bodies = [(list(p), list(v), m) for p, v, m in BODIES]
    pairs = [(bodies[i], bodies[j]) for i in range(5) for j in range(i + 1, 5)]
    dt = 0.01
    for _ in range(50):
        for (p1, v1, m1), (p2, v2, m2) in pairs:
            dx, dy, dz = p1[0] - p2[0], p1[1] - p2[1], p1[2] - p2[2]
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** -1.5)
            b1, b2 = m1 * mag, m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for p, v, _m in bodies:
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]
    return bodies[0][0][0]
