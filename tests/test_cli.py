"""The CLI in-process (typer's runner): output formats, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import CORPUS
from typer.testing import CliRunner

from rag_glossary.cli import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_entries_json_lists_every_entry_with_ids() -> None:
    code, out, _ = run("entries", "--corpus", str(CORPUS), "--json")
    data = json.loads(out)
    assert code == 0 and len(data) == 448
    assert {"id", "source", "anchor", "title", "aliases", "line"} <= set(data[0])
    ids = {d["id"] for d in data}
    assert "ai-glossary-m#masked-self-attention" in ids and "ml-annotations#2023-12-1" in ids


def test_entries_stats_counts_per_source() -> None:
    code, out, _ = run("entries", "--corpus", str(CORPUS), "--stats", "--json")
    stats = json.loads(out)
    assert code == 0 and stats["total"] == sum(stats["sources"].values()) == 448
    assert stats["sources"]["music-ml-chapter"] == 7


def test_entries_of_unknown_source_is_a_usage_error() -> None:
    code, _, err = run("entries", "--corpus", str(CORPUS), "--source", "nope")
    assert code == 2 and "known sources are" in err and "Traceback" not in err


def test_show_a_term_lists_every_matching_entry_with_see_also() -> None:
    code, out, _ = run("show", "MDP", "--corpus", str(CORPUS), "--json")
    found = json.loads(out)
    assert code == 0
    assert {e["id"] for e in found} >= {
        "ai-glossary-m#markov-decision-process",
        "ai-glossary-m-site#markov-decision-process-mdp",
    }
    assert all("see_also_ids" in e for e in found)


def test_show_by_id_prints_location_and_body() -> None:
    code, out, _ = run("show", "ai-glossary-m#masked-self-attention", "--corpus", str(CORPUS))
    assert code == 0
    assert "ai-glossary-m.md:" in out and "/m/#masked-self-attention" in out
    assert "left of the current word" in out


def test_show_unknown_term_suggests_search() -> None:
    code, _, err = run("show", "zebra crossing", "--corpus", str(CORPUS))
    assert code == 2 and "rag-glossary search" in err and len(err.strip().splitlines()) == 1


def test_missing_corpus_folder_is_one_line_and_exit_2(tmp_path: Path) -> None:
    code, _, err = run("entries", "--corpus", str(tmp_path / "nope"))
    assert code == 2 and err.startswith("error:") and len(err.strip().splitlines()) == 1


@pytest.mark.slow
def test_search_json_and_text(real_index: Path) -> None:
    base = ("--corpus", str(CORPUS), "--index", str(real_index))
    code, out, _ = run("search", "what is masked self-attention", "--json", *base)
    result = json.loads(out)
    hits = result["hits"]
    assert code == 0 and hits[0]["id"].endswith("#masked-self-attention")
    assert result["covered"] and result["key_term"] == "masked self attention"
    assert result["key_term_found"] is True and 0.5 <= result["confidence"] <= 1.0
    assert {"id", "title", "score", "snippet"} <= set(hits[0])
    code, out, _ = run("search", "what is MDP", "-k", "3", *base)
    assert code == 0 and "markov-decision-process" in out and out.count("\n") >= 3


@pytest.mark.slow
def test_search_bad_mode_and_empty_query_are_usage_errors(real_index: Path) -> None:
    base = ("--corpus", str(CORPUS), "--index", str(real_index))
    assert run("search", "mdp", "--mode", "sparse", *base)[0] == 2
    assert run("search", "   ", *base)[0] == 2


@pytest.mark.slow
def test_ask_no_llm_json_is_cited(real_index: Path) -> None:
    base = ("--corpus", str(CORPUS), "--index", str(real_index))
    code, out, _ = run("ask", "what is masked self-attention", "--no-llm", "--json", *base)
    answer = json.loads(out)
    assert code == 0 and answer["backend"] == "extractive"
    assert answer["citations"] and all("#" in c for c in answer["citations"])
    assert set(answer["citations"]) <= {h["id"] for h in answer["hits"]}
    assert "[1]" in answer["answer"]


@pytest.mark.slow
def test_ask_not_covered_lists_nearest_entries(real_index: Path) -> None:
    base = ("--corpus", str(CORPUS), "--index", str(real_index))
    code, out, _ = run("ask", "what is the bellman equation", "--json", *base)
    answer = json.loads(out)
    assert code == 0 and answer["backend"] == "none" and not answer["covered"]
    assert answer["citations"] == [] and answer["hits"]


@pytest.mark.slow
def test_eval_json_on_a_small_question_file(real_index: Path, tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    lines = [
        {
            "id": "a",
            "question": "what is MDP",
            "kind": "alias",
            "relevant": ["ai-glossary-m#markov-decision-process"],
        },
        {"id": "b", "question": "what is the bellman equation", "kind": "negative", "relevant": []},
    ]
    questions.write_text("\n".join(json.dumps(x) for x in lines))
    base = ("--corpus", str(CORPUS), "--index", str(real_index))
    code, out, _ = run(
        "eval", "--questions", str(questions), "--configs", "bm25,default", "--json", *base
    )
    data = json.loads(out)
    assert (
        code == 0 and data["default"] == "default" and set(data["configs"]) == {"bm25", "default"}
    )
    overall = data["configs"]["default"]["overall"]
    assert overall["hit@5"] == 1.0 and overall["abstain"] == 1.0
    assert set(data["configs"]["default"]["by_kind"]) == {"alias", "negative"}


def test_eval_bad_question_file_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "q.jsonl"
    bad.write_text('{"id": "a", "question": "x", "relevant": []}\nnot json\n')
    code, _, err = run("eval", "--questions", str(bad), "--corpus", str(CORPUS))
    assert code == 2 and "q.jsonl:2" in err


@pytest.mark.parametrize(
    "args",
    [["search"], ["search", "x", "-k", "abc"], ["search", "x", "--bogus"], ["nosuchcommand"]],
)
def test_command_line_mistakes_are_one_line_and_exit_2(args: list[str]) -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "rag_glossary", *args], capture_output=True, text=True, timeout=60
    )
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1, proc.stderr
    assert lines[0].startswith("error:") and "--help" in lines[0]
