# ---
# features: [strings, unicode]
# dialect: py3
# description: upper, lower, title, capitalize, swapcase, casefold
# ---
s = "hello World \u00df"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print(s.casefold())
