# ---
# features: [finalizers, gc, implementation-defined]
# dialect: py2+3
# description: an object still referenced by a global at exit may be finalized during shutdown, or never
# outcomes:
#   finalized-at-shutdown: "end\ndel\n"
#   not-run: "end\n"
# ---
class D(object):
    def __del__(self):
        print("del")
keep = D()
print("end")
