"""Any interpreter command line, for engines that cannot be installed here.

    cmd:ipy=/opt/ipy/ipy                 named `ipy`, run as `/opt/ipy/ipy prog.py`
    cmd:ipy=/opt/ipy/ipy -X:Frames,level=2.7
"""
from __future__ import annotations

import shlex
import shutil

from engines.base import Engine, Identity
from engines.errors import UserError
from engines.spec import EngineSpec


class Command(Engine):
    name = "cmd"
    description = "any interpreter command line (cmd:NAME=COMMAND[,level=X.Y])"

    def __init__(self, spec: EngineSpec):
        opts = dict(spec.options)
        level = opts.pop("level", "3")
        if len(opts) != 1:
            raise UserError(f"engine spec {spec.label!r}: write cmd:NAME=COMMAND (e.g. cmd:ipy=/opt/ipy/ipy)")
        (self.cmd_name, command), = opts.items()
        self.command = shlex.split(command)
        if not self.command:
            raise UserError(f"engine spec {spec.label!r}: empty command")
        try:
            self.level = tuple(int(x) for x in level.split("."))
        except ValueError:
            raise UserError(f"engine spec {spec.label!r}: level must look like 2.7 or 3") from None
        self.options_allowed = tuple(spec.options)
        super().__init__(spec)
        self.label = self.cmd_name

    def probe(self) -> Identity:
        if not shutil.which(self.command[0]):
            return Identity(False, f"{self.command[0]} not found")
        return Identity(True, "", f"{self.cmd_name} ({' '.join(self.command)})", self.level)

    def spawn_argv(self, program_name):
        return self.command + [program_name]
