"""Round 52 lane C: CI time.

mypy does not follow packages rag_glossary never imports (pyproject's follow_imports = "skip"
override): a cold run analysed ~3,000 modules of transformers, langsmith and sqlalchemy for
nothing. Skipping a package rag_glossary DID import would quietly make its types Any, so the
override may only name packages no rag_glossary module imports.
"""

from __future__ import annotations

import ast
import tomllib

from helpers import ROOT


def _skipped() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names: set[str] = set()
    for override in config["tool"]["mypy"].get("overrides", []):
        if override.get("follow_imports") == "skip":
            modules = override["module"]
            names.update([modules] if isinstance(modules, str) else modules)
    return {name.removesuffix(".*") for name in names}


def _imported_tops() -> set[str]:
    tops: set[str] = set()
    for path in (ROOT / "rag_glossary").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                tops.add(node.module.split(".")[0])
    return tops


def test_mypy_skips_only_packages_rag_glossary_never_imports() -> None:
    skipped = _skipped()
    assert {"transformers", "langsmith", "sqlalchemy"} <= skipped
    imported = _imported_tops()
    assert {"numpy", "sentence_transformers", "torch", "langchain_core"} <= imported  # the scan
    assert not skipped & imported
