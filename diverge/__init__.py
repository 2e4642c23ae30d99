"""diverge: the command line. It assembles the other packages and holds no logic of its own."""
__version__ = "0.1.0"
