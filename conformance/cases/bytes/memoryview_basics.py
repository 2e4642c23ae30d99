# ---
# features: [bytes, builtins]
# dialect: py3
# description: memoryview slices share memory with a bytearray
# ---
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = ord("j")
print(ba)
sub = mv[1:3]
print(bytes(sub))
print(mv.nbytes, len(sub))
