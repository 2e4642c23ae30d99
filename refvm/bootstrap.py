"""Import the object model in dependency order and tie late-bound references.

Host modules reference each other through a few module-level slots (space.E,
space.interp, ...) instead of import cycles; this is the one place that fills them.
"""
from refvm.objects import model, space, typeobject, functions, exceptions
from refvm.objects import objecttype, descriptors, singletons, numbers, strings, containers
from refvm.objects import generator, module, hostwrap, genericalias, reduction  # noqa: F401
from refvm.interp import loop, instructions, frame, traceback
from refvm.compiler import code as code_mod


class _Registry(object):
    """What space.py calls `builtin_types`: the callable classes and root types."""


def _registry():
    r = _Registry()
    r.W_BuiltinFunction = functions.W_BuiltinFunction
    r.W_MethodDescr = functions.W_MethodDescr
    r.W_Function = functions.W_Function
    r.W_Method = functions.W_Method
    r.W_GetSet = functions.W_GetSet
    r.W_Generator = generator.W_Generator
    r.W_SeqIter = containers.W_SeqIter
    r.w_type = typeobject.w_type
    r.w_object = typeobject.w_object
    r.w_module = module.w_module
    r.type_call = objecttype.type_call
    r.type_getattr = objecttype.type_getattr
    r.OBJECT_GETATTRIBUTE = objecttype.OBJECT_GETATTRIBUTE
    r.OBJECT_SETATTR = objecttype.OBJECT_SETATTR
    r.OBJECT_DELATTR = objecttype.OBJECT_DELATTR
    r.TYPE_GETATTRIBUTE = objecttype.TYPE_GETATTRIBUTE
    return r


def _code_type():
    w_code = typeobject.builtin_type("code", acceptable_base=False)
    code_mod.Code.w_type = w_code
    functions.getset(w_code, "co_name")(lambda c: c.name)
    functions.getset(w_code, "co_filename")(lambda c: c.filename)
    functions.getset(w_code, "co_firstlineno")(lambda c: c.firstlineno)
    functions.getset(w_code, "co_varnames")(lambda c: tuple(c.varnames))
    functions.getset(w_code, "co_argcount")(lambda c: c.argcount)
    functions.getset(w_code, "co_flags")(lambda c: c.flags)
    functions.getset(w_code, "co_qualname")(lambda c: c.qualname)
    functions.getset(w_code, "co_posonlyargcount")(lambda c: c.posonlyargcount)
    functions.getset(w_code, "co_kwonlyargcount")(lambda c: c.kwonlyargcount)
    functions.getset(w_code, "co_nlocals")(lambda c: c.nlocals)
    functions.getset(w_code, "co_cellvars")(lambda c: tuple(c.cellvars))
    functions.getset(w_code, "co_freevars")(lambda c: tuple(c.freevars))
    functions.getset(w_code, "co_names")(lambda c: tuple(c.names))
    functions.getset(w_code, "co_consts")(lambda c: tuple(c.consts))


def _frame_type():
    w_frame = typeobject.builtin_type("frame", acceptable_base=False)
    frame.Frame.w_type = w_frame
    functions.getset(w_frame, "f_lineno")(lambda f: f.current_line())
    functions.getset(w_frame, "f_globals")(lambda f: f.w_globals)
    functions.getset(w_frame, "f_code")(lambda f: f.code)
    functions.getset(w_frame, "f_back")(lambda f: f.f_back())
    functions.getset(w_frame, "f_locals")(lambda f: f.locals_mapping())


def boot():
    model.space = space
    space.E = exceptions
    space.interp = loop
    space.builtin_types = _registry()
    objecttype.interp = loop
    generator.interp = loop
    loop._state = __import__("refvm.interp.state", fromlist=["state"])
    model.PLAIN[0] = objecttype.OBJECT_GETATTRIBUTE
    model.PLAIN[1] = objecttype.OBJECT_SETATTR
    instructions.OBJECT_GETATTRIBUTE = objecttype.OBJECT_GETATTRIBUTE
    instructions.OBJECT_SETATTR = objecttype.OBJECT_SETATTR
    instructions.OBJECT_NEW[0] = objecttype.OBJECT_NEW_SM
    instructions.W_TYPE[0] = typeobject.w_type
    instructions.W_OBJECT[0] = typeobject.w_object
    instructions.W_GENERATOR[0] = generator.W_Generator
    _code_type()
    _frame_type()
    genericalias.install([containers.w_list, containers.w_dict, containers.w_set,
                          containers.w_frozenset, containers.w_tuple, containers.w_enumerate])


boot()
