"""The `diverge` command group.

Each command lives in its own module under `diverge/commands/` and exposes a
click command named `command`; this module only collects them.  Errors a user
can cause (engines.errors.UserError, click.UsageError) are one line and exit
status 2; anything else is a bug of ours and keeps its traceback.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys

import click

from diverge import __version__, commands
from engines.errors import UserError


class DivergeGroup(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except UserError as e:
            click.echo(f"diverge: {e}", err=True)
            ctx.exit(2)


@click.group(cls=DivergeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diverge")
def cli():
    """Differential conformance and stress testing for Python implementations."""


def _load_commands():
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"diverge.commands.{info.name}")
        cmd = getattr(module, "command", None)
        if cmd is not None:
            cli.add_command(cmd)


_load_commands()


def main():
    try:
        cli.main(prog_name="diverge", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("diverge: interrupted", err=True)
        sys.exit(130)
