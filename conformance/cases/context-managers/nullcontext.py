# ---
# features: [context-managers, builtins]
# dialect: py3
# description: contextlib.nullcontext gives back its argument
# ---
import contextlib
with contextlib.nullcontext("thing") as t:
    print(t)
