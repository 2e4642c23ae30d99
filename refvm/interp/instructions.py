"""The instruction table: every instruction defined once.

Each entry has a name, an opcode (its index in INSTRUCTIONS), a stack effect
(an int, or a function of the argument), the kind of its argument and its
handler `h(frame, arg)`.  The compiler emits by name; `decode()` turns a code
object's (opcode, arg) pairs into (handler, decoded arg) pairs for the loop;
the disassembler prints from the same table; the JIT's recorder will too.

Argument kinds: None (unused), "int", "const" (decoded to the constant),
"name" (decoded to the name string), "local" / "cell" (an index), "jump" (a
target pc), "binop" / "cmp" / "unary" (an index into space's operator tables).
"""
from refvm.errors import VMError, Unsupported
from refvm.objects import space, exceptions as E
from refvm.objects import model
from refvm.objects.model import NULL, typeof, W_Type, W_Instance, HOST2VM
from refvm.objects.space import PRIMITIVE, HOST_ITERATORS, BINARY_OPS, COMPARE_OPS
from refvm.objects.functions import (W_Function, W_Method, W_MethodDescr, W_BuiltinFunction,
                                     W_Cell)
from refvm.interp import state as _state


class Instruction(object):
    __slots__ = ("name", "opcode", "effect", "argkind", "handler", "specialize")

    def __init__(self, name, opcode, effect, argkind, handler, specialize=None):
        self.name = name
        self.opcode = opcode
        self.effect = effect
        self.argkind = argkind
        self.handler = handler
        self.specialize = specialize

    def stack_effect(self, arg):
        return self.effect(arg) if callable(self.effect) else self.effect


INSTRUCTIONS = []
OPCODES = {}
HANDLERS = []
RETURN = object()
YIELD = object()
YIELD_AGAIN = object()      # yield, and re-run this instruction on resumption
BUILTINS = {}       # the builtins module's dict, filled by refvm.builtins


def instruction(name, effect, argkind=None, specialize=None):
    def deco(fn):
        ins = Instruction(name, len(INSTRUCTIONS), effect, argkind, fn, specialize)
        INSTRUCTIONS.append(ins)
        OPCODES[name] = ins.opcode
        HANDLERS.append(fn)
        return fn
    return deco


def _decode_arg(code, kind, arg):
    """Constants and names are decoded to their values; a superinstruction's
    kind is its parts' kinds joined by "+" (a part may itself be a pair)."""
    if kind is None:
        return arg
    if kind == "const":
        return code.consts[arg]
    if kind == "name":
        return code.names[arg]
    if "+" in kind:
        parts = kind.split("+")
        return tuple(_decode_arg(code, k.replace("&", "+"), a) for k, a in zip(parts, arg))
    return arg


def decode(code):
    """Build code.instrs: (handler, decoded arg) per instruction."""
    out = []
    for op, arg in zip(code.ops, code.args):
        ins = INSTRUCTIONS[op]
        arg = _decode_arg(code, ins.argkind, arg)
        h = ins.specialize(arg) if ins.specialize is not None else ins.handler
        out.append((h, arg))
    code.instrs = out
    return out


def _err(w_type, msg):
    return space.oefmt(w_type, msg)


# ------------------------------------------------------------------ stack

@instruction("NOP", 0)
def NOP(f, arg):
    pass


@instruction("POP_TOP", -1)
def POP_TOP(f, arg):
    f.stack.pop()


@instruction("DUP_TOP", 1)
def DUP_TOP(f, arg):
    f.stack.append(f.stack[-1])


@instruction("DUP_TOP_TWO", 2)
def DUP_TOP_TWO(f, arg):
    f.stack.extend(f.stack[-2:])


@instruction("ROT_TWO", 0)
def ROT_TWO(f, arg):
    st = f.stack
    st[-1], st[-2] = st[-2], st[-1]


@instruction("ROT_THREE", 0)
def ROT_THREE(f, arg):
    st = f.stack
    st[-1], st[-2], st[-3] = st[-2], st[-3], st[-1]


# ------------------------------------------------------------------ variables

@instruction("LOAD_CONST", 1, "const")
def LOAD_CONST(f, arg):
    f.stack.append(arg)


def _unbound_local(f, idx):
    return _err(E.w_UnboundLocalError, "cannot access local variable '%s' where it is not "
                "associated with a value" % f.code.varnames[idx])


@instruction("LOAD_FAST", 1, "local")
def LOAD_FAST(f, arg):
    w = f.locals[arg]
    if w is NULL:
        raise _unbound_local(f, arg)
    f.stack.append(w)


@instruction("STORE_FAST", -1, "local")
def STORE_FAST(f, arg):
    f.locals[arg] = f.stack.pop()


@instruction("DELETE_FAST", 0, "local")
def DELETE_FAST(f, arg):
    if f.locals[arg] is NULL:
        raise _unbound_local(f, arg)
    f.locals[arg] = NULL


def _cell_name(code, idx):
    n = len(code.cellvars)
    return code.cellvars[idx] if idx < n else code.freevars[idx - n]


def _unbound_cell(f, idx):
    name = _cell_name(f.code, idx)
    if idx < len(f.code.cellvars):
        return _err(E.w_UnboundLocalError, "cannot access local variable '%s' where it is not "
                    "associated with a value" % name)
    return _err(E.w_NameError, "cannot access free variable '%s' where it is not associated "
                "with a value in enclosing scope" % name)


@instruction("LOAD_DEREF", 1, "cell")
def LOAD_DEREF(f, arg):
    w = f.cells[arg].contents
    if w is NULL:
        raise _unbound_cell(f, arg)
    f.stack.append(w)


@instruction("STORE_DEREF", -1, "cell")
def STORE_DEREF(f, arg):
    f.cells[arg].contents = f.stack.pop()


@instruction("DELETE_DEREF", 0, "cell")
def DELETE_DEREF(f, arg):
    c = f.cells[arg]
    if c.contents is NULL:
        raise _unbound_cell(f, arg)
    c.contents = NULL


@instruction("LOAD_CLOSURE", 1, "cell")
def LOAD_CLOSURE(f, arg):
    f.stack.append(f.cells[arg])


@instruction("LOAD_CLASSDEREF", 1, "cell")
def LOAD_CLASSDEREF(f, arg):
    name = _cell_name(f.code, arg)
    d = f.locals_dict
    if d is not None and name in d:
        f.stack.append(d[name])
        return
    LOAD_DEREF(f, arg)


def _name_error(name):
    return VMError(E.lookup_error(E.w_NameError, "name '%s' is not defined" % name, name))


@instruction("LOAD_GLOBAL", 1, "name")
def LOAD_GLOBAL(f, name):
    w = f.w_globals.get(name, NULL)
    if w is NULL:
        w = BUILTINS.get(name, NULL)
        if w is NULL:
            raise _name_error(name)
    f.stack.append(w)


@instruction("STORE_GLOBAL", -1, "name")
def STORE_GLOBAL(f, name):
    f.w_globals[name] = f.stack.pop()


@instruction("DELETE_GLOBAL", 0, "name")
def DELETE_GLOBAL(f, name):
    if name not in f.w_globals:
        raise _name_error(name)
    del f.w_globals[name]


@instruction("LOAD_NAME", 1, "name")
def LOAD_NAME(f, name):
    d = f.locals_dict
    if d.__class__ is dict:
        w = d.get(name, NULL)
    else:
        w = _mapping_get(d, name)
    if w is NULL:
        w = f.w_globals.get(name, NULL)
        if w is NULL:
            w = BUILTINS.get(name, NULL)
            if w is NULL:
                raise _name_error(name)
    f.stack.append(w)


def _mapping_get(d, name):
    try:
        return space.getitem(d, name)
    except VMError as e:
        if space.isinstance_w(e.w_exc, E.w_KeyError):
            return NULL
        raise


@instruction("STORE_NAME", -1, "name")
def STORE_NAME(f, name):
    d = f.locals_dict
    if d.__class__ is dict:
        d[name] = f.stack.pop()
    else:
        space.setitem(d, name, f.stack.pop())


@instruction("DELETE_NAME", 0, "name")
def DELETE_NAME(f, name):
    d = f.locals_dict
    if d.__class__ is dict:
        if name not in d:
            raise _name_error(name)
        del d[name]
    else:
        space.delitem(d, name)


# ------------------------------------------------------------------ attributes and items

@instruction("LOAD_ATTR", 0, "name")
def LOAD_ATTR(f, name):
    st = f.stack
    st[-1] = load_attr(st[-1], name)


def load_attr(w, name):
    """getattr with a fast path for plain instances (the rules are in space.getattr)."""
    if w.__class__ is W_Instance:
        # fast paths for plain instances: an instance attribute with no descriptor
        # of that name on the type, or a method found on the type
        t = w.w_type
        if t.plain_attrs or t.plain_attribute_access():
            w_d = t.cache.get(name, MISSING)
            if w_d is MISSING:
                w_d = t.lookup(name)
            d = w.w_dict
            if w_d is NULL:
                if d is not None:
                    w_v = d.get(name, NULL)
                    if w_v is not NULL:
                        return w_v
            elif w_d.__class__ is W_Function and (d is None or name not in d):
                return W_Method(w_d, w)
    return space.getattr(w, name)


MISSING = object()


@instruction("STORE_ATTR", -2, "name")
def STORE_ATTR(f, name):
    st = f.stack
    w = st.pop()
    store_attr(w, name, st.pop())


def store_attr(w, name, w_v):
    if w.__class__ is W_Instance:
        t = w.w_type
        if (t.plain_attrs or t.plain_attribute_access()) and w.w_dict is not None:
            w_d = t.cache.get(name, MISSING)
            if w_d is MISSING:
                w_d = t.lookup(name)
            if w_d is NULL:
                w.w_dict[name] = w_v
                return
    space.setattr(w, name, w_v)



@instruction("DELETE_ATTR", -1, "name")
def DELETE_ATTR(f, name):
    space.delattr(f.stack.pop(), name)


@instruction("LOAD_METHOD", 1, "name")
def LOAD_METHOD(f, name):
    st = f.stack
    w = st[-1]
    t = typeof(w)
    if t.lookup("__getattribute__") is OBJECT_GETATTRIBUTE:
        w_d = t.cache.get(name, MISSING)
        if w_d is MISSING:
            w_d = t.lookup(name)
        c = w_d.__class__
        if c is W_Function or c is W_MethodDescr:
            d = getattr(w, "w_dict", None)
            if d is None or name not in d:
                st[-1] = w_d
                st.append(w)
                return
    st[-1] = NULL
    st.append(space.getattr(w, name))


@instruction("BINARY_SUBSCR", -1)
def BINARY_SUBSCR(f, arg):
    st = f.stack
    w_k = st.pop()
    w = st[-1]
    c = w.__class__
    if c is list or c is tuple or c is dict or c is str:
        try:
            st[-1] = w[w_k]
        except (model.NotAnIndex, IndexError, OverflowError) as e:
            raise space.subscript_error(w, w_k, e)
    else:
        st[-1] = space.getitem(w, w_k)


@instruction("STORE_SUBSCR", -3)
def STORE_SUBSCR(f, arg):
    st = f.stack
    w_k = st.pop()
    w = st.pop()
    w_v = st.pop()
    c = w.__class__
    if c is list or c is dict:
        try:
            w[w_k] = w_v
        except model.NotAnIndex as e:
            raise space.subscript_error(w, w_k, e)
    else:
        space.setitem(w, w_k, w_v)


@instruction("DELETE_SUBSCR", -2)
def DELETE_SUBSCR(f, arg):
    st = f.stack
    w_k = st.pop()
    w = st.pop()
    c = w.__class__
    if c is list or c is dict:
        try:
            del w[w_k]
        except model.NotAnIndex as e:
            raise space.subscript_error(w, w_k, e)
    else:
        space.delitem(w, w_k)


# ------------------------------------------------------------------ operators

def _specialize_binop(idx):
    hostop = BINARY_OPS[idx][4]
    binop = space.binop

    def h(f, arg):
        st = f.stack
        w_b = st.pop()
        w_a = st[-1]
        if w_a.__class__ in PRIMITIVE and w_b.__class__ in PRIMITIVE:
            try:
                st[-1] = hostop(w_a, w_b)
                return
            except TypeError:
                pass        # let space.binop word the error as CPython does
        st[-1] = binop(idx, w_a, w_b)
    h.__name__ = "BINARY_OP_" + BINARY_OPS[idx][1].strip("_").upper()
    return h


@instruction("BINARY_OP", -1, "binop", specialize=_specialize_binop)
def BINARY_OP(f, arg):
    st = f.stack
    w_b = st.pop()
    st[-1] = space.binop(arg, st[-1], w_b)


def _specialize_inplace(idx):
    hostop = space.HOST_INPLACE[idx]
    inplace = space.inplace_binop

    def h(f, arg):
        st = f.stack
        w_b = st.pop()
        w_a = st[-1]
        if w_a.__class__ in PRIMITIVE and w_b.__class__ in PRIMITIVE:
            try:
                st[-1] = hostop(w_a, w_b)
                return
            except TypeError:
                pass        # let space.inplace_binop word the error as CPython does
        st[-1] = inplace(idx, w_a, w_b)
    h.__name__ = "INPLACE_OP_" + BINARY_OPS[idx][3].strip("_").upper()
    return h


@instruction("INPLACE_OP", -1, "binop", specialize=_specialize_inplace)
def INPLACE_OP(f, arg):
    st = f.stack
    w_b = st.pop()
    st[-1] = space.inplace_binop(arg, st[-1], w_b)


def _specialize_compare(idx):
    hostop = COMPARE_OPS[idx][3]
    compare = space.compare

    def h(f, arg):
        st = f.stack
        w_b = st.pop()
        w_a = st[-1]
        if w_a.__class__ in PRIMITIVE and w_b.__class__ in PRIMITIVE:
            st[-1] = hostop(w_a, w_b)
        else:
            st[-1] = compare(idx, w_a, w_b)
    h.__name__ = "COMPARE_OP_" + COMPARE_OPS[idx][1].strip("_").upper()
    return h


@instruction("COMPARE_OP", -1, "cmp", specialize=_specialize_compare)
def COMPARE_OP(f, arg):
    st = f.stack
    w_b = st.pop()
    st[-1] = space.compare(arg, st[-1], w_b)


@instruction("IS_OP", -1, "int")
def IS_OP(f, arg):
    st = f.stack
    w_b = st.pop()
    st[-1] = space.is_(st[-1], w_b) != bool(arg)


@instruction("CONTAINS_OP", -1, "int")
def CONTAINS_OP(f, arg):
    st = f.stack
    w_container = st.pop()
    st[-1] = space.contains(w_container, st[-1]) != bool(arg)


@instruction("UNARY_OP", 0, "unary")
def UNARY_OP(f, arg):
    st = f.stack
    st[-1] = space.unaryop(arg, st[-1])


@instruction("UNARY_NOT", 0)
def UNARY_NOT(f, arg):
    st = f.stack
    st[-1] = not space.truth(st[-1])


# ------------------------------------------------------------------ building

def _pop_n(st, n):
    if n == 0:
        return []
    items = st[-n:]
    del st[-n:]
    return items


@instruction("BUILD_TUPLE", lambda n: 1 - n, "int")
def BUILD_TUPLE(f, n):
    f.stack.append(tuple(_pop_n(f.stack, n)))


@instruction("BUILD_LIST", lambda n: 1 - n, "int")
def BUILD_LIST(f, n):
    f.stack.append(_pop_n(f.stack, n))


@instruction("BUILD_SET", lambda n: 1 - n, "int")
def BUILD_SET(f, n):
    f.stack.append(set(_pop_n(f.stack, n)))


@instruction("BUILD_MAP", lambda n: 1 - 2 * n, "int")
def BUILD_MAP(f, n):
    items = _pop_n(f.stack, 2 * n)
    d = {}
    for i in range(0, 2 * n, 2):
        d[items[i]] = items[i + 1]
    f.stack.append(d)


@instruction("BUILD_STRING", lambda n: 1 - n, "int")
def BUILD_STRING(f, n):
    f.stack.append("".join(_pop_n(f.stack, n)))


@instruction("BUILD_SLICE", lambda n: 1 - n, "int")
def BUILD_SLICE(f, n):
    f.stack.append(slice(*_pop_n(f.stack, n)))


@instruction("LIST_APPEND", -1, "int")
def LIST_APPEND(f, n):
    st = f.stack
    w = st.pop()
    st[-n].append(w)


@instruction("SET_ADD", -1, "int")
def SET_ADD(f, n):
    st = f.stack
    w = st.pop()
    st[-n].add(w)


@instruction("MAP_ADD", -2, "int")
def MAP_ADD(f, n):
    st = f.stack
    w_v = st.pop()
    w_k = st.pop()
    st[-n][w_k] = w_v


@instruction("LIST_EXTEND", -1, "int")
def LIST_EXTEND(f, n):
    st = f.stack
    w = st.pop()
    try:
        items = space.unpack_iterable(w, True)
    except VMError as e:
        if space.isinstance_w(e.w_exc, E.w_TypeError) and \
                typeof(w).lookup("__iter__") is NULL and typeof(w).lookup("__getitem__") is NULL:
            raise _err(E.w_TypeError, "Value after * must be an iterable, not %s"
                       % space.type_name(w))
        raise
    st[-n].extend(items)


@instruction("SET_UPDATE", -1, "int")
def SET_UPDATE(f, n):
    st = f.stack
    w = st.pop()
    st[-n].update(space.unpack_iterable(w))


@instruction("DICT_UPDATE", -1, "int")
def DICT_UPDATE(f, n):
    st = f.stack
    w = st.pop()
    from refvm.objects.containers import update_from
    if w.__class__ is not dict and space.getattr_or_null(w, "keys") is NULL:
        raise _err(E.w_TypeError, "'%s' object is not a mapping" % space.type_name(w))
    update_from(st[-n], w)


@instruction("DICT_MERGE", -1, "int")
def DICT_MERGE(f, n):
    st = f.stack
    w = st.pop()
    target = st[-n]
    from refvm.objects.containers import update_from
    if w.__class__ is not dict and space.getattr_or_null(w, "keys") is NULL:
        w_func = st[-n - 2] if len(st) > n + 1 else None
        raise _err(E.w_TypeError, "%s argument after ** must be a mapping, not %s"
                   % (_func_desc(w_func), space.type_name(w)))
    tmp = {}
    update_from(tmp, w)
    for k in tmp:
        if k in target:
            w_func = st[-n - 2] if len(st) > n + 1 else None
            raise _err(E.w_TypeError, "%s got multiple values for keyword argument '%s'"
                       % (_func_desc(w_func), k if k.__class__ is str else space.str(k)))
    target.update(tmp)


def _func_desc(w_func):
    """CPython's format_kwargs_error names the function as _PyObject_FunctionStr
    does: `__main__.f()`."""
    if w_func is None:
        return "function"
    return control.function_str(w_func)


@instruction("LIST_TO_TUPLE", 0)
def LIST_TO_TUPLE(f, arg):
    st = f.stack
    st[-1] = tuple(st[-1])


@instruction("FORMAT_VALUE", lambda flags: -1 if flags & 4 else 0, "int")
def FORMAT_VALUE(f, flags):
    st = f.stack
    spec = st.pop() if flags & 4 else ""
    w = st.pop()
    conv = flags & 3
    if conv == 1:
        w = space.str(w)
    elif conv == 2:
        w = space.repr(w)
    elif conv == 3:
        w = space.repr(w).encode("ascii", "backslashreplace").decode("ascii")
    if w.__class__ is str and not spec:
        st.append(w)
    else:
        st.append(space.format(w, spec))


@instruction("UNPACK_SEQUENCE", lambda n: n - 1, "int")
def UNPACK_SEQUENCE(f, n):
    st = f.stack
    w = st.pop()
    c = w.__class__
    if (c is tuple or c is list) and len(w) == n:
        st.extend(w[::-1])
        return
    items = unpack_exactly(w, n)
    items.reverse()
    st.extend(items)


def unpack_exactly(w, n):
    """The n items of iterable w, as UNPACK_SEQUENCE takes them (the match
    statement's sequence patterns too)."""
    items = _unpack_items(w, n + 1)
    if len(items) != n:
        if len(items) > n:
            raise _err(E.w_ValueError, "too many values to unpack (expected %d)" % n)
        raise _err(E.w_ValueError, "not enough values to unpack (expected %d, got %d)"
                   % (n, len(items)))
    return items


def _unpack_iter(w):
    """iter(w) for unpacking: CPython's unpack_iterable rewords iter()'s
    TypeError only for a type with no __iter__ (not one setting it to None)
    that is no sequence."""
    t = typeof(w)
    if t.lookup("__iter__") is NULL and t.lookup("__getitem__") is NULL:
        raise _err(E.w_TypeError, "cannot unpack non-iterable %s object" % space.type_name(w))
    return space.iter(w)


def _unpack_items(w, limit):
    """The first `limit` items of iterable w for unpacking (fewer if it has
    fewer)."""
    w_it = _unpack_iter(w)
    items = []
    while len(items) < limit:
        w_v = space.next_or_null(w_it)
        if w_v is NULL:
            break
        items.append(w_v)
    return items


@instruction("UNPACK_EX", lambda a: (a & 0xFF) + (a >> 8), "int")
def UNPACK_EX(f, arg):
    st = f.stack
    out = unpack_starred(st.pop(), arg & 0xFF, arg >> 8)
    out.reverse()
    st.extend(out)


def unpack_starred(w, before, after):
    """w's items as UNPACK_EX takes them (CPython's unpack_iterable): `before`
    items one by one, then list() of the rest (which asks the iterator's
    length hint), split into a list of the middle ones and `after` items (the
    match statement's `[a, *rest]` too)."""
    w_it = _unpack_iter(w)
    items = []
    while len(items) < before:
        w_v = space.next_or_null(w_it)
        if w_v is NULL:
            raise _err(E.w_ValueError, "not enough values to unpack (expected at least %d, "
                       "got %d)" % (before + after, len(items)))
        items.append(w_v)
    rest = space.unpack_iterable(w_it, True)
    if len(rest) < after:
        raise _err(E.w_ValueError, "not enough values to unpack (expected at least %d, got %d)"
                   % (before + after, before + len(rest)))
    k = len(rest) - after
    return items + [rest[:k]] + rest[k:]


# ------------------------------------------------------------------ jumps and loops

# Jumps return the target pc (the run loop keeps pc in a local).

@instruction("JUMP", 0, "jump")
def JUMP(f, target):
    return target


@instruction("POP_JUMP_IF_FALSE", -1, "jump")
def POP_JUMP_IF_FALSE(f, target):
    w = f.stack.pop()
    if w is False or (w is not True and not space.truth(w)):
        return target


@instruction("POP_JUMP_IF_TRUE", -1, "jump")
def POP_JUMP_IF_TRUE(f, target):
    w = f.stack.pop()
    if w is True or (w is not False and space.truth(w)):
        return target


@instruction("POP_JUMP_IF_NONE", -1, "jump")
def POP_JUMP_IF_NONE(f, target):
    if f.stack.pop() is None:
        return target


@instruction("POP_JUMP_IF_NOT_NONE", -1, "jump")
def POP_JUMP_IF_NOT_NONE(f, target):
    if f.stack.pop() is not None:
        return target


@instruction("JUMP_IF_FALSE_OR_POP", 0, "jump")
def JUMP_IF_FALSE_OR_POP(f, target):
    if space.truth(f.stack[-1]):
        f.stack.pop()
    else:
        return target


@instruction("JUMP_IF_TRUE_OR_POP", 0, "jump")
def JUMP_IF_TRUE_OR_POP(f, target):
    if space.truth(f.stack[-1]):
        return target
    f.stack.pop()


@instruction("GET_ITER", 0)
def GET_ITER(f, arg):
    st = f.stack
    st[-1] = space.iter(st[-1])


_hostnext = next


@instruction("FOR_ITER", 1, "jump")
def FOR_ITER(f, target):
    st = f.stack
    it = st[-1]
    if it.__class__ in HOST_ITERATORS:
        w = _hostnext(it, NULL)
    else:
        w = space.next_or_null(it)
    if w is NULL:
        st.pop()
        return target
    st.append(w)


# Late-bound references, set by refvm.bootstrap (avoid import cycles).
OBJECT_GETATTRIBUTE = None
OBJECT_SETATTR = None
OBJECT_NEW = [None]
W_TYPE = [None]
W_OBJECT = [None]
W_GENERATOR = [None]
IMPORTER = [None]

from refvm.interp.frame import make_frame, Frame  # noqa: E402
from refvm.interp import control  # noqa: E402  (calls, generators, exceptions, imports)
from refvm.interp import superinstructions  # noqa: E402,F401  (registers the fused pairs)
call = control.call
make_exception = control.make_exception
