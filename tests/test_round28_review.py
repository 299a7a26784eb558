"""Round 28 review: a pointer entry merged into the entry it points at names no part of the
answer. Post-fix PA made writing-glossary's "nucleus (syllable)" ("See syllable
structure.") another name of Syllable Structure; the answer then opened with the label
"nucleus (syllable):" for a question about a syllable's parts (writing-018)."""

from __future__ import annotations

from answer_helpers import outside_answer


def test_a_pointer_title_is_no_label() -> None:
    text, cited = outside_answer(
        "writing-glossary",
        "what parts is a syllable divided into",
        "writing-glossary#syllablestructure",
        "writing-glossary#nucleus",
    )
    assert cited == ("writing-glossary#syllablestructure",)
    assert text.startswith("A model of syllable structure divides the syllable")
    assert "nucleus (syllable):" not in text
