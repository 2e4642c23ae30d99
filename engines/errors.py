"""Errors a user can cause (bad spec, missing binary, unreadable file).

The command line shows these as one line and exits with status 2; anything
else escaping is a bug of ours and keeps its traceback.
"""


class UserError(Exception):
    """A problem with the user's input or set-up; shown as one line, exit status 2."""


class EngineUnavailable(UserError):
    """An engine was asked for but is not installed or cannot run here."""
