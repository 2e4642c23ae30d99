"""Campaigns: findings are confirmed, bucketed and stored; a campaign killed with SIGKILL at
any moment resumes without losing or duplicating a finding; Dask runs the same campaign."""
import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from fuzz.campaign.runner import Campaign, CampaignConfig
from fuzz.generate.config import parse_features
from harness.store import Store

ROOT = Path(__file__).resolve().parents[3]
FINALIZERS = parse_features("+finalizers")


def config(**kw):
    base = dict(engines="cpython,pypy", seed=5, count=16, features=FINALIZERS, reduce=False, confirm_runs=1,
                timeout=10)
    base.update(kw)
    return CampaignConfig(**base)


def findings_of(store):
    return {f.signature: f.count for f in store.findings()}


@pytest.fixture
def engines(engine_factory):
    engine_factory("cpython"), engine_factory("pypy")


def test_a_finalizer_campaign_stores_confirmed_bucketed_findings(engines, tmp_path):
    store = Store(tmp_path / "d.db")
    progress = Campaign(store, config()).run()
    assert progress.programs == 16
    assert progress.diverging >= 1 and progress.confirmed == progress.diverging
    found = store.findings()
    assert found and sum(f.count for f in found) == progress.diverging
    for f in found:
        assert f.signature.startswith("cpython:ok | pypy:ok #") or " | " in f.signature
        assert f.flaky_rate == 1.0 and f.origin["seed"] // 10 ** 9 == 5
        assert set(f.outcomes) == {"cpython", "pypy"}
    assert store.integrity_ok()


def test_resuming_a_finished_campaign_adds_nothing(engines, tmp_path):
    store = Store(tmp_path / "d.db")
    c = Campaign(store, config(count=8))
    c.run()
    before = findings_of(store)
    again = Campaign(store, config(count=8), campaign_id=c.id).run()
    assert findings_of(store) == before
    assert again.programs == 8      # all already done


def _fuzz(db, *extra):
    return [sys.executable, "-m", "diverge", "fuzz", "--engines", "cpython,pypy", "--seed", "5", "--count", "24",
            "--features", "+finalizers", "--no-reduce", "--confirm", "1", "--db", str(db), *extra]


@pytest.mark.slow
def test_a_campaign_killed_at_random_moments_resumes_to_the_same_findings(engines, tmp_path):
    reference = tmp_path / "ref.db"
    subprocess.run(_fuzz(reference), check=True, capture_output=True, cwd=ROOT)
    expected = findings_of(Store(reference))
    assert expected

    db = tmp_path / "killed.db"
    rng = random.Random(1234)
    args = _fuzz(db)
    for _ in range(12):
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
                                start_new_session=True)
        try:
            proc.wait(timeout=rng.uniform(0.5, 3.0))
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)       # the campaign and its workers, at once
            proc.wait()
        if proc.returncode == 0:
            break
        args = _fuzz(db, "--resume")
    else:
        subprocess.run(_fuzz(db, "--resume"), check=True, capture_output=True, cwd=ROOT)
    store = Store(db)
    assert store.integrity_ok()
    assert findings_of(store) == expected
    cid = store.last_campaign()[0]
    assert len(store.done_seeds(cid)) == 24


@pytest.mark.slow
def test_a_dask_local_cluster_runs_the_same_campaign(engines, tmp_path):
    distributed = pytest.importorskip("distributed")
    local = Store(tmp_path / "local.db")
    Campaign(local, config(count=12)).run()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        remote = Store(tmp_path / "dask.db")
        progress = Campaign(remote, config(count=12, cluster=cluster.scheduler_address)).run()
    assert progress.programs == 12
    assert findings_of(remote) == findings_of(local)


def test_findings_list_json_and_export_and_repro(engines, tmp_path):
    db = tmp_path / "d.db"
    Campaign(Store(db), config(count=8)).run()
    run = lambda *a: subprocess.run([sys.executable, "-m", "diverge", *a], capture_output=True, text=True, cwd=ROOT)
    p = run("findings", "list", "--db", str(db), "--json")
    data = json.loads(p.stdout)
    assert data, p.stderr
    for f in data:
        assert {"id", "signature", "count", "engines", "classification", "reduced"} <= set(f)
    fid = str(data[0]["id"])
    folder = tmp_path / "repro"
    assert run("findings", "export", fid, str(folder), "--db", str(db)).returncode == 0
    assert {"program.py", "README.md", "finding.json", "outcomes"} <= {p.name for p in folder.iterdir()}
    assert "diverge repro" in (folder / "README.md").read_text()
    assert run("repro", str(folder)).returncode == 1            # still diverges
    assert run("repro", fid, "--db", str(db)).returncode == 1


def test_bad_databases_and_ids_are_one_line_errors(tmp_path):
    run = lambda *a: subprocess.run([sys.executable, "-m", "diverge", *a], capture_output=True, text=True, cwd=ROOT)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 100)
    for args in (["findings", "list", "--db", str(bad)], ["findings", "list", "--db", str(tmp_path / "none.db")],
                 ["fuzz", "--db", str(tmp_path / "x.db")], ["fuzz", "--time", "soon", "--db", str(tmp_path / "y.db")]):
        p = run(*args)
        assert p.returncode == 2, args
        assert "Traceback" not in p.stderr


def test_a_dialect_leaves_out_the_engines_below_its_level(tmp_path):
    run = lambda *a: subprocess.run([sys.executable, "-m", "diverge", *a], capture_output=True, text=True, cwd=ROOT)
    older = "cmd:old=%s,level=3.9" % sys.executable     # (a 3.9 engine by its declared level)
    p = run("fuzz", "--engines", "cpython," + older, "--dialect", "py310", "--count", "2",
            "--db", str(tmp_path / "a.db"))
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert "old (language level 3.9) cannot run py310 programs: left out" in p.stderr
    assert "fewer than two of the engines" in p.stderr.splitlines()[-1]
    p = run("fuzz", "--engines", "cpython,refvm," + older, "--dialect", "py310", "--count", "3", "--seed", "1",
            "--no-reduce", "--db", str(tmp_path / "b.db"))
    assert p.returncode == 0, p.stderr
    assert "left out" in p.stderr and "campaign 1: 3 programs, 0 findings" in p.stdout
