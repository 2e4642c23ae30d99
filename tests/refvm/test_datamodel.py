"""refvm against the rules of the data model chapter of the language reference.

Sections follow "3. Data model"; each test name states the rule and the body
shows one example of it (run on refvm, output compared with what CPython prints).
"""


def out(vm, src):
    o = vm(src)
    assert o.status == 0, o
    return o.stdout


# ---------------------------------------------------------------- 3.1 objects, values, types

def test_type_of_builtin_values_is_the_vms_own_type(vm):
    assert out(vm, """
        print(type(1), type(True), type(1.5), type("s"), type([]), type(None))
        print(type(type), type(object), type(len), type(lambda: 0))
    """) == ("<class 'int'> <class 'bool'> <class 'float'> <class 'str'> <class 'list'> "
             "<class 'NoneType'>\n<class 'type'> <class 'type'> "
             "<class 'builtin_function_or_method'> <class 'function'>\n")


def test_is_compares_identity_and_eq_defaults_to_identity(vm):
    assert out(vm, """
        class A: pass
        a, b = A(), A()
        print(a == a, a == b, a != b, a is a, [] is [])
    """) == "True False True True False\n"


# ---------------------------------------------------------------- 3.2 the standard type hierarchy

def test_bool_is_a_subclass_of_int(vm):
    assert out(vm, "print(issubclass(bool, int), True + 1, isinstance(False, int))") == \
        "True 2 True\n"


def test_int_has_arbitrary_precision(vm):
    assert out(vm, "print(2 ** 100, -(10 ** 30) // 7)") == \
        "1267650600228229401496703205376 -142857142857142857142857142858\n"


def test_float_repr_is_shortest_round_trip(vm):
    assert out(vm, "print(0.1 + 0.2, 1e22, 1e16, 1.0, 2.5e-05)") == \
        "0.30000000000000004 1e+22 1e+16 1.0 2.5e-05\n"


def test_dict_preserves_insertion_order(vm):
    assert out(vm, "d = {'b': 1, 'a': 2}\nd['c'] = 3\nprint(list(d))") == "['b', 'a', 'c']\n"


def test_function_attributes(vm):
    assert out(vm, """
        def f(a, b=2):
            "doc"
        print(f.__name__, f.__qualname__, f.__defaults__, f.__doc__, f.__module__)
    """) == "f f (2,) doc __main__\n"


def test_bound_method_binds_instance(vm):
    assert out(vm, """
        class A:
            def m(self): return self
        a = A()
        print(a.m() is a, a.m.__self__ is a, a.m.__func__ is A.m)
    """) == "True True True\n"


# ---------------------------------------------------------------- 3.3.1 basic customization

def test_new_runs_before_init_and_init_only_for_instances_of_the_class(vm):
    assert out(vm, """
        class A:
            def __new__(cls, x):
                print("new", x)
                return super().__new__(cls) if x else 42
            def __init__(self, x):
                print("init", x)
        A(1)
        print(A(0))
    """) == "new 1\ninit 1\nnew 0\n42\n"


def test_init_must_return_none(vm):
    o = vm("""
        class A:
            def __init__(self): return 1
        A()
    """)
    assert o.status == 1 and o.exc_type == "TypeError"
    assert "__init__() should return None, not 'int'" in o.stderr


def test_defining_eq_sets_hash_to_none(vm):
    assert out(vm, """
        class A:
            def __eq__(self, o): return True
        print(A.__hash__)
        try:
            hash(A())
        except TypeError as e:
            print(e)
    """) == "None\nunhashable type: 'A'\n"


def test_ne_defaults_to_inverting_eq(vm):
    assert out(vm, """
        class A:
            def __eq__(self, o): return "yes"
        print(A() != 1)
    """) == "False\n"


def test_reflected_comparison_is_tried_when_first_returns_notimplemented(vm):
    assert out(vm, """
        class A:
            def __lt__(self, o): return NotImplemented
        class B:
            def __gt__(self, o): return "B.gt"
        print(A() < B())
    """) == "B.gt\n"


def test_comparison_with_subclass_tries_subclass_reflection_first(vm):
    assert out(vm, """
        class A:
            def __eq__(self, o): return "A"
        class B(A):
            def __eq__(self, o): return "B"
        print(A() == B(), B() == A())
    """) == "B B\n"


def test_ordering_without_methods_raises_typeerror(vm):
    assert out(vm, """
        class A: pass
        try:
            A() < A()
        except TypeError as e:
            print(e)
    """) == "'<' not supported between instances of 'A' and 'A'\n"


def test_bool_uses_bool_then_len_then_true(vm):
    assert out(vm, """
        class B:
            def __bool__(self): return False
        class L:
            def __len__(self): return 0
        class N: pass
        print(bool(B()), bool(L()), bool(N()))
    """) == "False False True\n"


def test_bool_must_return_bool(vm):
    assert out(vm, """
        class B:
            def __bool__(self): return 1
        try:
            bool(B())
        except TypeError as e:
            print(e)
    """) == "__bool__ should return bool, returned int\n"


def test_repr_and_str_and_format(vm):
    assert out(vm, """
        class A:
            def __repr__(self): return "R"
            def __format__(self, spec): return "F" + spec
        print(repr(A()), str(A()), f"{A():x}", format(A(), "y"), [A()])
    """) == "R R Fx Fy [R]\n"


# ---------------------------------------------------------------- 3.3.2 attribute access

def test_getattr_is_called_only_when_normal_lookup_fails(vm):
    assert out(vm, """
        class A:
            x = 1
            def __getattr__(self, n): return "ga:" + n
        a = A()
        print(a.x, a.y)
    """) == "1 ga:y\n"


def test_getattribute_intercepts_every_lookup(vm):
    assert out(vm, """
        class A:
            x = 1
            def __getattribute__(self, n): return "gab:" + n
        print(A().x)
    """) == "gab:x\n"


def test_setattr_and_delattr_hooks(vm):
    assert out(vm, """
        class A:
            def __setattr__(self, n, v): print("set", n, v)
            def __delattr__(self, n): print("del", n)
        a = A()
        a.q = 1
        del a.q
    """) == "set q 1\ndel q\n"


def test_data_descriptor_wins_over_instance_dict(vm):
    assert out(vm, """
        class D:
            def __get__(self, o, t): return "descr"
            def __set__(self, o, v): pass
        class A:
            d = D()
        a = A()
        a.__dict__["d"] = "inst"
        print(a.d)
    """) == "descr\n"


def test_instance_dict_wins_over_non_data_descriptor(vm):
    assert out(vm, """
        class D:
            def __get__(self, o, t): return "descr"
        class A:
            d = D()
        a = A()
        a.__dict__["d"] = "inst"
        print(a.d, A.d)
    """) == "inst descr\n"


def test_set_name_is_called_at_class_creation(vm):
    assert out(vm, """
        class D:
            def __set_name__(self, owner, name): print(owner.__name__, name)
        class A:
            x = D()
    """) == "A x\n"


def test_slots_prevent_new_attributes(vm):
    assert out(vm, """
        class A:
            __slots__ = ("x",)
        a = A()
        a.x = 1
        try:
            a.y = 2
        except AttributeError as e:
            print(e)
        print(a.x, hasattr(a, "__dict__"))
    """) == "'A' object has no attribute 'y'\n1 False\n"


def test_classmethod_and_staticmethod(vm):
    assert out(vm, """
        class A:
            @classmethod
            def c(cls): return cls.__name__
            @staticmethod
            def s(x): return x
        class B(A): pass
        print(B.c(), B().c(), A.s(3), A().s(4))
    """) == "B B 3 4\n"


# ---------------------------------------------------------------- 3.3.3 class creation

def test_mro_is_the_c3_linearization(vm):
    assert out(vm, """
        class O: pass
        class A(O): pass
        class B(O): pass
        class C(A, B): pass
        print([k.__name__ for k in C.__mro__])
    """) == "['C', 'A', 'B', 'O', 'object']\n"


def test_inconsistent_mro_is_a_typeerror(vm):
    o = vm("""
        class A: pass
        class B(A): pass
        class C(A, B): pass
    """)
    assert o.exc_type == "TypeError"
    assert "Cannot create a consistent method resolution" in o.stderr


def test_zero_argument_super_uses_class_cell_and_first_argument(vm):
    assert out(vm, """
        class A:
            def f(self): return "A"
        class B(A):
            def f(self): return "B" + super().f()
        class C(B):
            def f(self): return "C" + super().f()
        print(C().f())
    """) == "CBA\n"


def test_metaclass_prepare_new_and_call(vm):
    assert out(vm, """
        class M(type):
            @classmethod
            def __prepare__(m, name, bases): print("prepare", name); return {}
            def __new__(m, name, bases, ns): print("new", name); return super().__new__(m, name, bases, ns)
            def __call__(cls, *a): print("call"); return super().__call__(*a)
        class A(metaclass=M): pass
        A()
        print(type(A).__name__)
    """) == "prepare A\nnew A\ncall\nM\n"


def test_init_subclass_receives_class_keywords(vm):
    assert out(vm, """
        class Base:
            def __init_subclass__(cls, flag=None):
                print(cls.__name__, flag)
        class A(Base, flag=1): pass
    """) == "A 1\n"


def test_metaclass_conflict_is_a_typeerror(vm):
    o = vm("""
        class M1(type): pass
        class M2(type): pass
        class A(metaclass=M1): pass
        class B(metaclass=M2): pass
        class C(A, B): pass
    """)
    assert o.exc_type == "TypeError" and "metaclass conflict" in o.stderr


def test_user_subclass_of_builtin_keeps_builtin_behaviour(vm):
    assert out(vm, """
        class I(int):
            def __repr__(self): return "I(%d)" % self
        class L(list): pass
        print(I(3) + 1, repr(I(3)), L([1]) + [2], type(I(3) * 2).__name__, isinstance(L(), list))
    """) == "4 I(3) [1, 2] int True\n"


# ---------------------------------------------------------------- 3.3.6/7 callables and containers

def test_call_makes_instances_callable(vm):
    assert out(vm, """
        class A:
            def __call__(self, *a, **k): return (a, k)
        print(A()(1, x=2), callable(A()), callable(A))
    """) == "((1,), {'x': 2}) True True\n"


def test_iteration_falls_back_to_getitem_until_indexerror(vm):
    assert out(vm, """
        class S:
            def __getitem__(self, i):
                if i > 2: raise IndexError
                return i
        print(list(S()), 2 in S())
    """) == "[0, 1, 2] True\n"


def test_contains_falls_back_to_iteration(vm):
    assert out(vm, """
        class S:
            def __iter__(self): return iter([1, 2])
        print(2 in S(), 3 in S())
    """) == "True False\n"


def test_len_must_be_non_negative(vm):
    assert out(vm, """
        class S:
            def __len__(self): return -1
        try:
            len(S())
        except ValueError as e:
            print(e)
    """) == "__len__() should return >= 0\n"


def test_missing_is_called_by_dict_subclass_getitem(vm):
    assert out(vm, """
        class D(dict):
            def __missing__(self, k): return k * 2
        print(D()["ab"])
    """) == "abab\n"


# ---------------------------------------------------------------- 3.3.8 numeric types

def test_reflected_operand_is_tried_when_left_returns_notimplemented(vm):
    assert out(vm, """
        class A:
            def __radd__(self, o): return "radd %r" % (o,)
        print(1 + A(), "s" + A())
    """) == "radd 1 radd 's'\n"


def test_subclass_overriding_reflected_method_goes_first(vm):
    assert out(vm, """
        class A:
            def __add__(self, o): return "A.add"
            def __radd__(self, o): return "A.radd"
        class B(A):
            def __radd__(self, o): return "B.radd"
        class C(A): pass
        print(A() + B(), A() + C())
    """) == "B.radd A.add\n"


def test_inplace_falls_back_to_binary_operator(vm):
    assert out(vm, """
        class A:
            def __add__(self, o): return "add"
        class B:
            def __iadd__(self, o): return "iadd"
        a = A(); a += 1
        b = B(); b += 1
        l = [1]; alias = l; l += [2]
        print(a, b, alias)
    """) == "add iadd [1, 2]\n"


def test_unsupported_operands_raise_typeerror_naming_both_types(vm):
    assert out(vm, """
        class A: pass
        for f in (lambda: A() + 1, lambda: 1 - A(), lambda: A() @ A()):
            try: f()
            except TypeError as e: print(e)
    """) == ("unsupported operand type(s) for +: 'A' and 'int'\n"
             "unsupported operand type(s) for -: 'int' and 'A'\n"
             "unsupported operand type(s) for @: 'A' and 'A'\n")


def test_index_is_used_where_an_integer_is_needed(vm):
    assert out(vm, """
        class I:
            def __index__(self): return 1
        print([5, 6][I()], "xy" * I(), bin(I()))
    """) == "6 xy 0b1\n"


# ---------------------------------------------------------------- 3.3.9 with statement

def test_exit_receives_exception_and_true_suppresses(vm):
    assert out(vm, """
        class C:
            def __enter__(self): return "v"
            def __exit__(self, t, e, tb):
                print("exit", t.__name__ if t else None, e)
                return True
        with C() as v:
            print(v)
            raise ValueError("boom")
        print("after")
    """) == "v\nexit ValueError boom\nafter\n"


def test_with_exits_in_reverse_order(vm):
    assert out(vm, """
        class C:
            def __init__(self, n): self.n = n
            def __enter__(self): print("enter", self.n)
            def __exit__(self, *a): print("exit", self.n)
        with C(1), C(2):
            pass
    """) == "enter 1\nenter 2\nexit 2\nexit 1\n"


# ---------------------------------------------------------------- 4.2 naming and binding

def test_class_scope_is_not_visible_to_methods(vm):
    assert out(vm, """
        x = "global"
        class A:
            x = "class"
            def f(self): return x
        print(A().f())
    """) == "global\n"


def test_comprehension_has_its_own_scope(vm):
    assert out(vm, """
        i = "outer"
        l = [i for i in range(3)]
        print(i, l)
    """) == "outer [0, 1, 2]\n"


def test_unbound_local_error_message(vm):
    o = vm("""
        def f():
            print(x)
            x = 1
        f()
    """)
    assert o.exc_type == "UnboundLocalError"
    assert "cannot access local variable 'x'" in o.stderr


def test_private_names_are_mangled(vm):
    assert out(vm, """
        class A:
            __p = 1
            def get(self): return self.__p
        print(A().get(), hasattr(A, "_A__p"), hasattr(A, "__p"))
    """) == "1 True False\n"


# ---------------------------------------------------------------- 4.3 exceptions, 7/8 statements

def test_finally_runs_on_return_break_and_continue(vm):
    assert out(vm, """
        def f():
            for i in range(3):
                try:
                    if i == 0: continue
                    if i == 1: break
                finally:
                    print("fin", i)
            try:
                return "r"
            finally:
                print("fin ret")
        print(f())
    """) == "fin 0\nfin 1\nfin ret\nr\n"


def test_exception_context_and_cause(vm):
    assert out(vm, """
        try:
            try:
                raise KeyError(1)
            except KeyError:
                raise ValueError(2)
        except ValueError as e:
            print(repr(e.__context__), e.__cause__, e.__suppress_context__)
        try:
            raise ValueError(3) from None
        except ValueError as e:
            print(e.__cause__, e.__suppress_context__)
    """) == "KeyError(1) None False\nNone True\n"


def test_generator_send_throw_close_and_return_value(vm):
    assert out(vm, """
        def g():
            try:
                x = yield 1
                print("got", x)
                yield 2
            except KeyError:
                yield "caught"
            finally:
                print("cleanup")
            return "done"
        it = g()
        print(next(it), it.send("s"), it.throw(KeyError))
        try:
            next(it)
        except StopIteration as e:
            print("stop", e.value)
    """) == "got s\n1 2 caught\ncleanup\nstop done\n"


def test_yield_from_returns_the_subgenerator_value(vm):
    assert out(vm, """
        def sub():
            yield 1
            return "r"
        def g():
            v = yield from sub()
            yield v
        print(list(g()))
    """) == "[1, 'r']\n"


def test_unpacking_forms(vm):
    assert out(vm, """
        a, (b, *c), d = 1, (2, 3, 4), 5
        *e, f = "xyz"
        print(a, b, c, d, e, f)
        try:
            x, y = [1, 2, 3]
        except ValueError as err:
            print(err)
    """) == "1 2 [3, 4] 5 ['x', 'y'] z\ntoo many values to unpack (expected 2)\n"
