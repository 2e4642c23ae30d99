# A builtin type's method called as the descriptor itself checks its first
# argument's type (W_MethodDescr.call_unbound), and so does a trace's call of
# it (the call_unbound op; the class guards on the arguments a trace records
# send these loops' other-typed values to the interpreter already).
update = dict.update
append = list.append
upper = str.upper


def fill(targets):
    out = []
    for i, t in enumerate(targets):
        try:
            update(t, {"k": i})
            append(out, upper("x%d" % i))
        except TypeError as e:
            out.append("TypeError: %s" % e)
    return out


def shout(words):
    got = []
    for w in words:
        try:
            got.append(upper(w))
        except TypeError as e:
            got.append(str(e))
    return got


targets = [{}, {}, {}, {}, {}, {}, {}, {}, None, {}] * 3
out = fill(targets)
print(len(out), out[8], out[-1], targets[0])
got = shout(["a", "b", 3, "d"] * 4 + ["e"] * 20 + [None])
print(got[:4], got[-1], len(got))
