# ---
# features: [lists, iteration]
# dialect: py2+3
# description: a for loop over a list sees items appended during the loop
# ---
l = [1, 2]
for x in l:
    if x < 4:
        l.append(x + 2)
print(l)
