# ---
# features: [lists, containers]
# dialect: py2+3
# description: '[[]] * 3 repeats references to the same inner list'
# ---
grid = [[]] * 3
grid[0].append("x")
print(grid)
