# ---
# features: [imports, modules]
# dialect: py2+3
# description: the program runs as __main__
# ---
print(__name__)
import sys
print(sys.modules["__main__"].__name__)
