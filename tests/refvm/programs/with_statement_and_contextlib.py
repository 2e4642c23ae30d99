# The with statement and contextlib (refvm's own contextlib): enter/exit order,
# exit arguments, suppression by exit's result, exceptions from enter/exit,
# generator-based managers, ExitStack, suppress, closing, nullcontext, redirects.
import contextlib, io, sys
log = []
class CM:
    def __init__(self, name, suppress=False, raise_in_exit=None, raise_in_enter=None, ret=None):
        self.name, self.suppress, self.rx, self.re, self.ret = name, suppress, raise_in_exit, raise_in_enter, ret
    def __enter__(self):
        log.append(('enter', self.name))
        if self.re: raise self.re
        return self.ret if self.ret is not None else self.name
    def __exit__(self, t, v, tb):
        log.append(('exit', self.name, t.__name__ if t else None, str(v) if v else None, tb is not None))
        if self.rx: raise self.rx
        return self.suppress
def show(label, fn):
    del log[:]
    try:
        r = fn()
    except BaseException as e:
        print(label, '!', type(e).__name__, e, 'ctx=' + type(e.__context__).__name__ if e.__context__ else '', log)
    else:
        print(label, '=', repr(r), log)
def w1():
    with CM('a') as x, CM('b') as y:
        return (x, y)
def w2():
    with CM('a'), CM('b', suppress=True):
        raise ValueError('v')
    return 'after'
def w3():
    with CM('a', suppress=True), CM('b'):
        raise ValueError('v')
    return 'after'
def w4():
    with CM('a'), CM('b', raise_in_exit=KeyError('k')):
        raise ValueError('v')
def w5():
    with CM('a'), CM('b', raise_in_enter=KeyError('k')):
        return 'body'
def w6():
    with CM('a', suppress='yes'):
        1 / 0
    return 'suppressed by a truthy non-bool'
def w7():
    with CM('a', suppress=0):
        1 / 0
def w8():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                continue
            if i == 2:
                break
    return i
def w9():
    try:
        with CM('a'):
            return 'ret'
    finally:
        log.append('finally')
@contextlib.contextmanager
def gen(name, swallow=False):
    log.append(('gen enter', name))
    try:
        yield name
    except ValueError as e:
        log.append(('gen caught', str(e)))
        if not swallow:
            raise
    finally:
        log.append(('gen exit', name))
@contextlib.contextmanager
def no_yield():
    if False:
        yield
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
def g1():
    with gen('a') as x:
        return x
def g2():
    with gen('a', swallow=True):
        raise ValueError('v')
    return 'swallowed'
def g3():
    with gen('a'):
        raise ValueError('v')
def g4():
    with gen('a'):
        raise KeyError('k')
def g5():
    with no_yield():
        pass
def g6():
    with two_yields():
        pass
def g7():
    with gen('a') as x, gen('b') as y:
        raise StopIteration('s')
def e1():
    with contextlib.ExitStack() as st:
        st.enter_context(CM('a'))
        st.callback(lambda *a: log.append(('cb', a)), 1, 2)
        st.enter_context(CM('b', suppress=True))
        raise ValueError('v')
    return 'after'
def e2():
    with contextlib.ExitStack() as st:
        st.enter_context(CM('a', raise_in_exit=KeyError('k1')))
        st.enter_context(CM('b', raise_in_exit=KeyError('k2')))
    return 'no'
def e3():
    st = contextlib.ExitStack()
    st.enter_context(CM('a'))
    st2 = st.pop_all()
    st.close()
    log.append('moved')
    st2.close()
    return 'ok'
def e4():
    with contextlib.ExitStack() as st:
        st.enter_context(5)
def s1():
    with contextlib.suppress(KeyError, ValueError):
        {}['x']
    return 'suppressed'
def s2():
    with contextlib.suppress(KeyError):
        1 / 0
def c1():
    class R:
        def close(self): log.append('closed')
    with contextlib.closing(R()) as r:
        return type(r).__name__
def n1():
    with contextlib.nullcontext(5) as x:
        return x
def r1():
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print('hidden')
    return buf.getvalue()
def nested_exc():
    try:
        with CM('a', raise_in_exit=RuntimeError('exit')):
            raise ValueError('body')
    except RuntimeError as e:
        return (str(e), type(e.__context__).__name__, str(e.__context__))
def not_cm():
    with 5:
        pass
def only_enter():
    class E:
        def __enter__(self): return 1
    with E():
        pass
for f in (w1, w2, w3, w4, w5, w6, w7, w8, w9, g1, g2, g3, g4, g5, g6, g7, e1, e2, e3, e4, s1, s2, c1, n1, r1, nested_exc, not_cm, only_enter):
    show(f.__name__, f)
