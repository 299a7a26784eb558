"""Multilingual YAML glossaries (The Carpentries' Glosario): one language read, links kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.errors import CorpusError
from rag_glossary.parsing import load_corpus, parse_text

# Two records of https://github.com/carpentries/glosario glossary.yml (CC BY 4.0, commit
# of 2026-12-01 mirror), as written, languages and all.
GLOSARIO = (Path(__file__).parent / "data" / "glosario-bayes.yml").read_text(encoding="utf-8")


def test_each_record_is_read_in_english_with_its_shared_id_and_see_also() -> None:
    entries = parse_text(GLOSARIO, "glossary", "yaml")
    assert [e.title for e in entries] == ["Bayes' Rule", "Bayes' Theorem"]
    theorem = entries[1]
    assert theorem.id == "glossary#bayes_theorem"
    assert theorem.body.startswith("An equation for calculating the probability")
    assert "Stelling" not in theorem.body and "stelling" not in theorem.body
    assert len(theorem.see_also) == 3


def test_sniffing_finds_the_yaml_glossary_without_a_dialect() -> None:
    assert len(parse_text(GLOSARIO, "glossary", file="glossary.yml")) == 2


def test_corpus_toml_chooses_another_language(tmp_path: Path) -> None:
    (tmp_path / "glossary.yml").write_text(GLOSARIO, encoding="utf-8")
    (tmp_path / "corpus.toml").write_text(
        '[files."glossary.yml"]\nlanguage = "af"\n', encoding="utf-8"
    )
    entries = load_corpus(tmp_path).entries
    assert [e.title for e in entries] == ["Bayes se rëel", "Bayes se stelling"]


def test_a_record_without_the_chosen_language_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "glossary.yml").write_text(GLOSARIO, encoding="utf-8")
    (tmp_path / "corpus.toml").write_text(
        '[files."glossary.yml"]\nlanguage = "am"\n', encoding="utf-8"
    )
    assert [e.title for e in load_corpus(tmp_path).entries] == ["የባየስ ደንብ"]


def test_a_language_that_is_not_a_string_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "glossary.yml").write_text(GLOSARIO, encoding="utf-8")
    (tmp_path / "corpus.toml").write_text('[files."glossary.yml"]\nlanguage = 3\n')
    with pytest.raises(CorpusError, match="language must be a string"):
        load_corpus(tmp_path)
