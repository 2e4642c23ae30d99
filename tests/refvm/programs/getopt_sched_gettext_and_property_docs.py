# getopt, sched, gettext and dis import and work on refvm (they stopped at sys.base_prefix,
# which gettext reads, and at a property's __doc__, which namedtuple-style classes set);
# a property's __doc__ is writable, and None once deleted, as CPython's member is.
import getopt, sched, gettext, dis, sys
print(getopt.getopt(["-a", "1", "--long=x", "rest"], "a:", ["long="]))
try:
    getopt.getopt(["-z"], "a:")
except getopt.GetoptError as e:
    print("GetoptError", e.msg, e.opt)
print(getopt.gnu_getopt(["x", "-a", "2"], "a:"))
clock = [0]
s = sched.scheduler(lambda: clock[0], lambda d: clock.__setitem__(0, clock[0] + d))
out = []
s.enter(2, 1, out.append, ("b",))
s.enter(1, 1, out.append, ("a",))
s.enter(1, 0, out.append, ("first",))
s.run()
print(out, sched.Event.time.__doc__)
print(gettext.gettext("hello"), gettext.ngettext("one", "many", 2))
print(isinstance(sys.base_prefix, str), sys.base_prefix == sys.prefix or True, sys.float_repr_style)
print(sys.getfilesystemencoding(), "os" in sys.stdlib_module_names)
class P:
    @property
    def x(self):
        "the x"
        return 1
print(P.x.__doc__)
P.x.__doc__ = "changed"
print(P.x.__doc__)
del P.x.__doc__
print(P.x.__doc__)
q = property(doc="given")
q.__doc__ = None
print(q.__doc__)
