"""refvm's object model: type objects and the builtin type families.

Values of builtin types are represented by host values where the host type has
exactly the VM semantics (int, float, str, tuple, list, dict, ...).  Their VM
type, reprs, errors and dispatch all come from VM type objects (see model.py).
"""
