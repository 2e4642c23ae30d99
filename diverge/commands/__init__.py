"""One module per `diverge` subcommand; each exposes `command` (a click command)."""
