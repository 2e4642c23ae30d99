# ---
# features: [strings, unicode, exceptions]
# dialect: py3
# description: chr accepts 0 to 0x10FFFF
# ---
print(hex(ord(chr(0x10FFFF))))
try:
    chr(0x110000)
except ValueError:
    print("ValueError")
