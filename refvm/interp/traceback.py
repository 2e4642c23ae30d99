"""Traceback objects and CPython-format traceback printing."""
from refvm.objects import space, exceptions as E
from refvm.objects.model import W_Object, typeof, NULL
from refvm.objects.typeobject import builtin_type, type_module_name
from refvm.objects.functions import getset


class W_Traceback(W_Object):
    # The host lets go of __slots__ in the order of their sorted names, and
    # CPython's tb_dealloc lets go of tb_next before tb_frame: the callee's
    # frame (and what its locals hold) goes first.  Hence "w_next" sorting
    # before "w_tb_frame" (tests/refvm/gc/programs/tracebacks_released.py).
    __slots__ = ("w_next", "w_tb_frame", "lineno")

    def __init__(self, frame, lineno, w_next):
        self.w_tb_frame = frame
        self.lineno = lineno
        self.w_next = w_next


w_traceback = builtin_type("traceback", acceptable_base=False)
W_Traceback.w_type = w_traceback
getset(w_traceback, "tb_lineno")(lambda w: w.lineno)
getset(w_traceback, "tb_next")(lambda w: w.w_next)
getset(w_traceback, "tb_frame")(lambda w: w.w_tb_frame)


def add_entry(w_exc, frame):
    w_exc.w_traceback = W_Traceback(frame, frame.line(), w_exc.w_traceback)


def entries(w_exc):
    out = []
    w_tb = w_exc.w_traceback
    while w_tb is not None:
        code = w_tb.w_tb_frame.code
        if not code.in_c:
            out.append((code.filename, w_tb.lineno, code.name))
        w_tb = w_tb.w_next
    return out


TB_LIMIT = 1000                 # CPython's PyTraceBack_LIMIT
TB_RECURSIVE_CUTOFF = 3         # traceback.c's (and traceback.py's _RECURSIVE_CUTOFF)


def limited(ents):
    """The entries a traceback display shows, by the program's sys.tracebacklimit
    as CPython 3.11's display reads it (traceback.c, PyTraceBack_Print): the
    last `limit` entries, 1000 unless the attribute is an int (a bool too),
    none (and no header) for a limit <= 0.  (The traceback module's functions
    take the first `limit` instead; refvm has no traceback module yet.)"""
    from refvm import builtins
    w_sys = builtins.SYS_MODULE[0]
    w_limit = w_sys.w_dict.get("tracebacklimit", NULL) if w_sys is not None else NULL
    limit = w_limit if isinstance(w_limit, int) else TB_LIMIT
    if limit <= 0:
        return []
    return ents[-limit:]


def entry_lines(ents, sources):
    """The `File ..., line ..., in ...` lines (each with its source line) of
    (filename, lineno, name) entries; a run of more than three equal entries
    (a recursion) shows its first three and `[Previous line repeated N more
    times]`, as CPython's displays do (a RecursionError's traceback is a few
    lines, not a thousand frames, or a million under a raised recursion limit)."""
    out = []
    last = None
    cnt = 0
    for ent in ents:
        if ent != last:
            if cnt > TB_RECURSIVE_CUTOFF:
                out.append(_repeated(cnt))
            last = ent
            cnt = 0
        cnt += 1
        if cnt <= TB_RECURSIVE_CUTOFF:
            filename, lineno, name = ent
            out.append('  File "%s", line %d, in %s' % (filename, lineno, name))
            src = sources(filename, lineno)
            if src:
                out.append("    " + src)
    if cnt > TB_RECURSIVE_CUTOFF:
        out.append(_repeated(cnt))
    return out


def _repeated(cnt):
    cnt -= TB_RECURSIVE_CUTOFF
    return "  [Previous line repeated %d more time%s]" % (cnt, "s" if cnt > 1 else "")


def exception_name(w_type):
    mod = type_module_name(w_type)
    if mod in ("builtins", "__main__"):
        return w_type.qualname
    return "%s.%s" % (mod, w_type.qualname)


def exception_line(w_exc, w_msg=NULL):
    """`Type: str(exc)`; with w_msg, str(w_msg) instead (a SyntaxError whose
    location is printed above it: CPython prints its msg alone)."""
    name = exception_name(typeof(w_exc))
    try:
        msg = space.str(w_exc if w_msg is NULL else w_msg)
    except Exception:
        msg = "<exception str() failed>"
    if msg:
        return "%s: %s" % (name, msg)
    return name


_lines_cache = {}


def source_line(filename, lineno):
    """The stripped source line for a traceback entry ("" if unavailable)."""
    return (raw_line(filename, lineno) or "").strip()


def raw_line(filename, lineno):
    """The source line as it is in the file, or None."""
    if filename not in _lines_cache:
        try:
            from refvm.compiler.encoding import source_text
            with open(filename, "rb") as fh:
                _lines_cache[filename] = source_text(fh.read()).splitlines(True)
        except (OSError, TypeError, ValueError):
            _lines_cache[filename] = []
    lines = _lines_cache[filename]
    if isinstance(lineno, int) and 0 < lineno <= len(lines):
        return lines[lineno - 1]
    return None


def format_exception(w_exc, sources=source_line, seen=None, chain=True):
    """Lines of CPython's traceback display (PyErr_Display's, as for an uncaught
    exception, an unraisable one, threading.excepthook's), chained
    causes/contexts included."""
    if seen is None:
        seen = set()
    seen.add(id(w_exc))
    if not space.isinstance_w(w_exc, E.w_BaseException):
        # (a cause that is no exception: `raise E from C` of a class C whose
        # __new__ returns something else; CPython 3.11's print_exception says so)
        return ["TypeError: print_exception(): Exception expected for value, %s found"
                % space.type_name(w_exc)]
    lines = []
    if not chain:
        pass
    elif w_exc.w_cause is not None and id(w_exc.w_cause) not in seen:
        lines += format_exception(w_exc.w_cause, sources, seen)
        lines.append("")
        lines.append("The above exception was the direct cause of the following exception:")
        lines.append("")
    elif w_exc.w_context is not None and not w_exc.suppress_context \
            and id(w_exc.w_context) not in seen:
        lines += format_exception(w_exc.w_context, sources, seen)
        lines.append("")
        lines.append("During handling of the above exception, another exception occurred:")
        lines.append("")
    ents = limited(entries(w_exc))
    if ents:
        lines.append("Traceback (most recent call last):")
        lines += entry_lines(ents, sources)
    d = E.fields(w_exc)
    w_msg = NULL
    if space.isinstance_w(w_exc, E.w_SyntaxError) and d.get("lineno"):
        w_msg = d.get("msg")
        text = d.get("text")
        if not isinstance(text, str) and isinstance(d.get("filename"), str):
            text = raw_line(d.get("filename"), d.get("lineno"))     # (as CPython reads it)
        lines += syntax_error_lines(d.get("filename"), d.get("lineno"), text, d.get("offset"),
                                    d.get("end_lineno"), d.get("end_offset"),
                                    space.isinstance_w(w_exc, E.w_IndentationError))
    line = exception_line(w_exc, w_msg)
    hint = suggestion(w_exc)
    lines.append(line if hint is None else "%s. Did you mean: '%s'?" % (line, hint))
    lines += notes_lines(w_exc)
    return lines


class NoNewline(str):
    """A line of a traceback's display with no newline after it (join_lines)."""


def join_lines(lines):
    """format_exception's lines as the text CPython writes."""
    return "".join(line if isinstance(line, NoNewline) else line + "\n" for line in lines)


def notes_lines(w_exc):
    """CPython 3.11's print_exception_notes: the lines of each note of
    __notes__ (PEP 678), a note's str() split into lines; __notes__ that is
    not a sequence is shown by its repr, with no newline after it."""
    from refvm.errors import VMError
    try:
        w_notes = space.getattr_or_null(w_exc, "__notes__")
    except VMError:
        return []
    if w_notes is NULL:
        return []
    c = w_notes.__class__
    if c is dict or (c not in (list, tuple, str, bytes, bytearray, range) and
                     typeof(w_notes).lookup("__getitem__") is NULL):
        try:
            return [NoNewline(space.repr(w_notes))]
        except VMError:
            return [NoNewline("<__notes__ repr() failed>")]
    out = []
    try:
        n = space.len(w_notes)
        for i in range(n):
            w_note = space.getitem(w_notes, i)
            try:
                out.extend(space.str(w_note).splitlines())
            except VMError:
                out.append("<note str() failed>")
    except VMError:
        pass
    return out


def syntax_error_lines(filename, lineno, text, offset, end_lineno, end_offset,
                       indentation=False):
    """The lines CPython 3.11 prints above a SyntaxError's message
    (pythonrun.c, print_exception_file_and_line and print_error_text): where,
    the line without its indentation, and carets under the error's columns
    (to the end of the line for an error that goes on past it; one for an
    IndentationError)."""
    out = ['  File "%s", line %s' % (filename, lineno)]
    if not isinstance(text, str):
        return out
    offset = offset if isinstance(offset, int) else 0
    end_offset = end_offset if isinstance(end_offset, int) else 0
    if isinstance(end_lineno, int) and isinstance(lineno, int) and end_lineno > lineno:
        end_offset = len(text)
    end_offset = min(end_offset, len(text) + 1)
    carets = end_offset - offset if 0 < end_offset and offset < end_offset and \
        not indentation else 1
    col = offset - 1                            # (0-based, in the stripped text)
    stripped = text.lstrip(" \t\f")
    col -= len(text) - len(stripped)
    text = stripped
    n = len(text) - 1 if text.endswith("\n") else len(text)
    col = min(col, n)
    while "\n" in text and text.index("\n") < col:
        skip = text.index("\n") + 1          # (a line before the one the column is on)
        text, n, col = text[skip:], n - skip, col - skip
    out.append("    " + text[:n])             # (lines after the column's too, as CPython)
    if col >= 0:
        out.append("    " + " " * col + "^" * carets)
    return out


# -- "Did you mean": CPython 3.11's suggestions for an uncaught AttributeError
# or NameError (Python/suggestions.c, its costs and limits): the closest name
# by a Levenshtein distance where a case flip costs 1 and any other edit 2,
# no more than a third of the characters changed

MAX_CANDIDATES = 750
MAX_NAME = 40
MOVE, CASE = 2, 1


def suggestion(w_exc):
    """The name a traceback suggests for w_exc, or None.  (An exception of
    exactly AttributeError with its name and obj, or exactly NameError with
    its name: dir(obj); or the failing frame's local names, then its
    globals, then the builtins.)"""
    from refvm.errors import VMError
    t = typeof(w_exc)
    d = E.fields(w_exc)
    name = d.get("name")
    if name.__class__ is not str:
        return None
    try:
        if t is E.w_AttributeError:
            w_obj = d.get("obj")
            if w_obj is None:
                return None
            from refvm.builtins import dir_
            return _closest(list(dir_(w_obj)), name)
        if t is E.w_NameError:
            w_tb = w_exc.w_traceback
            if w_tb is None:
                return None
            while w_tb.w_next is not None:
                w_tb = w_tb.w_next
            frame = w_tb.w_tb_frame
            from refvm.interp.instructions import BUILTINS
            for names in (frame.code.varnames, frame.w_globals, BUILTINS):
                hint = _closest(list(names), name)
                if hint is not None:
                    return hint
    except VMError:
        pass
    return None


def _closest(names, name):
    if len(names) >= MAX_CANDIDATES:
        return None
    best, best_cost = None, None
    key = name.encode("utf-8", "surrogatepass")
    for item in names:
        if item.__class__ is not str:
            return None
        if item == name:
            continue
        other = item.encode("utf-8", "surrogatepass")
        most = (len(key) + len(other) + 3) * MOVE // 6
        if best_cost is not None:
            most = min(most, best_cost - 1)
        cost = _distance(key, other, most)
        if cost > most:
            continue
        if best is None or cost < best_cost:
            best, best_cost = item, cost
    return best


def _substitution(a, b):
    if a & 31 != b & 31:
        return MOVE
    if a == b:
        return 0
    if 65 <= a <= 90:
        a += 32
    if 65 <= b <= 90:
        b += 32
    return CASE if a == b else MOVE


def _distance(a, b, most):
    """The edit distance of byte strings a and b, or most + 1 past most."""
    while a and b and a[0] == b[0]:
        a, b = a[1:], b[1:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a or not b:
        return (len(a) + len(b)) * MOVE
    if len(a) > MAX_NAME or len(b) > MAX_NAME:
        return most + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE > most:
        return most + 1
    row = [MOVE * (i + 1) for i in range(len(a))]
    result = 0
    for bi, code in enumerate(b):
        distance = result = bi * MOVE
        minimum = None
        for i, c in enumerate(a):
            substitute = distance + _substitution(code, c)
            distance = row[i]
            result = min(min(result, distance) + MOVE, substitute)
            row[i] = result
            if minimum is None or result < minimum:
                minimum = result
        if minimum > most:
            return most + 1
    return result
