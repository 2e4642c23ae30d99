"""The guided campaign's feedback: reached branches, corpus, weights, sampling."""
import json
import random
import sqlite3
import subprocess
import sys

from fuzz.campaign.guided import FACTOR_RANGE, WEIGHT_SCALE, CoverageSampler, Guide
from fuzz.generate.config import default_features

GEN = "def g():\n    yield 1\nprint(list(g()))\n"


def test_only_programs_that_reach_new_branches_join_the_corpus(server, table):
    guide = Guide(table, default_features(), server.baseline)
    arcs = server.run(GEN).arcs
    assert guide.observe(1, GEN, ("generators",), arcs) > 0
    assert guide.observe(2, GEN, ("generators",), arcs) == 0
    assert [e.seed for e in guide.corpus] == [1]


def test_weights_shift_toward_families_whose_programs_reach_new_branches(server, table):
    guide = Guide(table, default_features(), server.baseline)
    guide.observe(1, GEN, ("generators",), server.run(GEN).arcs)
    for i in range(5):                        # arithmetic programs that find nothing new
        guide.observe(10 + i, "print(1)\n", ("arithmetic",), {})
    w = guide.weights()
    base = default_features()
    assert w["generators"] / base["generators"] > w["arithmetic"] / base["arithmetic"]
    lo, hi = FACTOR_RANGE
    for f, weight in w.items():
        assert isinstance(weight, int) and weight >= 1
        assert weight <= round(base[f] * WEIGHT_SCALE * hi)
    assert "threads" not in w                 # families the user left off stay off


def test_parents_are_picked_by_energy_and_lose_it_when_used(server, table):
    guide = Guide(table, default_features(), server.baseline)
    guide.observe(1, GEN, ("generators",), server.run(GEN).arcs)
    e = guide.corpus[0]
    before = e.energy
    assert guide.pick_parent(random.Random(0)) is e
    assert e.energy < before


class _SlowServer:
    baseline: dict = {}

    def __init__(self):
        import threading
        self.release = threading.Event()

    def run(self, source, timeout):
        from harness.semcov.measure import Measured
        self.release.wait(30)
        return Measured(0, None, False, 0.0, {})

    def close(self):
        self.release.set()


def test_the_sampler_drops_samples_instead_of_making_the_campaign_wait(table):
    guide = Guide(table, default_features())
    server = _SlowServer()
    sampler = CoverageSampler(guide, server, 1.0)
    offered = [sampler.offer((i, lambda: "pass\n", ())) for i in range(10)]
    assert offered.count(False) >= 5 and sampler.dropped == offered.count(False)
    server.release.set()
    sampler.close()                           # drops what is still queued
    assert sampler.sampled + sampler.dropped == len(offered)      # each offer measured or dropped


def test_a_guided_campaign_records_its_coverage_timeline_and_mutant_sources(tmp_path):
    db = tmp_path / "g.db"
    p = subprocess.run([sys.executable, "-m", "diverge", "fuzz", "-e", "cpython,refvm", "--count", "10",
                        "--guided", "--coverage-sample", "1", "--no-reduce", "--confirm", "0", "--db", str(db)],
                       capture_output=True, text=True, timeout=240)
    assert p.returncode in (0, 1), p.stderr[-2000:]
    con = sqlite3.connect(db)
    points = con.execute("SELECT elapsed, programs, branches FROM coverage_timeline ORDER BY elapsed").fetchall()
    assert points and points[-1][1] == 10 and points[-1][2] > 0
    assert [b for _, _, b in points] == sorted(b for _, _, b in points)      # reached only grows
    kind, summary, meta = con.execute("SELECT kind, summary, meta FROM coverage_runs").fetchone()
    assert kind == "campaign" and json.loads(meta)["guided"] is True
    assert json.loads(summary)["total"]["branches_hit"] > 0
    for seed, parent, source in con.execute("SELECT seed, parent, source FROM mutants"):
        compile(source, "<mutant>", "exec")
        cfg = json.loads(con.execute("SELECT config FROM programs WHERE seed = ?", (seed,)).fetchone()[0])
        assert cfg["mutant_of"] == parent


class _BrokenServer:
    baseline: dict = {}

    def run(self, source, timeout):
        raise RuntimeError("the coverage server died (exit -9)")

    def close(self):
        pass


def test_a_failing_sampler_stops_measuring_says_why_and_never_blocks_the_campaign(table):
    sampler = CoverageSampler(Guide(table, default_features()), _BrokenServer(), 1.0)
    sampler.offer((1, lambda: "pass\n", ()))
    sampler.thread.join(30)
    assert "server died" in sampler.error
    assert [sampler.offer((i, lambda: "pass\n", ())) for i in range(10)] == [False] * 10
    sampler.close()
