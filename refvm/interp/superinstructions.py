"""Superinstructions: pairs of instructions the compiler emits as one.

codegen.SUPERINSTRUCTIONS lists which pairs fuse (never across a jump target).
Each fused instruction is an ordinary entry of the instruction table, so the
disassembler and the JIT's recorder see it like any other.  A fused argument is
the pair of the parts' arguments; its kind joins the parts' kinds with "+".
"""
from refvm.objects import space
from refvm.objects.model import NULL
from refvm.objects.space import PRIMITIVE, HOST_ITERATORS, BINARY_OPS, COMPARE_OPS
from refvm.interp.instructions import (instruction, load_attr, store_attr, _unbound_local,
                                       _hostnext, LOAD_METHOD, RETURN)

@instruction("LOAD_FAST_ATTR", 1, "local+name")
def LOAD_FAST_ATTR(f, arg):
    idx, name = arg
    w = f.locals[idx]
    if w is NULL:
        raise _unbound_local(f, idx)
    f.stack.append(load_attr(w, name))


@instruction("LOAD_FAST_ATTR_JUMP_IF_FALSE", 0, "local&name+jump")
def LOAD_FAST_ATTR_JUMP_IF_FALSE(f, arg):
    (idx, name), target = arg
    w = f.locals[idx]
    if w is NULL:
        raise _unbound_local(f, idx)
    w = load_attr(w, name)
    if w is False or (w is not True and not space.truth(w)):
        return target


@instruction("LOAD_FAST_ATTR_JUMP_IF_TRUE", 0, "local&name+jump")
def LOAD_FAST_ATTR_JUMP_IF_TRUE(f, arg):
    (idx, name), target = arg
    w = f.locals[idx]
    if w is NULL:
        raise _unbound_local(f, idx)
    w = load_attr(w, name)
    if w is True or (w is not False and space.truth(w)):
        return target


@instruction("STORE_FAST_ATTR", -1, "local+name")
def STORE_FAST_ATTR(f, arg):
    idx, name = arg
    w = f.locals[idx]
    if w is NULL:
        raise _unbound_local(f, idx)
    store_attr(w, name, f.stack.pop())


@instruction("LOAD_FAST_LOAD_FAST", 2, "local+local")
def LOAD_FAST_LOAD_FAST(f, arg):
    a, b = arg
    locals_ = f.locals
    w_a = locals_[a]
    w_b = locals_[b]
    if w_a is NULL:
        raise _unbound_local(f, a)
    if w_b is NULL:
        raise _unbound_local(f, b)
    f.stack.extend((w_a, w_b))


@instruction("LOAD_FAST_METHOD", 2, "local+name")
def LOAD_FAST_METHOD(f, arg):
    idx, name = arg
    w = f.locals[idx]
    if w is NULL:
        raise _unbound_local(f, idx)
    f.stack.append(w)
    LOAD_METHOD(f, name)


def _specialize_compare_jump(arg):
    idx, target = arg
    hostop = COMPARE_OPS[idx][3]
    compare = space.compare
    truth = space.truth

    def h(f, arg):
        st = f.stack
        w_b = st.pop()
        w_a = st.pop()
        if w_a.__class__ in PRIMITIVE and w_b.__class__ in PRIMITIVE:
            if not hostop(w_a, w_b):
                return target
        else:
            w_r = compare(idx, w_a, w_b)
            if w_r is False or (w_r is not True and not truth(w_r)):
                return target
    h.__name__ = "COMPARE_OP_JUMP_IF_FALSE_" + COMPARE_OPS[idx][1].strip("_").upper()
    return h


@instruction("COMPARE_OP_JUMP_IF_FALSE", -2, "cmp+jump", specialize=_specialize_compare_jump)
def COMPARE_OP_JUMP_IF_FALSE(f, arg):
    return _specialize_compare_jump(arg)(f, arg)


@instruction("FOR_ITER_STORE_FAST", 0, "jump+local")
def FOR_ITER_STORE_FAST(f, arg):
    st = f.stack
    it = st[-1]
    if it.__class__ in HOST_ITERATORS:
        w = _hostnext(it, NULL)
    else:
        w = space.next_or_null(it)
    if w is NULL:
        st.pop()
        return arg[0]
    f.locals[arg[1]] = w


@instruction("STORE_FAST_LOAD_FAST", 0, "local+local")
def STORE_FAST_LOAD_FAST(f, arg):
    st = f.stack
    locals_ = f.locals
    locals_[arg[0]] = st[-1]
    w = locals_[arg[1]]
    if w is NULL:
        st.pop()
        raise _unbound_local(f, arg[1])
    st[-1] = w


@instruction("LOAD_FAST_LOAD_CONST", 2, "local+const")
def LOAD_FAST_LOAD_CONST(f, arg):
    w = f.locals[arg[0]]
    if w is NULL:
        raise _unbound_local(f, arg[0])
    f.stack.extend((w, arg[1]))


@instruction("RETURN_CONST", 0, "const+none")
def RETURN_CONST(f, arg):
    f.retval = arg[0]
    return RETURN


def _specialize_binop_store(arg):
    idx, local = arg
    hostop = BINARY_OPS[idx][4]
    binop = space.binop

    def h(f, arg):
        st = f.stack
        w_b = st.pop()
        w_a = st.pop()
        if w_a.__class__ in PRIMITIVE and w_b.__class__ in PRIMITIVE:
            f.locals[local] = hostop(w_a, w_b)
        else:
            f.locals[local] = binop(idx, w_a, w_b)
    return h


@instruction("BINARY_OP_STORE_FAST", -2, "binop+local", specialize=_specialize_binop_store)
def BINARY_OP_STORE_FAST(f, arg):
    return _specialize_binop_store(arg)(f, arg)


def _specialize_binop_fast_fast(arg):
    (a, b), idx = arg
    hostop = BINARY_OPS[idx][4]
    binop = space.binop

    def h(f, arg):
        locals_ = f.locals
        w_a = locals_[a]
        w_b = locals_[b]
        if w_a.__class__ in PRIMITIVE and w_b.__class__ in PRIMITIVE:
            f.stack.append(hostop(w_a, w_b))
            return
        if w_a is NULL:
            raise _unbound_local(f, a)
        if w_b is NULL:
            raise _unbound_local(f, b)
        f.stack.append(binop(idx, w_a, w_b))
    return h


@instruction("BINARY_OP_FAST_FAST", 1, "local&local+binop", specialize=_specialize_binop_fast_fast)
def BINARY_OP_FAST_FAST(f, arg):
    return _specialize_binop_fast_fast(arg)(f, arg)


def _specialize_binop_fast_const(arg):
    (a, w_c), idx = arg
    hostop = BINARY_OPS[idx][4]
    binop = space.binop
    const_prim = w_c.__class__ in PRIMITIVE

    def h(f, arg):
        w_a = f.locals[a]
        if const_prim and w_a.__class__ in PRIMITIVE:
            f.stack.append(hostop(w_a, w_c))
            return
        if w_a is NULL:
            raise _unbound_local(f, a)
        f.stack.append(binop(idx, w_a, w_c))
    return h


@instruction("BINARY_OP_FAST_CONST", 1, "local&const+binop",
             specialize=_specialize_binop_fast_const)
def BINARY_OP_FAST_CONST(f, arg):
    return _specialize_binop_fast_const(arg)(f, arg)


@instruction("SUBSCR_FAST_CONST", 1, "local&const+none")
def SUBSCR_FAST_CONST(f, arg):
    a, w_k = arg[0]
    w = f.locals[a]
    c = w.__class__
    if c is list or c is tuple or c is dict or c is str:
        f.stack.append(w[w_k])
        return
    if w is NULL:
        raise _unbound_local(f, a)
    f.stack.append(space.getitem(w, w_k))


@instruction("STORE_FAST_STORE_FAST", -2, "local+local")
def STORE_FAST_STORE_FAST(f, arg):
    st = f.stack
    locals_ = f.locals
    locals_[arg[0]] = st.pop()
    locals_[arg[1]] = st.pop()


@instruction("SUBSCR_KEEP", 1, "none+none")
def SUBSCR_KEEP(f, arg):
    st = f.stack
    w = st[-2]
    w_k = st[-1]
    c = w.__class__
    if c is list or c is tuple or c is dict or c is str:
        st.append(w[w_k])
    else:
        st.append(space.getitem(w, w_k))


def _inplace(idx, w_a, w_b):
    if w_a.__class__ in PRIMITIVE and w_b.__class__ in PRIMITIVE:
        return space.HOST_INPLACE[idx](w_a, w_b)
    return space.inplace_binop(idx, w_a, w_b)


@instruction("INPLACE_OP_ROT_THREE", -1, "binop+none")
def INPLACE_OP_ROT_THREE(f, arg):
    st = f.stack
    w_b = st.pop()
    w_r = _inplace(arg[0], st.pop(), w_b)
    st.insert(-2, w_r)


@instruction("INPLACE_STORE_SUBSCR", -4, "binop&none+none")
def INPLACE_STORE_SUBSCR(f, arg):
    st = f.stack
    w_b = st.pop()
    w_r = _inplace(arg[0][0], st.pop(), w_b)
    w_k = st.pop()
    w = st.pop()
    c = w.__class__
    if c is list or c is dict:
        w[w_k] = w_r
    else:
        space.setitem(w, w_k, w_r)


@instruction("LOAD_ATTR_KEEP", 1, "none+name")
def LOAD_ATTR_KEEP(f, arg):
    st = f.stack
    st.append(load_attr(st[-1], arg[1]))


@instruction("INPLACE_OP_ROT_TWO", -1, "binop+none")
def INPLACE_OP_ROT_TWO(f, arg):
    st = f.stack
    w_b = st.pop()
    w_r = _inplace(arg[0], st.pop(), w_b)
    st.insert(-1, w_r)


@instruction("INPLACE_STORE_ATTR", -3, "binop&none+name")
def INPLACE_STORE_ATTR(f, arg):
    st = f.stack
    w_b = st.pop()
    w_r = _inplace(arg[0][0], st.pop(), w_b)
    store_attr(st.pop(), arg[1], w_r)


@instruction("IS_CONST_OP", 0, "const+int")
def IS_CONST_OP(f, arg):
    w_c, invert = arg
    st = f.stack
    st[-1] = space.is_(st[-1], w_c) != bool(invert)
