import sqlite3

import pytest

from engines.errors import UserError
from harness.store import SCHEMA_VERSION, NewFinding, Store


def finding(sig="a:ok | b:ok #123"):
    return NewFinding(signature=sig, engines=[["a"], ["b"]], dialect="py3", features=["finalizers"],
                      original="print(1)\n", outcomes={"a": {"status": "ok"}}, origin={"seed": 7})


def test_a_new_store_is_at_the_current_schema_in_wal_mode(tmp_path):
    s = Store(tmp_path / "d.db")
    assert s.version() == SCHEMA_VERSION
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.integrity_ok()


def test_a_program_counts_once_per_finding_however_often_it_is_recorded(tmp_path):
    s = Store(tmp_path / "d.db")
    cid = s.new_campaign({"seed": 1}, {"a": "1", "b": "2"})
    f1 = s.record_program(cid, 10, {}, "h", "diverge", 0.1, finding())
    f2 = s.record_program(cid, 10, {}, "h", "diverge", 0.1, finding())    # a resumed re-run
    s.record_program(cid, 11, {}, "h", "diverge", 0.1, finding())
    s.record_program(cid, 12, {}, "h", "agree", 0.1)
    assert f1 == f2
    [f] = s.findings()
    assert f.count == 2 and f.origin == {"seed": 7}
    assert s.done_seeds(cid) == {10, 11, 12}


def test_distinct_signatures_are_distinct_findings(tmp_path):
    s = Store(tmp_path / "d.db")
    cid = s.new_campaign({}, {})
    s.record_program(cid, 1, {}, "h", "diverge", 0, finding("x #1"))
    s.record_program(cid, 2, {}, "h", "diverge", 0, finding("x #2"))
    assert sorted(f.signature for f in s.findings()) == ["x #1", "x #2"]


def test_reopening_keeps_everything(tmp_path):
    s = Store(tmp_path / "d.db")
    cid = s.new_campaign({"seed": 3}, {})
    s.record_program(cid, 1, {}, "h", "diverge", 0, finding())
    s.close()
    s = Store(tmp_path / "d.db")
    assert s.last_campaign() == (cid, {"seed": 3}) and s.findings()[0].count == 1


def test_a_file_that_is_not_a_database_is_a_user_error(tmp_path):
    bad = tmp_path / "d.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(UserError, match="not a usable diverge database"):
        Store(bad)


def test_a_database_from_a_newer_diverge_is_refused(tmp_path):
    path = tmp_path / "d.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(UserError, match="newer"):
        Store(path)
