"""The helpers every generated program starts with: a stable formatter and a checksum.

`_fmt` prints every value the generator produces the same way on every
engine and both language levels: ints through '%d' (no `L` suffix on 2.7
longs), dicts and sets sorted, objects by type name only (never an address).
`_ck` folds a string into a 31-bit checksum with plain integer arithmetic.
"""

PRELUDE = '''\
_INTS = (type(0), type(2 ** 100))


def _fmt(v):
    t = type(v)
    if t is bool:
        return 'True' if v else 'False'
    if t in _INTS:
        return '%d' % v
    if t is float or t is str:
        return repr(v)
    if v is None:
        return 'None'
    if t is list:
        return '[' + ', '.join([_fmt(x) for x in v]) + ']'
    if t is tuple:
        return '(' + ', '.join([_fmt(x) for x in v]) + ')'
    if t is dict:
        return '{' + ', '.join(sorted([_fmt(k) + ': ' + _fmt(v[k]) for k in v])) + '}'
    if t is set or t is frozenset:
        return '{' + ', '.join(sorted([_fmt(x) for x in v])) + '}'
    return '<' + t.__name__ + '>'


def _ck(s):
    h = 7
    for c in s:
        h = (h * 131 + ord(c)) % 2147483647
    return h
'''
