# ---
# features: [builtins, formatting]
# dialect: py3
# description: print(file=sys.stderr) does not reach stdout
# ---
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("done")
