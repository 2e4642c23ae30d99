# ---
# features: [sets, containers]
# dialect: py2+3
# description: update methods change the set in place
# ---
s = set([1, 2, 3])
s.update([4])
s.intersection_update([1, 2, 4, 5])
s.difference_update([1])
s.symmetric_difference_update([4, 9])
print(sorted(s))
