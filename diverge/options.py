"""Options and helpers shared by several commands."""
from __future__ import annotations

import click

from engines import default_engines, resolve_many
from engines.base import Engine
from engines.errors import UserError


def engines_option(default_help="every available engine"):
    return click.option("--engines", "-e", "engines_spec", metavar="SPEC,...", default=None,
                        help=f"engines to use, e.g. cpython,pypy,refvm:gc=tracing (default: {default_help})")


def select_engines(spec: str | None) -> list[Engine]:
    """Engines named by the user (each must be available), or all available ones."""
    if spec:
        engines = resolve_many(spec)
        for e in engines:
            e.require()
        return engines
    engines = [e for e in default_engines() if e.available()[0]]
    if not engines:
        raise UserError("no engine is available; run `diverge engines` to see why")
    return engines
