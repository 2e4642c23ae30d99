"""str.format / str.format_map at VM level: field lookup uses VM getattr/getitem
and each value is formatted with its own __format__ (host `_string` parses)."""
import _string

from refvm.errors import VMError
from refvm.objects import space, exceptions as E


def vformat(fmt, args, kwargs, depth=2, auto=None):
    """auto: the automatic field numbering's state, shared with the fields
    nested in format specs (`'{:>{}}'.format(1, 4)`: the width is argument 1)."""
    if depth < 0:
        raise space.oefmt(E.w_ValueError, "Max string recursion exceeded")
    out = []
    if auto is None:
        auto = [0]
    try:
        parsed = list(_string.formatter_parser(fmt))
    except ValueError as e:
        raise space.wrap_host_exception(e)
    for literal, field, spec, conv in parsed:
        out.append(literal)
        if field is None:
            continue
        w_v = _get_field(field, args, kwargs, auto)
        if conv == "r":
            w_v = space.repr(w_v)
        elif conv == "s":
            w_v = space.str(w_v)
        elif conv == "a":
            w_v = space.repr(w_v).encode("ascii", "backslashreplace").decode("ascii")
        elif conv is not None:
            raise space.oefmt(E.w_ValueError,
                              "Unknown conversion specifier %s" % conv)
        if spec and "{" in spec:
            spec = vformat(spec, args, kwargs, depth - 1, auto)
        out.append(space.format(w_v, spec or ""))
    return "".join(out)


def _get_field(field, args, kwargs, auto):
    first, rest = _string.formatter_field_name_split(field)
    if first == "":
        if auto[0] < 0:
            raise space.oefmt(E.w_ValueError, "cannot switch from manual field specification "
                              "to automatic field numbering")
        first = auto[0]
        auto[0] += 1
    elif isinstance(first, int):
        if auto[0] > 0:
            raise space.oefmt(E.w_ValueError, "cannot switch from automatic field numbering "
                              "to manual field specification")
        auto[0] = -1
    if isinstance(first, int):
        if first >= len(args):
            raise space.oefmt(E.w_IndexError, "Replacement index %d out of range for positional "
                              "args tuple" % first)
        w_v = args[first]
    else:
        try:
            w_v = space.getitem(kwargs, first)
        except VMError:
            raise VMError(E.W_BaseException(E.w_KeyError, (first,)))
    for is_attr, key in rest:
        if is_attr:
            w_v = space.getattr(w_v, key)
        else:
            w_v = space.getitem(w_v, key)
    return w_v


def str_format(w_self, *args, **kwargs):
    return vformat(str.__str__(w_self), args, kwargs)


def str_format_map(w_self, w_mapping):
    return vformat(str.__str__(w_self), (), w_mapping)
