"""A conformance case: one small program plus what it must do.

A case is `cases/<feature>/<name>.py` whose first lines are a comment block of
YAML front matter between two `# ---` lines (see docs/conformance.md).  Exactly
one expectation applies:

- reference (default): the outcome recorded from CPython 3.11 in `<name>.out`;
- `negative: {type: T}`: the program must end with an uncaught `T`;
- `outcomes:`: named acceptable outcomes for implementation-defined
  behaviour; anything else is forbidden.
"""
from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import yaml

from conformance.outfile import Expected, read_out

CASES_DIR = Path(__file__).resolve().parent / "cases"
DIALECTS = ("py3", "py2+3")
FENCE = "# ---"
KEYS = {"features", "dialect", "description", "negative", "outcomes", "timeout"}
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml: the suite parses ~10x faster


class CaseError(Exception):
    """A malformed case: the message is one line naming the file."""


@dataclass(frozen=True)
class Case:
    id: str                          # "<feature>/<name>", unique in the suite
    path: Path
    source: str
    features: tuple[str, ...]
    dialect: str
    description: str
    kind: str                        # reference | negative | outcomes
    expected: Optional[Expected] = None          # kind == reference
    negative: Optional[str] = None               # kind == negative: the exception type
    outcomes: dict = field(default_factory=dict)  # kind == outcomes: name -> Expected
    timeout: float = 10.0

    @property
    def feature(self) -> str:
        """The folder the case lives in: its primary feature."""
        return self.id.split("/", 1)[0]

    @property
    def out_path(self) -> Path:
        return self.path.with_suffix(".out")


def split_front_matter(text: str, where: str) -> dict:
    """The YAML mapping in the leading `# ---` ... `# ---` comment block."""
    lines = text.splitlines()
    start = 0
    while start < len(lines) and (lines[start].startswith("#!") or "coding" in lines[start]):
        start += 1
    if start >= len(lines) or lines[start].rstrip() != FENCE:
        raise CaseError(f"{where}: no front matter (the file must start with a '{FENCE}' comment line)")
    body = []
    for line in lines[start + 1:]:
        if line.rstrip() == FENCE:
            break
        if not line.startswith("#"):
            raise CaseError(f"{where}: front matter not closed by '{FENCE}' before code")
        body.append(line[2:] if line.startswith("# ") else line[1:])
    else:
        raise CaseError(f"{where}: front matter not closed by '{FENCE}'")
    try:
        data = yaml.load("\n".join(body) + "\n", Loader=_LOADER)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f" (front matter line {mark.line + 1})" if mark else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise CaseError(f"{where}: front matter is not valid YAML{at}: {problem}") from None
    if not isinstance(data, dict):
        raise CaseError(f"{where}: front matter must be a YAML mapping")
    return data


def parse_case(path: Path, root: Path = CASES_DIR, read_expected: bool = True) -> Case:
    path = Path(path)
    try:
        case_id = path.relative_to(root).with_suffix("").as_posix()
    except ValueError:
        case_id = path.with_suffix("").name
    where = str(path)
    source = path.read_text(encoding="utf-8")
    meta = split_front_matter(source, where)
    unknown = set(meta) - KEYS
    if unknown:
        raise CaseError(f"{where}: unknown front matter key(s): {', '.join(sorted(unknown))}")

    features = meta.get("features")
    if not isinstance(features, list) or not features or not all(isinstance(f, str) and f for f in features):
        raise CaseError(f"{where}: 'features' must be a non-empty list of names")
    dialect = meta.get("dialect")
    if dialect not in DIALECTS:
        raise CaseError(f"{where}: 'dialect' must be one of {', '.join(DIALECTS)} (got {dialect!r})")
    description = meta.get("description")
    if not isinstance(description, str) or not description.strip():
        raise CaseError(f"{where}: 'description' must be a non-empty string")
    timeout = meta.get("timeout", 10.0)
    if not isinstance(timeout, (int, float)) or timeout <= 0:
        raise CaseError(f"{where}: 'timeout' must be a positive number of seconds")
    if "negative" in meta and "outcomes" in meta:
        raise CaseError(f"{where}: 'negative' and 'outcomes' exclude each other")

    common = dict(id=case_id, path=path, source=source, features=tuple(features), dialect=dialect,
                  description=description.strip(), timeout=float(timeout))
    if "negative" in meta:
        neg = meta["negative"]
        if not isinstance(neg, dict) or not isinstance(neg.get("type"), str) or set(neg) != {"type"}:
            raise CaseError(f"{where}: 'negative' must be a mapping {{type: ExceptionName}}")
        return Case(kind="negative", negative=neg["type"], **common)
    if "outcomes" in meta:
        return Case(kind="outcomes", outcomes=_parse_outcomes(meta["outcomes"], where), **common)
    expected = None
    if read_expected:
        out = path.with_suffix(".out")
        if not out.exists():
            raise CaseError(f"{where}: no reference outcome {out.name}; run `diverge conform --regen`")
        expected = read_out(out)
    return Case(kind="reference", expected=expected, **common)


def _parse_outcomes(raw, where: str) -> dict:
    if not isinstance(raw, dict) or not raw:
        raise CaseError(f"{where}: 'outcomes' must map outcome names to the stdout each allows")
    result = {}
    for name, spec in raw.items():
        if isinstance(spec, str):
            result[str(name)] = Expected(stdout=spec)
        elif isinstance(spec, dict) and set(spec) <= {"stdout", "exception"} and isinstance(spec.get("stdout", ""), str):
            result[str(name)] = Expected(stdout=spec.get("stdout", ""), exception=spec.get("exception"),
                                         exit=1 if spec.get("exception") else 0)
        else:
            raise CaseError(f"{where}: outcome {name!r} must be a stdout string or {{stdout, exception}}")
    return result


def discover(root: Path = CASES_DIR, features=None, patterns=None, read_expected: bool = True) -> list[Case]:
    """All cases under `root`, sorted by id; optionally only those tagged with one of
    `features` (folder or front-matter tag) or whose id matches one of `patterns` (globs)."""
    root = Path(root)
    cases = []
    for path in sorted(root.glob("*/*.py")):
        case = parse_case(path, root, read_expected=read_expected)
        if features and not (set(features) & ({case.feature} | set(case.features))):
            continue
        if patterns and not any(fnmatch.fnmatchcase(case.id, p) for p in patterns):
            continue
        cases.append(case)
    return cases
