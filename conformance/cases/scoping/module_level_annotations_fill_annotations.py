# ---
# features: [scoping, classes]
# dialect: py3
# description: an annotated assignment at module level, also inside if/for/try blocks, records its annotation in the module's __annotations__ (made before the first statement); a bare annotation binds nothing; a class body's nested blocks count too; a function's local annotations are not recorded
# ---
count: int = 3
label: "str"
if count:
    nested: list = [count]
for i in range(1):
    looped: dict = {}
try:
    tried: float = 1.5
except ValueError:
    handled: int = 0
print(__annotations__)
print("label" in globals(), "handled" in globals(), nested, looped, tried)


class C:
    if True:
        inner: int = 1
    plain: str


def f():
    local: int = 1
    return local


print(C.__annotations__, C.inner, f(), f.__annotations__)
ns = {}
exec("a: int = 1\nb: str\n", ns)
print(ns["__annotations__"], "b" in ns)
