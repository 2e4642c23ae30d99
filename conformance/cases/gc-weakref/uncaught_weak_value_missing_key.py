# ---
# features: [gc-weakref, weakref]
# dialect: py2+3
# description: a missing key in a WeakValueDictionary ends the program with KeyError
# negative: {type: KeyError}
# ---
import weakref
d = weakref.WeakValueDictionary()
d["missing"]
