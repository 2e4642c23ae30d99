# ---
# features: [number-formatting, formatting, strings]
# dialect: py2+3
# description: printf-style % formatting
# ---
print("%d %5.2f %-4s| %x %o %e" % (42, 3.14159, "ab", 255, 8, 1234.5))
print("%+d %05d %.3s" % (7, -42, "abcdef"))
print("%r %s" % ("q", "q"))
print("%%")
