"""A source file's encoding, as CPython 3.11 finds it: a UTF-8 byte order mark,
a coding declaration on the first or second line (PEP 263), UTF-8 otherwise
(PEP 3120).

refvm hands a file's bytes to the host's parser, which decodes them as
CPython's compile() of bytes does (an imported module: importlib compiles
its bytes, so its errors are CPython's exactly).  The main program is read by
CPython's file tokenizer instead, whose errors are worded otherwise and printed
without a location: `script_error` gives those (checked against CPython 3.11.7
by tests/refvm/test_driver.py)."""

BOM = b"\xef\xbb\xbf"


def declared(data):
    """The encoding a coding declaration names (normalized as CPython's
    tokenizer does: utf-8, iso-8859-1), or None.  A declaration on the second
    line counts only after a first line that is blank or a comment."""
    if b"coding" not in data[:400]:         # (no declaration: no regular expression)
        return None
    import re
    cookie = re.compile(br"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
    blank = re.compile(br"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)
    lines = data[len(BOM):].split(b"\n", 2) if data.startswith(BOM) else data.split(b"\n", 2)
    for i, line in enumerate(lines[:2]):
        m = cookie.match(line)
        if m:
            return normal_name(m.group(1).decode("latin-1"))
        if i == 0 and not blank.match(line):
            return None
    return None


def normal_name(name):
    """CPython's tokenizer's get_normal_name: the spellings of UTF-8 and
    Latin-1 it knows by one name each."""
    low = name[:12].lower().replace("_", "-")
    if low == "utf-8" or low.startswith("utf-8-"):
        return "utf-8"
    if low in ("latin-1", "iso-8859-1", "iso-latin-1") or \
            low.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return name


def script_error(data, path):
    """The message of the SyntaxError CPython prints (with no location) for a
    main program whose bytes it cannot decode, or None when the host's parser
    may have them (a declared UTF-8 file that is not: the parser's own error,
    with its location, is CPython's too)."""
    bom = data.startswith(BOM)
    name = declared(data)
    if bom and name not in (None, "utf-8"):
        return "encoding problem: %s with BOM" % name
    if name is not None and name != "utf-8":
        import codecs
        try:
            codecs.lookup(name)
            data.decode(name)
        except (LookupError, UnicodeDecodeError):
            return "encoding problem: %s" % name
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        if name is not None:
            return None
        return ("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
                "encoding declared; see https://peps.python.org/pep-0263/ for details"
                % (data[e.start], path, data.count(b"\n", 0, e.start) + 1))
    return None


def source_text(data):
    """The file's text for showing its lines (tracebacks, warnings): decoded
    as the parser decodes it, undecodable bytes replaced, universal newlines."""
    name = declared(data) or "utf-8"
    if data.startswith(BOM):
        data = data[len(BOM):]
    try:
        text = data.decode(name, "replace")
    except LookupError:
        text = data.decode("utf-8", "replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")
