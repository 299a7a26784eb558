"""Round 55 lane SL's dry run: the questions whose verdict changes when a language's
"opening name" (coverage/language_parts.py ``_opening_name``) is not read after a ``setting``
word (question_forms.json) nor when only words no entry writes follow it.

    PYTHONPATH=$PWD python eval/opening_dry_run.py --sets a,b --index-root indexes

Prints each question whose covered / key term / reason differs, the old reading first. The
indexes must be built (eval/measure.py builds them).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rag_glossary import Retriever, load_questions  # noqa: E402
from rag_glossary.coverage import language_parts  # noqa: E402
from rag_glossary.evaluation import discover_sets, eval_index_dir  # noqa: E402


def _reading(retriever: Retriever, question: str) -> tuple[bool, str | None, str]:
    result = retriever.retrieve(question)
    return result.covered, result.key_term, result.reason


def _old_rule(on: bool) -> None:
    """The opening name read as before round 55 (after any word, whatever words follow)."""
    language_parts.not_opening = (lambda *_: False) if on else _NOT_OPENING


_NOT_OPENING = language_parts.not_opening


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="")
    parser.add_argument("--index-root", type=Path, default=ROOT / "indexes")
    args = parser.parse_args(argv)
    wanted = set(filter(None, args.sets.split(",")))
    changed = 0
    for qset in discover_sets(ROOT / "eval"):
        if (wanted and qset.name not in wanted) or qset.corpus is None:
            continue
        retriever = Retriever.load(eval_index_dir(qset.corpus, args.index_root))
        for q in load_questions(qset.questions):
            _old_rule(True)
            old = _reading(retriever, q.question)
            _old_rule(False)
            new = _reading(retriever, q.question)
            if old != new:
                changed += 1
                print(f"{q.id} [{q.kind}] {q.question[:80]}\n   old {old}\n   new {new}")
    print(f"{changed} verdicts changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
