# ---
# features: [number-formatting, formatting]
# dialect: py3
# description: c presentation turns an int into a character
# ---
print(format(65, "c"))
print(format(0x263A, "c") == "\u263a")
