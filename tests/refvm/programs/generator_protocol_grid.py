# The generator protocol: send, throw (every argument form), close, yield from
# delegation of each, return values, gi_* attributes.  (throw() took an
# instance with a value and any third argument, and gi_code/gi_yieldfrom were
# missing, until 2026-12-05.)
# Generator protocol: send, throw, close, yield from, return values, states.
import sys
log = []
def show(label, fn):
    del log[:]
    try:
        r = fn()
        print(label, '=', repr(r), log)
    except BaseException as e:
        print(label, '!', type(e).__name__, str(e)[:70], log)

def simple():
    try:
        x = yield 1
        log.append(('got', x))
        y = yield 2
        log.append(('got', y))
        return 'ret'
    finally:
        log.append('finally')

def ignoring():
    while True:
        try:
            yield 1
        except GeneratorExit:
            log.append('ignored')

def catching():
    try:
        yield 1
    except ValueError as e:
        log.append(('caught', repr(e)))
        yield 'after'
    yield 'end'

def delegate(g):
    r = yield from g
    log.append(('delegate got', r))
    return r

def sub():
    try:
        a = yield 'a'
        log.append(('sub a', a))
        b = yield 'b'
        return ('sub', a, b)
    except KeyError as e:
        log.append(('sub caught', repr(e)))
        return 'from-except'
    finally:
        log.append('sub finally')

class Thrower:
    def __iter__(self): return self
    def __next__(self): return 'T'
    def throw(self, *a): log.append(('Thrower.throw', len(a))); return 'thrown'
    def close(self): log.append('Thrower.close')

def step(g, *ops):
    out = []
    for op in ops:
        kind, arg = op[0], op[1:]
        try:
            if kind == 'next': out.append(next(g))
            elif kind == 'send': out.append(g.send(*arg))
            elif kind == 'throw': out.append(g.throw(*arg))
            elif kind == 'close': out.append(g.close())
            elif kind == 'state':
                out.append((g.gi_running, g.gi_frame is None, getattr(g, 'gi_suspended', None)))
        except StopIteration as e:
            out.append(('StopIteration', e.value))
        except BaseException as e:
            out.append((type(e).__name__, str(e)[:50]))
    return out

cases = {
    'send to fresh': lambda: step(simple(), ('send', 5)),
    'send None to fresh': lambda: step(simple(), ('send', None), ('send', 'x'), ('send', 'y')),
    'next then sends': lambda: step(simple(), ('next',), ('send', 'x'), ('next',), ('next',)),
    'close fresh': lambda: step(simple(), ('close',), ('next',)),
    'close started': lambda: step(simple(), ('next',), ('close',), ('close',), ('next',)),
    'close ignoring': lambda: step(ignoring(), ('next',), ('close',)),
    'throw fresh': lambda: step(simple(), ('throw', ValueError('v')), ('next',)),
    'throw type': lambda: step(catching(), ('next',), ('throw', ValueError), ('next',)),
    'throw type value': lambda: step(catching(), ('next',), ('throw', ValueError, 'msg'), ('next',)),
    'throw type instance': lambda: step(catching(), ('next',), ('throw', ValueError, ValueError('i')),),
    'throw instance + value': lambda: step(catching(), ('next',), ('throw', ValueError('i'), 'x')),
    'throw non-exception': lambda: step(catching(), ('next',), ('throw', 5)),
    'throw bad tb': lambda: step(catching(), ('next',), ('throw', ValueError, None, 5)),
    'throw StopIteration': lambda: step(catching(), ('next',), ('throw', StopIteration)),
    'throw GeneratorExit': lambda: step(simple(), ('next',), ('throw', GeneratorExit)),
    'throw after end': lambda: step(simple(), ('next',), ('next',), ('next',), ('throw', KeyError('k'))),
    'yield from send': lambda: step(delegate(sub()), ('next',), ('send', 1), ('send', 2)),
    'yield from throw handled': lambda: step(delegate(sub()), ('next',), ('throw', KeyError('k'))),
    'yield from throw unhandled': lambda: step(delegate(sub()), ('next',), ('throw', ValueError('v'))),
    'yield from close': lambda: step(delegate(sub()), ('next',), ('close',)),
    'yield from iterator throw': lambda: step(delegate(Thrower()), ('next',), ('throw', ValueError('v')), ('close',)),
    'yield from list send': lambda: step(delegate(iter([1, 2])), ('next',), ('send', 'x')),
    'yield from list throw': lambda: step(delegate(iter([1, 2])), ('next',), ('throw', ValueError('v'))),
    'yield from none': lambda: step(delegate(5), ('next',)),
    'states': lambda: step(simple(), ('state',), ('next',), ('state',), ('close',), ('state',)),
    'running': lambda: (lambda g: step(g, ('next',)))(self_ref()),
    'return value': lambda: step(delegate(iter(())), ('next',)),
    'genexpr send': lambda: step((x for x in range(3)), ('send', 1), ('next',), ('send', 2)),
    'genexpr throw': lambda: step((x for x in range(3)), ('next',), ('throw', KeyError('k')), ('next',)),
    'stopiteration inside': lambda: step((lambda: (yield next(iter(()))))(), ('next',)),
    'return in finally': lambda: step(ret_in_finally(), ('next',), ('close',)),
    'yield in finally close': lambda: step(yield_in_finally(), ('next',), ('close',)),
}

def self_ref():
    g = None
    def inner():
        yield g.gi_running
        yield next(g)
    g = inner()
    return g

def ret_in_finally():
    try:
        yield 1
    finally:
        return 'swallowed'

def yield_in_finally():
    try:
        yield 1
    finally:
        yield 2

for name, fn in cases.items():
    show(name, fn)
g = simple()
print(g.gi_code.co_name, g.__name__, g.__qualname__, type(g.gi_frame).__name__, g.gi_yieldfrom)
d = delegate(sub()); next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__)
class It:
    def __init__(self): self.calls = []
    def __iter__(self): return self
    def __next__(self): return 'n'
    def throw(self, *args):
        self.calls.append(tuple(a if not isinstance(a, BaseException) else repr(a) for a in args))
        return 'handled'
def outer(it):
    yield from it
def outer2(it):
    yield from outer(it)
for form in ("(ValueError('i'),)", "(ValueError,)", "(ValueError, 'x')", "(ValueError, None, None)", "(5,)", "(ValueError, ValueError('z'))"):
    for wrap in (outer, outer2):
        it = It()
        g = wrap(it)
        next(g)
        try:
            r = g.throw(*eval(form))
        except Exception as e:
