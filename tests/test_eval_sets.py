"""One evaluation row per question set: discovery, roles and the table (no model)."""

from __future__ import annotations

from pathlib import Path

from rag_glossary.evaluation import QuestionSet, discover_sets, eval_index_dir, sets_table

README = """| set | topic | ROLE |
|---|---|---|
| `alpha` | deep learning | design |
| `beta` | statistics | held-out |
| `gamma` | data science | held-out in round 1, design in round 2 |
"""


def _eval_dir(tmp_path: Path) -> Path:
    eval_dir = tmp_path / "eval"
    for name in ("alpha", "beta", "gamma"):
        (eval_dir / "corpora" / name).mkdir(parents=True)
        (eval_dir / "corpora" / name / "questions.jsonl").write_text("{}\n")
    (eval_dir / "corpora" / "README.md").write_text(README)
    (eval_dir / "questions.jsonl").write_text("{}\n")
    return eval_dir


def test_sets_are_the_shipped_ones_then_each_corpus_with_its_role(tmp_path: Path) -> None:
    sets = discover_sets(_eval_dir(tmp_path))
    assert [(s.name, s.role) for s in sets] == [
        ("questions", "design"),
        ("alpha", "design"),
        ("beta", "held-out"),
        ("gamma", "design"),  # the last role named counts
    ]
    assert sets[0].corpus is None and sets[1].corpus == tmp_path / "eval" / "corpora" / "alpha"


def test_outside_corpus_index_is_cached_beside_the_default(tmp_path: Path) -> None:
    assert eval_index_dir(tmp_path / "x" / "dl-glossary", tmp_path / "indexes") == (
        tmp_path / "indexes" / "eval-dl-glossary"
    )


def test_table_has_one_row_per_set_with_its_role() -> None:
    sets = [QuestionSet("a", Path("a.jsonl"), None, "design"), QuestionSet("b", Path("b"))]
    rows = {"a": {"hit@5": 1.0, "mrr@10": 0.9, "abstain": 0.95, "false_abstain": 0.0, "n": 10}}
    table = sets_table(sets, rows).splitlines()
    assert table[0] == "| set | role | hit@5 | mrr@10 | abstain | false_abstain | n |"
    assert table[2] == "| a | design | 1.000 | 0.900 | 0.950 | 0.000 | 10 |"
    assert len(table) == 3  # no row for a set that was not run


def test_a_second_question_file_of_a_corpus_is_its_own_set(tmp_path: Path) -> None:
    eval_dir = _eval_dir(tmp_path)
    (eval_dir / "corpora" / "beta" / "questions-2.jsonl").write_text("{}\n")
    with (eval_dir / "corpora" / "README.md").open("a") as readme:
        readme.write("| `beta-2` | statistics, second curator | design |\n")
    sets = {s.name: s for s in discover_sets(eval_dir)}
    assert [n for n in sets if n.startswith("beta")] == ["beta", "beta-2"]
    assert sets["beta-2"].role == "design" and sets["beta"].role == "held-out"
    assert sets["beta-2"].corpus == sets["beta"].corpus  # one corpus, one cached index
    assert sets["beta-2"].questions.name == "questions-2.jsonl"
