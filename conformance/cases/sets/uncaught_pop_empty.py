# ---
# features: [sets, containers]
# dialect: py2+3
# description: popping an empty set ends the program with KeyError
# negative: {type: KeyError}
# ---
set().pop()
