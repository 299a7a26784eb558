"""Round 49 lead: an answer sentence that opens with its entry's bracketed title names it.

liikenne-glossary's bullets open with the whole bold title, English name in brackets
included (``* **Konnektori (connector)** on linkki ...``); the qualifier check of
``answer.names.mentions`` compared the bracket's word with the text's core, which drops
brackets, so the title was printed twice ("Konnektori (connector): Konnektori (connector)
on linkki ...", the round-49 reader's finding)."""

from __future__ import annotations

import pytest
from helpers import ROOT

from rag_glossary.answer.named_early import names_early
from rag_glossary.answer.names import mentions
from rag_glossary.parsing.corpus import load_corpus

CORPUS = ROOT / "eval" / "corpora" / "liikenne-glossary"


@pytest.mark.parametrize("anchor", ["konnektori-connector", "matka-trip"])
def test_sentence_opening_with_bracketed_title_names_it(anchor: str) -> None:
    entry = next(e for e in load_corpus(CORPUS).entries if e.anchor == anchor)
    first = entry.body.split(". ")[0]
    assert first.startswith(entry.title)
    assert names_early(first, entry.title)


def test_bracket_word_still_required_when_the_text_lacks_it() -> None:
    # the rule the qualifier check is for: a compound says no "Transformers (Hugging Face)"
    assert not mentions("transformer-based models", "Transformers (Hugging Face)")
    assert mentions("Hugging Face's transformer library", "Transformers (Hugging Face)")
