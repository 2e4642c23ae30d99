# ---
# features: [lists, containers, exceptions]
# dialect: py2+3
# description: indexing an empty list ends the program with IndexError
# negative: {type: IndexError}
# ---
[][0]
