# ---
# features: [generators, iteration, comprehensions]
# dialect: py3
# description: a generator expression evaluates elements on demand
# ---
def noisy(x):
    print("computing", x)
    return x
gen = (noisy(i) for i in range(3))
print("before")
print(next(gen))
print(sum(gen))
