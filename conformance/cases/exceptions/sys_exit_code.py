# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: sys.exit(3) ends the program with status 3
# ---
import sys
print("bye")
sys.exit(3)
