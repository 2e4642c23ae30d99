# ---
# features: [inplace-ops, operator-dispatch, sets]
# dialect: py2+3
# description: set &=, -= and ^= update the set in place
# ---
s = set([1, 2, 3, 4])
alias = s
s &= set([1, 2, 3])
s -= set([1])
s ^= set([3, 9])
print(sorted(alias))
