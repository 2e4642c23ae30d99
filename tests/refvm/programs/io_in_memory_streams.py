"""io.StringIO and io.BytesIO (refvm's own io: CPython's is C, and `import io`
reported `unsupported` on refvm until 2026-12-05), and shlex, which needed it."""
import io
import shlex
import sys

s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(list(s), s.readable(), s.writable(), s.seekable(), s.closed)
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
t = io.StringIO("a\nb\r\nc", newline=None)
print(repr(t.getvalue()), t.readlines())
u = io.StringIO("line one\nline two\n")
print(u.readlines(), repr(u.readline()))
with io.StringIO("x") as w:
    print(w.read())
print(w.closed)
for bad in (lambda: w.read(), lambda: io.StringIO(b"b"), lambda: io.StringIO().write(5),
            lambda: io.StringIO(newline="x"), lambda: io.StringIO("a").seek(1, 1)):
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
b = io.BytesIO(b"ab\ncd")
print(b.read(1), b.readline(), b.read(), b.tell(), b.getvalue())
b.seek(-1, 2)
print(b.read(), b.write(b"ZZ"), b.getvalue(), bytes(b.getbuffer()))
try:
    b.write("s")
except TypeError as e:
    print(e)
print(type(io.StringIO()).__name__, io.StringIO.__module__, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured", 1, 2)
sys.stdout = old
print(repr(buf.getvalue()))
print(shlex.split('a "b c" d\\ e'), shlex.quote("it's"), shlex.join(["x y", "z"]))
# (a codec lookup before anything imported encodings found nothing on refvm:
# CPython's registry imports it when it starts)
import codecs
import tokenize
print(codecs.lookup("latin-1").name,
      tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1\n").readline))
