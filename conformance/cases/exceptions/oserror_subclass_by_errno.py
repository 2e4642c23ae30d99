# ---
# features: [exceptions, exceptions]
# dialect: py3
# description: OSError(errno, ...) constructs the matching subclass
# ---
import errno
e = OSError(errno.ENOENT, "gone")
print(type(e).__name__)
print(e.errno == errno.ENOENT, e.strerror)
