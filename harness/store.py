"""The findings store: one SQLite file (WAL mode), schema versioned with migrations.

    campaigns  one row per `diverge fuzz` campaign: its config, engines, progress
    engines    the engines (label + version) each campaign ran
    programs   every program a campaign finished: seed, generator config, source hash,
               verdict; the unit of resume (a program is done once its row is committed)
    findings   one row per bucket signature: first/last seen, hit count, original and
               reduced program, each engine's outcome, classification, flaky rate
    hits       (finding, program) pairs: a program counts once per finding, ever
  migration 4: findings.explanation (JSON: what `diverge explain` found, the evidence
               behind findings.classification), an index on classification
  migration 2 (what reports draw history from):
    suite_runs     one row per recorded conformance run: when, its engines with versions
    suite_results  per run, case x engine: the final status (pass, xfail, regression, ...)
    bench_figures  one measured number: benchmark, engine, metric, value, unit, when
  migration 3 (semantic coverage, harness/semcov):
    coverage_runs      per measurement (suite, campaign, files): per-area figures, uncovered branches
    coverage_timeline  a campaign's refvm branches reached over time (sampled programs)
    mutants            sources of a guided campaign's mutated programs (not regenerable from a seed)

Crash safety: everything a program produced — its row, its hit, its finding's new
count — is written in one transaction (`record_program`), so a campaign killed with
SIGKILL at any moment loses at most the programs in flight, and re-running them on
--resume cannot count anything twice (unique keys, INSERT OR IGNORE).
"""
from __future__ import annotations

import json
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from engines.errors import UserError

SCHEMA_VERSION = 4

# Migration N takes the schema from version N-1 to N.  Never edit a released one: add one.
MIGRATIONS = {
    1: """
    CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        started REAL NOT NULL,
        finished REAL,
        config TEXT NOT NULL,            -- JSON: seed, count/time, dialect, features, engines, ...
        status TEXT NOT NULL DEFAULT 'running'
    );
    CREATE TABLE engines (
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
        label TEXT NOT NULL,
        version TEXT NOT NULL,
        PRIMARY KEY (campaign_id, label)
    );
    CREATE TABLE programs (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
        seed INTEGER NOT NULL,
        config TEXT NOT NULL,            -- JSON generator config
        source_hash TEXT NOT NULL,
        verdict TEXT NOT NULL,           -- agree | diverge | flaky | error
        wall REAL NOT NULL DEFAULT 0,
        finished REAL NOT NULL,
        UNIQUE (campaign_id, seed)
    );
    CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        signature TEXT NOT NULL UNIQUE,
        first_seen REAL NOT NULL,
        last_seen REAL NOT NULL,
        count INTEGER NOT NULL DEFAULT 0,
        engines TEXT NOT NULL,           -- JSON: the groups of engine labels that disagree
        dialect TEXT NOT NULL,
        features TEXT NOT NULL,          -- JSON list
        classification TEXT NOT NULL DEFAULT 'unclassified',
        flaky_rate REAL NOT NULL DEFAULT 1.0,   -- share of confirmation runs that reproduced it
        original TEXT NOT NULL,          -- the first program that hit it
        reduced TEXT,                    -- the minimized program (NULL until reduced)
        outcomes TEXT NOT NULL,          -- JSON: engine label -> outcome of the reduced (or original) program
        origin TEXT NOT NULL             -- JSON: seed + generator config of the original
    );
    CREATE TABLE hits (
        finding_id INTEGER NOT NULL REFERENCES findings(id),
        program_id INTEGER NOT NULL REFERENCES programs(id),
        PRIMARY KEY (finding_id, program_id)
    );
    CREATE INDEX programs_by_campaign ON programs (campaign_id);
    """,
    2: """
    CREATE TABLE suite_runs (
        id INTEGER PRIMARY KEY,
        started REAL NOT NULL,
        wall REAL NOT NULL DEFAULT 0,
        engines TEXT NOT NULL,           -- JSON: label -> version
        meta TEXT NOT NULL DEFAULT '{}'  -- JSON: cases, features, gate, where it came from
    );
    CREATE TABLE suite_results (
        run_id INTEGER NOT NULL REFERENCES suite_runs(id),
        case_id TEXT NOT NULL,
        engine TEXT NOT NULL,
        feature TEXT NOT NULL,
        status TEXT NOT NULL,            -- the final status (conformance.expectations)
        verdict TEXT,                    -- pass | fail | error, NULL when not run
        detail TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        wall REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (run_id, case_id, engine)
    );
    CREATE TABLE bench_figures (
        id INTEGER PRIMARY KEY,
        recorded REAL NOT NULL,
        benchmark TEXT NOT NULL,         -- e.g. throughput/worker
        engine TEXT NOT NULL,            -- label
        version TEXT NOT NULL DEFAULT '',
        metric TEXT NOT NULL,            -- e.g. programs/s
        value REAL NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        meta TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX bench_by_series ON bench_figures (benchmark, engine, metric, recorded);
    """,
    3: """
    CREATE TABLE coverage_runs (
        id INTEGER PRIMARY KEY,
        recorded REAL NOT NULL,
        kind TEXT NOT NULL,              -- suite | campaign | files
        campaign_id INTEGER REFERENCES campaigns(id),
        programs INTEGER NOT NULL,       -- programs measured
        summary TEXT NOT NULL,           -- JSON: per-area rows, total, uncovered counts (harness/semcov)
        uncovered TEXT NOT NULL,         -- JSON: the branches nothing reached
        meta TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE coverage_timeline (
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
        elapsed REAL NOT NULL,           -- seconds since the campaign started
        programs INTEGER NOT NULL,       -- programs the campaign had finished
        sampled INTEGER NOT NULL,        -- of which measured on refvm under coverage.py
        branches INTEGER NOT NULL,       -- refvm branches reached so far
        lines INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE mutants (
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
        seed INTEGER NOT NULL,           -- the program's seed in its campaign (programs.seed)
        parent INTEGER NOT NULL,         -- the seed of the corpus program it was mutated from
        source TEXT NOT NULL,
        PRIMARY KEY (campaign_id, seed)
    );
    CREATE INDEX coverage_timeline_by_campaign ON coverage_timeline (campaign_id, elapsed);
    """,
    4: """
    ALTER TABLE findings ADD COLUMN explanation TEXT;   -- JSON from `diverge explain` (harness/explain.py)
    CREATE INDEX findings_by_classification ON findings (classification);
    """,
}


@dataclass
class Finding:
    id: int
    signature: str
    count: int
    engines: list
    dialect: str
    features: list
    classification: str
    flaky_rate: float
    original: str
    reduced: str | None
    outcomes: dict
    origin: dict
    first_seen: float = 0.0
    last_seen: float = 0.0

    @property
    def program(self) -> str:
        return self.reduced or self.original

    def to_dict(self) -> dict:
        return {"id": self.id, "signature": self.signature, "count": self.count, "engines": self.engines,
                "dialect": self.dialect, "features": self.features, "classification": self.classification,
                "flaky_rate": self.flaky_rate, "reduced": self.reduced, "original": self.original,
                "outcomes": self.outcomes, "origin": self.origin,
                "first_seen": self.first_seen, "last_seen": self.last_seen}


@dataclass
class NewFinding:
    """What a campaign hands the store for one confirmed (or flaky) divergence."""
    signature: str
    engines: list
    dialect: str
    features: list
    original: str
    outcomes: dict
    origin: dict
    reduced: str | None = None
    flaky_rate: float = 1.0
    classification: str = "unclassified"
    extra: dict = field(default_factory=dict)


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise UserError(f"{self.path}: not a usable diverge database ({e})") from None

    # -- schema ---------------------------------------------------------------------------
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self):
        current = self.version()
        if current > SCHEMA_VERSION:
            raise UserError(f"{self.path}: database schema {current} is newer than this diverge ({SCHEMA_VERSION})")
        for v in range(current + 1, SCHEMA_VERSION + 1):
            with self.transaction() as db:
                if self.version() >= v:          # another process migrated meanwhile
                    continue
                for statement in MIGRATIONS[v].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {v}")

    @contextmanager
    def transaction(self):
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def close(self):
        self.db.close()

    # -- campaigns ------------------------------------------------------------------------
    def new_campaign(self, config: dict, engines: dict[str, str]) -> int:
        with self.transaction() as db:
            cid = db.execute("INSERT INTO campaigns (started, config) VALUES (?, ?)",
                             (time.time(), json.dumps(config, sort_keys=True))).lastrowid
            db.executemany("INSERT INTO engines VALUES (?, ?, ?)", [(cid, k, v) for k, v in engines.items()])
        return cid

    def last_campaign(self) -> tuple[int, dict] | None:
        row = self.db.execute("SELECT id, config FROM campaigns ORDER BY id DESC LIMIT 1").fetchone()
        return (row[0], json.loads(row[1])) if row else None

    def finish_campaign(self, cid: int, status: str = "finished"):
        with self.transaction() as db:
            db.execute("UPDATE campaigns SET finished = ?, status = ? WHERE id = ?", (time.time(), status, cid))

    def done_seeds(self, cid: int) -> set[int]:
        return {r[0] for r in self.db.execute("SELECT seed FROM programs WHERE campaign_id = ?", (cid,))}

    def campaign_stats(self, cid: int) -> dict:
        rows = self.db.execute("SELECT verdict, COUNT(*), SUM(wall) FROM programs WHERE campaign_id = ? GROUP BY verdict",
                               (cid,)).fetchall()
        return {v: n for v, n, _ in rows}

    def campaigns(self) -> list[dict]:
        out = []
        for cid, started, finished, config, status in self.db.execute(
                "SELECT id, started, finished, config, status FROM campaigns ORDER BY id"):
            out.append({"id": cid, "started": started, "finished": finished, "config": json.loads(config),
                        "status": status, "verdicts": self.campaign_stats(cid)})
        return out

    # -- programs and findings ------------------------------------------------------------
    def record_program(self, cid: int, seed: int, config: dict, source_hash: str, verdict: str, wall: float,
                       finding: NewFinding | None = None) -> int | None:
        """Atomically: mark the program done and, for a divergence, add its hit to its finding
        (creating the finding the first time its signature is seen).  Returns the finding id."""
        now = time.time()
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO programs (campaign_id, seed, config, source_hash, verdict, wall, finished)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (cid, seed, json.dumps(config, sort_keys=True), source_hash, verdict, wall, now))
            pid = db.execute("SELECT id FROM programs WHERE campaign_id = ? AND seed = ?", (cid, seed)).fetchone()[0]
            if finding is None:
                return None
            fid = self._finding_id(db, finding, now)
            if db.execute("INSERT OR IGNORE INTO hits VALUES (?, ?)", (fid, pid)).rowcount:
                db.execute("UPDATE findings SET count = count + 1, last_seen = ? WHERE id = ?", (now, fid))
            return fid

    def _finding_id(self, db, f: NewFinding, now: float) -> int:
        row = db.execute("SELECT id FROM findings WHERE signature = ?", (f.signature,)).fetchone()
        if row:
            return row[0]
        return db.execute(
            "INSERT INTO findings (signature, first_seen, last_seen, count, engines, dialect, features, classification,"
            " flaky_rate, original, reduced, outcomes, origin) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (f.signature, now, now, json.dumps(f.engines), f.dialect, json.dumps(f.features), f.classification,
             f.flaky_rate, f.original, f.reduced, json.dumps(f.outcomes), json.dumps(f.origin))).lastrowid

    def set_classification(self, fid: int, classification: str, explanation: dict | None = None):
        with self.transaction() as db:
            db.execute("UPDATE findings SET classification = ?, explanation = ? WHERE id = ?",
                       (classification, None if explanation is None else json.dumps(explanation), fid))

    def explanation(self, fid: int) -> dict | None:
        row = self.db.execute("SELECT explanation FROM findings WHERE id = ?", (fid,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def has_signature(self, signature: str) -> bool:
        return self.db.execute("SELECT 1 FROM findings WHERE signature = ?", (signature,)).fetchone() is not None

    def findings(self, classification: str | None = None) -> list[Finding]:
        if classification is None:
            rows = self.db.execute(_FINDING_SELECT + " ORDER BY count DESC, id")
        else:
            rows = self.db.execute(_FINDING_SELECT + " WHERE classification = ? ORDER BY count DESC, id",
                                   (classification,))
        return [self._finding(r) for r in rows]

    def finding(self, fid: int) -> Finding | None:
        row = self.db.execute(_FINDING_SELECT + " WHERE id = ?", (fid,)).fetchone()
        return self._finding(row) if row else None

    @staticmethod
    def _finding(r) -> Finding:
        return Finding(id=r[0], signature=r[1], count=r[2], engines=json.loads(r[3]), dialect=r[4],
                       features=json.loads(r[5]), classification=r[6], flaky_rate=r[7], original=r[8],
                       reduced=r[9], outcomes=json.loads(r[10]), origin=json.loads(r[11]),
                       first_seen=r[12], last_seen=r[13])


    # -- conformance runs and benchmark figures (migration 2) -----------------------------
    def record_suite_run(self, started: float, engines: dict[str, str], results: list[dict], wall: float = 0.0,
                         meta: dict | None = None) -> int:
        """One conformance run, atomically.  `results` are CaseResult dicts (case_id, engine,
        feature, status, and optionally verdict, detail, reason, wall)."""
        with self.transaction() as db:
            rid = db.execute("INSERT INTO suite_runs (started, wall, engines, meta) VALUES (?, ?, ?, ?)",
                             (started, wall, json.dumps(engines),          # the run's engine order
                              json.dumps(meta or {}, sort_keys=True))).lastrowid
            db.executemany(
                "INSERT OR REPLACE INTO suite_results (run_id, case_id, engine, feature, status, verdict, detail,"
                " reason, wall) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(rid, r["case_id"], r["engine"], r["feature"], r["status"], r.get("verdict"),
                  r.get("detail") or "", r.get("reason") or "", r.get("wall") or 0.0) for r in results])
        return rid

    def suite_runs(self) -> list[dict]:
        """Every recorded conformance run, oldest first (without its results)."""
        return [{"id": rid, "started": started, "wall": wall, "engines": json.loads(engines), "meta": json.loads(meta)}
                for rid, started, wall, engines, meta in self.db.execute(
                    "SELECT id, started, wall, engines, meta FROM suite_runs ORDER BY started, id")]

    def suite_results(self, run_id: int) -> list[dict]:
        cols = ("case_id", "engine", "feature", "status", "verdict", "detail", "reason", "wall")
        return [dict(zip(cols, r)) for r in self.db.execute(
            f"SELECT {', '.join(cols)} FROM suite_results WHERE run_id = ? ORDER BY engine, case_id", (run_id,))]

    def suite_counts(self) -> list[tuple]:
        """(run_id, engine, feature, status, verdict, n) over every recorded run: the matrix's history."""
        return self.db.execute("SELECT run_id, engine, feature, status, verdict, COUNT(*) FROM suite_results"
                               " GROUP BY run_id, engine, feature, status, verdict").fetchall()

    def campaign_engines(self, cid: int) -> dict[str, str]:
        return dict(self.db.execute("SELECT label, version FROM engines WHERE campaign_id = ? ORDER BY label", (cid,)))

    def campaign_span(self, cid: int) -> tuple[float | None, float | None, int]:
        """(first, last) time a program of campaign `cid` finished, and how many did."""
        return tuple(self.db.execute("SELECT MIN(finished), MAX(finished), COUNT(*) FROM programs"
                                     " WHERE campaign_id = ?", (cid,)).fetchone())

    def record_bench(self, figures: list[dict], recorded: float | None = None) -> int:
        """Benchmark figures (benchmark, engine, metric, value; optionally version, unit, meta,
        recorded), in one transaction.  Returns how many were written."""
        now = time.time() if recorded is None else recorded
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO bench_figures (recorded, benchmark, engine, version, metric, value, unit, meta)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(f.get("recorded", now), f["benchmark"], f["engine"], f.get("version") or "", f["metric"],
                  float(f["value"]), f.get("unit") or "", json.dumps(f.get("meta") or {}, sort_keys=True))
                 for f in figures])
        return len(figures)

    def bench_figures(self) -> list[dict]:
        cols = ("recorded", "benchmark", "engine", "version", "metric", "value", "unit", "meta")
        out = []
        for r in self.db.execute(f"SELECT {', '.join(cols)} FROM bench_figures ORDER BY recorded, id"):
            d = dict(zip(cols, r))
            d["meta"] = json.loads(d["meta"])
            out.append(d)
        return out


_FINDING_SELECT = ("SELECT id, signature, count, engines, dialect, features, classification, flaky_rate, original,"
                   " reduced, outcomes, origin, first_seen, last_seen FROM findings")
