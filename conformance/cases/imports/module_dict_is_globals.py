# ---
# features: [imports, modules]
# dialect: py3
# description: a module's __dict__ is its global namespace
# ---
import sys
me = sys.modules[__name__]
print(me.__dict__ is globals())
me.created = 5
print(created)
