import random, string, json, struct, re
from collections.abc import Iterable, Mapping, Sequence, Callable
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice([1, 2, 3]))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 3))
print(string.ascii_lowercase, json.dumps({"a": [1, 2.5, None, True]}), json.loads('{"x": [1, 2]}'))
print(struct.pack("<i", 5), struct.unpack("<i", b"\x05\x00\x00\x00"))
m = re.match(r"(\w+) (\d+)", "abc 123 def")
print(m.group(1), m.groups(), m.span(), re.findall(r"\d", "a1b2"), re.sub("a", "b", "aaa"), type(m).__name__)
print([x.group() for x in re.finditer(r"\w", "ab")])
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance((), Sequence), isinstance(len, Callable), isinstance(5, Iterable))
class It:
    def __iter__(self): return iter([])
print(isinstance(It(), Iterable), issubclass(It, Iterable))
