"""fuzz: see docs/architecture.md."""
