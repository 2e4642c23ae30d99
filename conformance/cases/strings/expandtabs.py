# ---
# features: [strings, formatting]
# dialect: py2+3
# description: expandtabs replaces tabs with spaces to tab stops
# ---
print(repr("a\tbc\td".expandtabs(4)))
print(repr("\t".expandtabs()))
