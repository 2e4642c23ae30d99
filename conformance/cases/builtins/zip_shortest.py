# ---
# features: [builtins, iteration]
# dialect: py3
# description: zip stops at the shortest input
# ---
print(list(zip("abc", range(10))))
print(list(zip()))
