"""Imports: sys.modules, host-implemented built-in modules, modules written in
Python under refvm/lib/, `.py` files beside the program (sys.path), and last the
host's pure-Python standard library, run on refvm.

A host stdlib module is CPython's own source: if importing it fails on refvm, that is
refvm's gap, not the program's error, and the import reports `unsupported`.  Inside
such a module, a module the host has only in C (`_json`, ...) is not found
(ModuleNotFoundError), so the stdlib's pure-Python fallbacks take over."""
import os

from refvm.errors import VMError, Unsupported, CompileError
from refvm.objects import space, exceptions as E
from refvm.objects.model import NULL
from refvm.objects.module import W_Module
from refvm.modules import hostmods, osmod

LIB_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib")
STDLIB_DIR = os.path.dirname(getattr(os, "__file__", "") or "")   # (sysconfig's "stdlib")
HOST_MODULES = {
    "math": hostmods.make_math,
    "cmath": hostmods.make_cmath,
    "errno": hostmods.make_errno,
    "unicodedata": hostmods.make_unicodedata,
    "time": hostmods.make_time,
    "itertools": hostmods.make_itertools,
    "gc": lambda: _gc_modules().make_gc(),
    "_weakref": lambda: _gc_modules(1).make_weakref_module(),
    "atexit": lambda: _gc_modules(2).make_atexit(),
    "_thread": hostmods.make_thread,
    "os": osmod.make_os,
    "os.path": osmod.make_path,
    "posixpath": osmod.make_path,
    "tempfile": osmod.make_tempfile,
    "random": hostmods.make_random,
    "string": hostmods.make_string,
    "struct": hostmods.make_struct,
    "json": hostmods.make_json,
    "re": hostmods.make_re,
    "_codecs": hostmods.make_codecs,
}


# Functions of host stdlib modules that CPython 3.11 runs in C (the module's C
# half, here missing, replaces them): refvm runs the Python fallback, whose
# frames CPython's tracebacks do not have (Code.in_c)
C_FUNCTIONS = {
    "warnings": ("warn", "warn_explicit"),
}


# Host stdlib modules that import on refvm but do not work there yet: their
# import reports `unsupported` (a refvm gap) rather than letting a program
# fail later with an error CPython would not raise
KNOWN_GAPS = {
    "traceback": "its frames need tb_lasti and code.co_positions(), which refvm has not",
}


def _gc_modules(which=0):
    from refvm.gc import gcmodule, weakrefs, exiting
    return (gcmodule, weakrefs, exiting)[which]


class Importer(object):
    def __init__(self, program_dir, sys_dict, modules, builtins_module):
        self.program_dir = program_dir
        self.sys_dict = sys_dict
        self.modules = modules          # the VM's sys.modules (a host dict)
        self.builtins_module = builtins_module
        self.stdlib_depth = 0           # > 0 while a host stdlib module's body runs

    # -- the IMPORT_NAME instruction
    def import_name(self, name, w_fromlist, level, w_globals):
        if level:
            name = self._resolve_relative(name, level, w_globals)
        parts = name.split(".")
        w_mod = None
        for i in range(len(parts)):
            w_mod = self._import_one(".".join(parts[:i + 1]), w_mod)
        if w_fromlist:
            for item in w_fromlist:
                if item != "*" and w_mod.w_dict.get("__path__") is not None \
                        and item not in w_mod.w_dict:
                    try:
                        self._import_one(name + "." + item, w_mod)
                    except VMError as e:
                        if not space.isinstance_w(e.w_exc, E.w_ModuleNotFoundError):
                            raise
            return w_mod
        if level:
            return w_mod
        return self.modules[parts[0]]

    def _resolve_relative(self, name, level, w_globals):
        package = w_globals.get("__package__")
        if not package:
            mod_name = w_globals.get("__name__", "")
            package = mod_name if "__path__" in w_globals else mod_name.rpartition(".")[0]
        if not package:
            raise space.oefmt(E.w_ImportError,
                              "attempted relative import with no known parent package")
        base = package.rsplit(".", level - 1)[0] if level > 1 else package
        return base + "." + name if name else base

    def _import_one(self, fullname, w_parent):
        w_mod = self.modules.get(fullname)
        if w_mod is not None:
            return w_mod
        if fullname in HOST_MODULES:
            w_mod = W_Module(fullname, HOST_MODULES[fullname]())
            pkg_dir = _stdlib_package_dir(fullname)
            if pkg_dir and "__path__" not in w_mod.w_dict:
                # a package on the host (json, re): its pure-Python submodules import
                w_mod.w_dict["__path__"] = [pkg_dir]
            self.modules[fullname] = w_mod
            if fullname == "os":
                w_mod.w_dict["path"] = self._import_one("os.path", w_mod)
            if "." in fullname and w_parent is not None:
                w_parent.w_dict.setdefault(fullname.rpartition(".")[2], w_mod)
            return w_mod
        if fullname in KNOWN_GAPS and not self.stdlib_depth:
            raise Unsupported("module '%s' (%s)" % (fullname, KNOWN_GAPS[fullname]))
        path = self._find_source(fullname, w_parent)
        if path is None:
            self._not_found(fullname)
        return self._exec_source(fullname, path)

    def _find_source(self, fullname, w_parent):
        short = fullname.rpartition(".")[2]
        if w_parent is not None:
            dirs = list(w_parent.w_dict.get("__path__") or [])
        else:
            w_path = self.sys_dict.get("path")
            dirs = [d for d in (w_path if isinstance(w_path, list) else [])
                    if isinstance(d, str)] + [LIB_DIR] + ([STDLIB_DIR] if STDLIB_DIR else [])
        namespace = None
        for d in dirs:
            pkg = os.path.join(d, short, "__init__.py")
            if os.path.isfile(pkg):
                return pkg
            mod = os.path.join(d, short + ".py")
            if os.path.isfile(mod):
                return mod
            if namespace is None and os.path.isdir(os.path.join(d, short)):
                namespace = os.path.join(d, short)
        return namespace             # a directory without __init__.py: a namespace package

    def _not_found(self, fullname):
        top = fullname.split(".")[0]
        if _host_has_module(top) and not self.stdlib_depth:
            raise Unsupported("module '%s'" % fullname)
        raise VMError(E.import_error(E.w_ModuleNotFoundError, "No module named '%s'" % fullname,
                                     fullname))

    def _exec_source(self, fullname, path):
        from refvm import compiler, builtins
        from refvm.interp.frame import Frame
        from refvm.interp import loop
        if os.path.isdir(path):
            w_mod = W_Module(fullname, {"__name__": fullname, "__path__": [path],
                                        "__file__": None, "__package__": fullname})
            self.modules[fullname] = w_mod
            self._bind_in_parent(fullname, w_mod)
            return w_mod
        with open(path, "rb") as fh:
            source = fh.read()      # (bytes, compiled as importlib compiles them: PEP 263)
        is_pkg = os.path.basename(path) == "__init__.py"
        display = path if not path.startswith(LIB_DIR) else "<refvm>/" + os.path.relpath(
            path, LIB_DIR)
        w_dict = {"__name__": fullname, "__file__": display,
                  "__builtins__": self.builtins_module,
                  "__package__": fullname if is_pkg else fullname.rpartition(".")[0]}
        if is_pkg:
            w_dict["__path__"] = [os.path.dirname(path)]
        w_mod = W_Module(fullname, w_dict)
        self.modules[fullname] = w_mod
        stdlib = _in_stdlib(path)

        def gap(why):
            # a host stdlib module refvm cannot run: refvm's gap, not the program's outcome
            return Unsupported("module '%s' (the host's %s: %s)" % (fullname, os.path.basename(path), why))
        try:
            code = compiler.compile_source(source, display,
                                           warn=compiler.stderr_warnings(display))
        except (CompileError, Unsupported) as e:
            del self.modules[fullname]
            if stdlib:
                raise gap("refvm cannot compile it: %s" % e.msg if isinstance(e, CompileError)
                          else "uses %s, line %s" % (e.what, e.lineno))
            if isinstance(e, Unsupported):
                raise
            raise VMError(builtins.syntax_error(e, display))
        self.stdlib_depth += stdlib
        try:
            loop.run_frame(Frame(code, w_dict, [], None, w_dict))
        except BaseException as e:
            self.modules.pop(fullname, None)
            if stdlib and self.stdlib_depth == 1 and isinstance(e, VMError):
                raise gap("importing it on refvm raised %s" % space.type_name(e.w_exc))
            raise
        finally:
            self.stdlib_depth -= stdlib
        if stdlib:
            for name in C_FUNCTIONS.get(fullname, ()):
                code = getattr(w_dict.get(name), "code", None)
                if code is not None:
                    code.in_c = True
        self._bind_in_parent(fullname, w_mod)
        return w_mod

    def _bind_in_parent(self, fullname, w_mod):
        if "." in fullname:
            parent = self.modules.get(fullname.rpartition(".")[0])
            if parent is not None:
                parent.w_dict[fullname.rpartition(".")[2]] = w_mod

    # -- IMPORT_FROM / IMPORT_STAR
    def import_from(self, w_mod, name):
        w_v = space.getattr_or_null(w_mod, name)
        if w_v is not NULL:
            return w_v
        modname = getattr(w_mod, "name", "?")
        sub = self.modules.get("%s.%s" % (modname, name))
        if sub is not None:
            return sub
        where = w_mod.w_dict.get("__file__") if hasattr(w_mod, "w_dict") else None
        msg = "cannot import name '%s' from '%s'" % (name, modname)
        msg += " (%s)" % where if isinstance(where, str) else " (unknown location)"
        raise VMError(E.import_error(E.w_ImportError, msg, modname,
                                     where if isinstance(where, str) else None))

    def import_star(self, w_mod, w_locals):
        d = w_mod.w_dict
        names = d.get("__all__")
        if names is None:
            names = [k for k in d if isinstance(k, str) and not k.startswith("_")]
        for n in space.unpack_iterable(names):
            w_locals[n] = space.getattr(w_mod, n)


def _in_stdlib(path):
    return bool(STDLIB_DIR) and os.path.abspath(path).startswith(os.path.join(STDLIB_DIR, ""))


def _stdlib_package_dir(fullname):
    if not STDLIB_DIR:
        return None
    d = os.path.join(STDLIB_DIR, *fullname.split("."))
    return d if os.path.isfile(os.path.join(d, "__init__.py")) else None


def _host_has_module(name):
    import importlib.util
    import sys
    if name in sys.builtin_module_names:
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


IMPORTER = None
