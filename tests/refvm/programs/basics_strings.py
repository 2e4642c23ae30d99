s = "Hello, World"
print(s.lower(), s.upper(), s.split(", "), s[::-1], s[1:5], s[-3:], len(s))
print(s.replace("l", "L"), s.find("o"), s.count("l"), s.startswith("He"), "x".join("abc"))
print("%s=%d (%.3f) %r %5s|%-5s|" % ("a", 42, 3.14159, "q", "r", "l"))
print("{} {} {:>6} {:<4}| {:^7} {:.1%}".format(1, "two", "r", "l", "c", 0.256))
name, val = "pi", 3.14159
print(f"{name}={val:.2f} {val!r} {name!s:>5} {[1, 2]} {val * 2:.3}")
print(repr("it's"), repr('say "hi"'), repr("a\nb\t\x00\u1234"), str(b"bytes"), b"ab" + b"c")
print("  strip  ".strip(), "a,b,,c".split(","), "line1\nline2".splitlines(), "abc".title())
print("abc" * 3, "b" in "abc", "abc" < "abd", sorted("hello"), "".join(reversed("abc")))
print(str(1.0), str(10 ** 20), str(1e20), str(1e16), str(1.5e-5), str(123456789.123))
print(bytes([65, 66]), bytearray(b"xy"), b"abc"[1], list(b"hi"), "é".encode("utf-8"))
print("a-b-c".partition("-"), "a-b-c".rsplit("-", 1), "Abc".swapcase(), "5".zfill(3))
t = "tab\there"
print(t.expandtabs(4), "x".center(5, "*"), "%c%%" % 65, "%x %o %e" % (255, 8, 12345.678))
