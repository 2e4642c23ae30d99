"""linecache on refvm: the lines of source files, read once and kept.

CPython's linecache.py opens files with tokenize.open, whose TextIOWrapper
over a binary file refvm's io has not; this module has the same functions and the same cache
layout (cache[filename] = (size, mtime, lines, fullname), each line ending in
a newline), and decodes a file by its coding declaration (PEP 263) or as UTF-8.
warnings.py needs it to print the line a warning is about.  Not here: lazy
entries through a module's __loader__ (lazycache answers False, as CPython's
does when the globals have no loader)."""
import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the entries whose file changed or went away (by size and mtime)."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1 or entry[1] is None:
            continue
        size, mtime, _lines, fullname = entry
        try:
            same = os.path.getsize(fullname) == size and os.path.getmtime(fullname) == mtime
        except (OSError, ValueError):
            same = False
        if not same:
            cache.pop(name, None)


def lazycache(filename, module_globals):
    return False


def updatecache(filename, module_globals=None):
    """Read filename into the cache (a relative name is looked for along
    sys.path too, as CPython does); its lines, or [] when it cannot be read."""
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    fullname = _find(filename)
    if fullname is None:
        return []
    try:
        with open(fullname, "rb") as fp:
            data = fp.read()
        size = os.path.getsize(fullname)
        mtime = os.path.getmtime(fullname)
    except (OSError, ValueError):
        return []
    try:
        text = data.decode(_encoding(data))
    except (UnicodeDecodeError, LookupError):
        return []
    lines = [line + "\n" for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    if text.endswith(("\n", "\r")) or not text:
        lines.pop()
    cache[filename] = size, mtime, lines, fullname
    return lines


def _find(filename):
    if os.path.isfile(filename):
        return filename
    if os.path.isabs(filename):
        return None
    for d in sys.path:
        if isinstance(d, str):
            full = os.path.join(d, filename)
            if os.path.isfile(full):
                return full
    return None


def _encoding(data):
    """PEP 263: a coding declaration on the first or second line, else UTF-8
    (a UTF-8 byte order mark says so too): tokenize's detect_encoding, read
    only when the file may declare one (tokenize costs 60 ms to import)."""
    if not data.startswith(b"\xef\xbb\xbf") and b"coding" not in data[:400]:
        return "utf-8"
    import io
    import tokenize
    try:
        return tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    except SyntaxError:
        raise LookupError("no encoding") from None
