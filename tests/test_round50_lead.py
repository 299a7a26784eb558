"""Round 50 lead: the Devanagari danda ends a sentence (ethereum-glossary's Hindi reader saw
"... और जानें।.[1]": an English stop added after "।" on nearly every answer)."""

from __future__ import annotations

import pytest

from rag_glossary.answer.citations import Registry
from rag_glossary.answer.pieces import Statement
from rag_glossary.answer.rendering import render

_STAKING_POOL = "ethereum-glossary#staking-pool"


@pytest.mark.parametrize(
    "sentence",
    [
        # ethereum-glossary's staking-pool definition, its last sentence
        "स्टेकिंग पूल या डेलिगेटिंग स्टेकिंग एथेरियम प्रोटोकॉल के लिए मूल नहीं हैं।",
        "एक नोड ऑपरेटर इन कुंजियों का उपयोग सहमति में भाग लेने के लिए करता है॥",
        "یہ ایک مثال ہے۔",
    ],
)
def test_a_non_latin_full_stop_ends_a_sentence_before_its_marker(sentence: str) -> None:
    assert render([Statement(sentence, (_STAKING_POOL,))], Registry(())) == f"{sentence}[1]"


def test_a_hindi_sentence_without_a_stop_still_gets_one() -> None:
    said = [Statement("एक से अधिक एथेरियम स्टेकर्स के संयुक्त ETH का उपयोग", (_STAKING_POOL,))]
    assert render(said, Registry(())).endswith("उपयोग.[1]")
