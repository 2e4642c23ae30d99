"""The machine-readable report: the collected data as JSON (report.json beside the site)."""
from __future__ import annotations

import json
from pathlib import Path


def write_json(data: dict, path: Path) -> Path:
    path.write_text(json.dumps(data, indent=2, sort_keys=True, default=str) + "\n", encoding="utf-8")
    return path
