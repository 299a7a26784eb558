"""The question sets of the evaluation: the shipped ones and those of ``eval/corpora``.

Each set is a question file and the corpus it asks about; a corpus set's role (design
or held-out) is read from ``eval/corpora/README.md``. Scoring them is evaluation.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class QuestionSet:
    """A question file and the corpus it asks about (None: the shipped corpus)."""

    name: str
    questions: Path
    corpus: Path | None = None
    role: str = ""  # "design" or "held-out", from eval/corpora/README.md


# A ROLE cell may tell its history ("held-out in round 1, design in round 2"): the last counts.
_ROLE_ROW = re.compile(
    r"^\|\s*`([^`]+)`.*\|\s*([^|]*\b(?:design|held-out)\b[^|]*?)\s*\|\s*$", re.MULTILINE
)
_ROLE = re.compile(r"\b(?:design|held-out)\b")


def discover_sets(eval_dir: Path) -> list[QuestionSet]:
    """The shipped sets, then every ``corpora/NAME/questions*.jsonl`` with its role."""
    sets = [
        QuestionSet(path.stem, path, None, role)
        for path, role in (
            (eval_dir / "questions.jsonl", "design"),
            (eval_dir / "holdout.jsonl", "design"),  # held-out in round 1 of issue 11
            (eval_dir / "holdout2.jsonl", "design"),  # held-out in round 3 of issues 10 and 11
            (eval_dir / "holdout3.jsonl", "design"),  # held-out in round 4
            (eval_dir / "holdout4.jsonl", "design"),  # held-out in round 7
            (eval_dir / "holdout5.jsonl", "design"),  # held-out in round 8
            (eval_dir / "holdout6.jsonl", "design"),  # held-out in round 9
            (eval_dir / "holdout7.jsonl", "design"),  # held-out in round 10
            (eval_dir / "holdout8.jsonl", "design"),  # held-out in round 11
            (eval_dir / "holdout9.jsonl", "design"),  # held-out in round 12
            (eval_dir / "holdout10.jsonl", "design"),  # held-out in round 13
            (eval_dir / "holdout11.jsonl", "design"),  # held-out in round 14
        )
        if path.is_file()
    ]
    corpora = eval_dir / "corpora"
    readme = corpora / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    roles = {name: _ROLE.findall(cell)[-1] for name, cell in _ROLE_ROW.findall(text)}
    for path in sorted(corpora.glob("*/questions*.jsonl"), key=_corpus_set_name):
        name = _corpus_set_name(path)
        sets.append(QuestionSet(name, path, path.parent, roles.get(name, "")))
    return sets


def _corpus_set_name(path: Path) -> str:
    """``NAME/questions.jsonl`` is set NAME; a second file ``questions-2.jsonl`` is ``NAME-2``."""
    suffix = path.stem.removeprefix("questions").lstrip("-")
    return f"{path.parent.name}-{suffix}" if suffix else path.parent.name


def eval_index_dir(corpus: Path, index_root: Path) -> Path:
    """Where the index of an outside corpus is cached: ``INDEX_ROOT/eval-NAME``."""
    return index_root / f"eval-{corpus.resolve().name}"
