"""Round 27, lane F: a fresh `ask --no-llm` imports only what it uses.

- The answer package's module-level patterns compile on first use (``lazy_re``): importing
  it compiles none of them, and a lazy pattern answers as the compiled one does.
- The LLM path's modules (``ollama``, ``prompt``, ``think``, ``deadline``) and the text
  renderer load only when used: `ask --no-llm --json` imports none of them.
- ``eval/bench_fresh.py`` interleaves the fresh searches and asks (ABBA), so a drift in
  the machine's load falls on both commands alike.
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT

from rag_glossary.lazy_re import lazy_regex

sys.path.insert(0, str(ROOT / "eval"))

import bench_fresh

CORPUS = ROOT / "corpus"

_IMPORT_PROBE = """
import json, sys
import rag_glossary.answer
from rag_glossary import lazy_re
compiled = sum(p._compiled is not None for p in lazy_re._CREATED)
print(json.dumps({"created": len(lazy_re._CREATED), "compiled": compiled}))
"""


def test_importing_the_answer_package_compiles_no_pattern() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout)
    assert seen["created"] >= 200 and seen["compiled"] == 0


def test_every_lazy_pattern_of_the_answer_package_compiles() -> None:
    import pkgutil

    import rag_glossary.answer
    from rag_glossary import lazy_re

    for module in pkgutil.iter_modules(rag_glossary.answer.__path__):
        __import__(f"rag_glossary.answer.{module.name}")
    assert lazy_re.compile_all() >= 200


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source = r"(?i)\b(kind|type)s?\s+of\s+(\w+)"
    lazy, eager = lazy_regex(source), re.compile(source)
    text = "Two Kinds of layers and one type of loss"
    assert repr(lazy) == f"lazy_regex({source!r})"
    assert lazy.search(text).group(2) == eager.search(text).group(2) == "layers"  # type: ignore[union-attr]
    assert lazy.sub(r"\2", text) == eager.sub(r"\2", text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.split(text) == eager.split(text)
    assert lazy.match(text) is None and lazy.fullmatch("type of x") is not None
    assert (lazy.pattern, lazy.flags, lazy.groups) == (eager.pattern, eager.flags, eager.groups)
    assert copy.deepcopy(lazy).search(text) is not None


def test_the_llm_names_of_the_answer_package_still_import() -> None:
    from rag_glossary.answer import MAX_QUESTION_CHARS, build_messages, check_ollama, ollama_chat

    assert MAX_QUESTION_CHARS > 0 and callable(build_messages)
    assert callable(check_ollama) and callable(ollama_chat)
    with pytest.raises(AttributeError):
        import rag_glossary.answer as answer

        _ = answer.no_such_name  # type: ignore[attr-defined]


_ASK_PROBE = """
import json, sys
from rag_glossary.cli import app
try:
    app(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
LLM = ("ollama", "prompt", "think", "deadline")
loaded = [m for m in (f"rag_glossary.answer.{n}" for n in LLM) if m in sys.modules]
loaded += [m for m in ("rag_glossary.render",) if m in sys.modules]
print(json.dumps({"code": code, "loaded": loaded}))
"""


def test_ask_without_the_llm_imports_no_llm_module(real_index: Path) -> None:
    env = {**os.environ, "RAG_GLOSSARY_INDEX": str(real_index), "RAG_GLOSSARY_CORPUS": str(CORPUS)}
    args = ["ask", "what is masked self-attention", "--no-llm", "--json"]
    proc = subprocess.run(
        [sys.executable, "-c", _ASK_PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    seen = json.loads(lines[-1])
    answer = json.loads("\n".join(lines[:-1]))
    assert seen == {"code": 0, "loaded": []}
    assert answer["backend"] == "extractive"
    assert answer["answer"].startswith("Masked Self-Attention: Attention can only be done")


def test_fresh_pairs_alternate_their_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[str] = []

    def fake_run(args: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
        name = args[-1]
        calls.append(name)
        return (2.0, 1.0) if name == "ask" else (1.0, 1.0)

    monkeypatch.setattr(bench_fresh, "_run", fake_run)
    monkeypatch.setattr(bench_fresh, "commands", lambda: (["search"], ["ask"]))
    result = bench_fresh.fresh_pairs(tmp_path, {}, pairs=4)
    # one warm-up pair, then S A, A S, S A, A S
    assert calls == [
        "search",
        "ask",
        "search",
        "ask",
        "ask",
        "search",
        "search",
        "ask",
        "ask",
        "search",
    ]
    assert result["ask_over_search_ratio"] == result["median_pair_ratio"] == 2.0
    calls.clear()
    old = bench_fresh.fresh_pairs(tmp_path, {}, pairs=2, interleaved=False)
    assert calls == ["search", "ask", "search", "search", "ask", "ask"]
    assert old["order"] == "searches then asks"
