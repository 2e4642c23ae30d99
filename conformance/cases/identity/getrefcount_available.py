# ---
# features: [identity, implementation-defined, gc]
# dialect: py3
# description: sys.getrefcount exists only where the implementation counts references
# outcomes:
#   refcounting: "True\n"
#   no-refcounts: "False\n"
# ---
import sys
print(hasattr(sys, "getrefcount"))
