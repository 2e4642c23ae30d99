# UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError: arguments
# checked, attributes (settable) and str() as CPython's.  Until 2026-12-05 refvm
# printed their args tuple and accepted any arguments.
for make in (lambda: UnicodeDecodeError('x'), lambda: UnicodeDecodeError('utf-8', b'ab\xff', 1, 3, 'bad'),
             lambda: UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'r'), lambda: UnicodeTranslateError('\U0001f600', 0, 1, 'r'),
             lambda: UnicodeEncodeError('ascii', 'abc', 0, 3, 'r'), lambda: UnicodeDecodeError('utf-8', 'notbytes', 0, 1, 'r')):
    try:
        e = make()
        print(str(e), e.args, e.start, e.end, e.reason, e.encoding, e.object)
    except TypeError as t:
        print("TypeError", t)
e = UnicodeDecodeError('utf-8', b'ab\xff', 1, 3, 'bad')
e.start = 2
print(e)
try:
    b'\xffab'.decode('utf-8')
except UnicodeDecodeError as u:
    print(u, u.start, u.end, u.object)
    u.end = 3
    print(u)
class MyErr(UnicodeDecodeError):
    pass
print(MyErr('latin', b'\x80', 0, 1, 'why'))
