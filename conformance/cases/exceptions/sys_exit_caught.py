# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: SystemExit can be caught like other exceptions
# ---
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print(e.code)
print("still running")
