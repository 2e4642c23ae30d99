"""Bucket signatures: thousands of hits of one cause become one finding with a count.

A signature has two parts:
  - the *divergence*: which engine groups disagree, and each group's status class and
    exception type (`cpython:ok | pypy:ok`, `cpython,pyodide:exception=TypeError | pypy:ok`);
  - the *shape* of the reduced program: its AST with every identifier and constant erased,
    hashed — so a finalizer-timing divergence and a generator-close divergence between the
    same engines are two findings.
"""
from __future__ import annotations

import ast
import hashlib

from harness.differential import Result


def divergence(result: Result) -> str:
    parts = []
    for group in sorted(result.verdict.groups):
        o = result.outcomes[group[0]]
        cls = o.status + (f"={o.exception}" if o.exception else "")
        parts.append(f"{','.join(sorted(group))}:{cls}")
    return " | ".join(parts)


def shape(source: str) -> str:
    """A hash of the program's AST without names and constants."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return "unparsable"
    kinds = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Load, ast.Store, ast.Del)):
            continue
        kinds.append(type(node).__name__)
    return hashlib.sha1(" ".join(kinds).encode()).hexdigest()[:12]


def signature(result: Result, reduced_source: str) -> str:
    return f"{divergence(result)} #{shape(reduced_source)}"
