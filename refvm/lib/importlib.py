"""importlib, the part programs under test use, written in Python and run by refvm:
import_module (with relative names, as CPython's resolve_name does) and reload
(the module's source executed again in the same module object)."""
import sys


def _resolve_name(name, package):
    if not name.startswith('.'):
        return name
    if not package:
        raise TypeError("the 'package' argument is required to perform a relative import "
                        "for {!r}".format(name))
    level = len(name) - len(name.lstrip('.'))
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return '{}.{}'.format(base, rest) if rest else base


def import_module(name, package=None):
    absolute = _resolve_name(name, package)
    __import__(absolute)
    return sys.modules[absolute]


def reload(module):
    name = getattr(module, '__name__', None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    path = getattr(module, '__file__', None)
    if path is None:
        return module                   # a built-in module: nothing to execute again
    with open(path) as f:
        source = f.read()
    exec(compile(source, path, 'exec'), module.__dict__)
    return module
