"""refvm's own host modules from one file, for start-up.

`python -m refvm` imports about 60 of refvm's modules before it runs a line of
the program.  Through the host's path finder each costs a directory lookup, a
few stats, opening and reading its .pyc and checking its header: about 7 ms of
refvm's 30 ms start-up on CPython 3.11, more than executing the modules'
bodies.  A bundle holds the compiled code of the modules a run imported
(`__pycache__/refvm-bundle.<cache tag>.bin` in the package: one read, one
unmarshal of an index); a meta path finder serves `refvm.*` from it.

Each module is checked against its source as a .pyc is (the source's mtime and
size recorded at bundling): a module whose source changed, or that the bundle
has not, is imported the usual way, and the run writes a fresh bundle when it
ends (`save`, from driver.exit_now; best effort: a read-only package, a
concurrent writer or any error leaves things as they were).  A missing, foreign
(another host's magic number) or unreadable bundle is no bundle.  Code objects
get the source's path as their file name (`_imp._fix_co_filename`, as
importlib's loader does), so tracebacks, coverage and linecache see the sources.
`REFVM_NO_BUNDLE=1` turns it off.  CPython hosts only.
"""
import marshal
import os
import sys

import _imp

FORMAT = 1
_PKG_DIR = os.path.dirname(os.path.abspath(__file__))
_ModuleSpec = sys.modules["_frozen_importlib"].ModuleSpec
_MAGIC = sys.modules["_frozen_importlib_external"].MAGIC_NUMBER


def path():
    tag = sys.implementation.cache_tag
    return os.path.join(_PKG_DIR, "__pycache__", "refvm-bundle.%s.bin" % tag)


class BundleFinder(object):
    """The meta path finder and loader of the bundle's modules."""

    def __init__(self, entries):
        self.entries = entries      # name -> (source path, is package, mtime_ns, size, code)
        self.served = set()
        self.stale = False          # a module was not served: save a new bundle at exit

    def find_spec(self, name, path=None, target=None):
        if not (name == "refvm" or name.startswith("refvm.")):
            return None
        e = self.entries.get(name)
        if e is None:
            self.stale = True
            return None
        src, is_pkg, mtime_ns, size, _code = e
        try:
            st = os.stat(src)
        except OSError:
            self.stale = True
            return None
        if st.st_mtime_ns != mtime_ns or st.st_size != size:
            self.stale = True
            return None
        spec = _ModuleSpec(name, self, origin=src, is_package=is_pkg)
        spec.has_location = True
        if is_pkg:
            spec.submodule_search_locations = [os.path.dirname(src)]
        return spec

    def create_module(self, spec):
        return None

    def get_code(self, name):
        """The module's code object (runpy asks for `refvm.__main__`'s)."""
        e = self.entries[name]
        code = marshal.loads(e[4])
        _imp._fix_co_filename(code, e[0])
        self.served.add(name)
        return code

    def is_package(self, name):
        return self.entries[name][1]

    def exec_module(self, module):
        exec(self.get_code(module.__spec__.name), module.__dict__)

    def get_source(self, name):
        with open(self.entries[name][0], "rb") as fh:
            return fh.read().decode("utf-8")


FINDER = [None]


def install():
    """Serve refvm's modules from the bundle when there is a usable one; either
    way, note what a run imports so that exit can save a bundle."""
    if sys.implementation.name != "cpython" or os.environ.get("REFVM_NO_BUNDLE"):
        return
    entries = {}
    try:
        with open(path(), "rb") as fh:
            data = fh.read()
        head, entries = marshal.loads(data)
        if head != (FORMAT, _MAGIC, _PKG_DIR):
            entries = {}
    except Exception:
        entries = {}
    finder = BundleFinder(entries)
    finder.stale = not entries
    FINDER[0] = finder
    sys.meta_path.insert(0, finder)


def save():
    """Write a bundle of the refvm modules this process imported, when the one
    it started with was missing, stale or incomplete.  Never raises."""
    finder = FINDER[0]
    if finder is None or not finder.stale:
        return
    try:
        _write(finder)
    except Exception:
        pass


def _write(finder):
    target = path()
    folder = os.path.dirname(target)
    if not os.access(folder if os.path.isdir(folder) else _PKG_DIR, os.W_OK):
        return                      # (a read-only package: a sandboxed run)
    entries = {}
    for name, e in finder.entries.items():      # what other runs imported stays
        try:
            st = os.stat(e[0])
        except OSError:
            continue
        if st.st_mtime_ns == e[2] and st.st_size == e[3]:
            entries[name] = e
    for mod in list(sys.modules.values()):
        # (by the spec's name: `python -m refvm` runs refvm.__main__ as __main__)
        spec = getattr(mod, "__spec__", None)
        name = getattr(spec, "name", None) or ""
        if not (name == "refvm" or name.startswith("refvm.")) or name in entries:
            continue
        src = getattr(spec, "origin", None)
        if not src or not src.endswith(".py") or not src.startswith(_PKG_DIR + os.sep):
            continue
        st = os.stat(src)
        entries[name] = (src, spec.submodule_search_locations is not None, st.st_mtime_ns,
                         st.st_size, _code_bytes(src, st))
    if "refvm.driver" not in entries or entries == finder.entries:
        return                      # (nothing run, or nothing new)
    os.makedirs(folder, exist_ok=True)
    tmp = "%s.%d.tmp" % (target, os.getpid())
    try:
        with open(tmp, "wb") as fh:
            fh.write(marshal.dumps(((FORMAT, _MAGIC, _PKG_DIR), entries)))
        os.replace(tmp, target)     # (atomic: a concurrent run reads one or the other)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _code_bytes(src, st):
    """The marshalled code of the module whose source is `src` (stat st): its
    .pyc's when the header matches the source (as importlib checks it), else
    the source compiled."""
    cached = sys.modules["_frozen_importlib_external"].cache_from_source(src)
    try:
        with open(cached, "rb") as fh:
            data = fh.read()
    except OSError:
        data = b""
    if len(data) > 16 and data[:4] == _MAGIC and int.from_bytes(data[4:8], "little") == 0 and \
            int.from_bytes(data[8:12], "little") == (int(st.st_mtime) & 0xFFFFFFFF) and \
            int.from_bytes(data[12:16], "little") == (st.st_size & 0xFFFFFFFF):
        return data[16:]
    with open(src, "rb") as fh:
        source = fh.read()
    return marshal.dumps(compile(source, src, "exec", dont_inherit=True))
