"""Mutations of corpus programs."""
import ast

from fuzz.campaign.mutate import mutate
from fuzz.generate import generate

LOOPY = "i = 0\nwhile i < 3:\n    i += 1\nfor k in range(5, 9):\n    print(k * 2 + i)\nx = 4\nprint(x - 1)\n"


def test_the_same_seed_gives_the_same_mutant():
    src = generate(3).source
    assert mutate(src, 11) == mutate(src, 11)
    assert mutate(src, 11) != mutate(src, 12)


def test_mutants_compile_and_differ_from_their_parent():
    src = generate(4).source
    for seed in range(30):
        got = mutate(src, seed)
        assert got is not None
        out, edits = got
        compile(out, "<m>", "exec")
        assert ast.dump(ast.parse(out)) != ast.dump(ast.parse(src)), edits


def test_while_tests_and_range_arguments_are_never_edited():
    for seed in range(200):
        got = mutate(LOOPY, seed)
        if got is None:
            continue
        tree = ast.parse(got[0])
        whiles = [n for n in ast.walk(tree) if isinstance(n, ast.While)]
        ranges = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "range"]
        assert [ast.unparse(w.test) for w in whiles] == ["i < 3"]
        assert [ast.unparse(r) for r in ranges] == ["range(5, 9)"]


def test_a_program_that_does_not_parse_is_not_mutated():
    assert mutate("def (:\n", 1) is None
