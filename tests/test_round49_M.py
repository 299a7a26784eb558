"""Round 49 lane M: code health with no behaviour change. The moved rules answer as before
on real entries of the corpora, from their new modules and from where they were imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import name_lookup, name_spellings
from rag_glossary.parsing import base, language_labels, title_aliases
from rag_glossary.parsing.dialects import parse_file
from rag_glossary.parsing.source_declarations import declared_fields, parameters
from rag_glossary.parsing.source_tokens import tokens

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@pytest.mark.parametrize(
    ("title", "aliases"),
    [
        ("Input Tax Credit (ITC)", ["ITC"]),  # tax-glossary
        ("Per-segment / Local approach", []),
    ],
)
def test_title_aliases_from_base(title: str, aliases: list[str]) -> None:
    assert base.acronym_aliases is title_aliases.acronym_aliases
    assert base.slash_aliases is title_aliases.slash_aliases
    assert base.acronym_aliases(title) == aliases


def test_one_sentence_rule_for_labels_and_titles() -> None:
    # swarch-glossary: "**Tiếng Việt**: Tiêu chí Chấp nhận" under "### Acceptance Criteria"
    assert language_labels.labelled_names(["**Tiếng Việt**: Tiêu chí Chấp nhận  "]) == [
        "Tiêu chí Chấp nhận"
    ]
    # the one difference, explicit: a labelled value's part may not end at a full stop
    assert language_labels._SENTENCE.search("Co.") and not language_labels.SENTENCE_MARKS.search(
        "Co."
    )


def test_enum_parameters_name_positional_values() -> None:
    path = CORPORA / "flora-glossary" / "flora-glossary.dart"
    toks = tokens(path.read_text(encoding="utf-8"))
    assert declared_fields(toks, path.read_text(encoding="utf-8"))["GlossaryTerm"] == [
        "term",
        "definition",
    ]
    opener = next(
        i for i, t in enumerate(toks) if t.text == "GlossaryTerm" and toks[i - 1].text == "const"
    )
    assert parameters(toks, opener + 1) == ["term", "definition"]
    titles = {e.title for e in parse_file(path)}
    assert {"Ray floret", "Disc floret"} <= titles


def test_name_spellings_stay_importable() -> None:
    assert name_lookup._clips_into is name_spellings.clips_into
    assert name_spellings.clips_into(("mic", "array"), ("microphone", "array"))
    assert name_lookup.MIN_FUZZY_LEN == 6
