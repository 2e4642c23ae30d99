"""engines: Program, Outcome, the Engine protocol, the sandbox, persistent workers,
and one module per engine.  See docs/architecture.md and docs/adding-an-engine.md."""
from engines.errors import EngineUnavailable, UserError
from engines.limits import Limits
from engines.outcome import Outcome
from engines.program import Program
from engines.registry import ENGINES, default_engines, resolve, resolve_many

__all__ = ["ENGINES", "EngineUnavailable", "Limits", "Outcome", "Program", "UserError",
           "default_engines", "resolve", "resolve_many"]
