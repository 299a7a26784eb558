"""Round 43 lane R: the answer cites the entry the question names (real entries, model).

"... told me to 'just mux it into mkv' instead of re-encoding. ... what does muxing even
mean": the question's last clause asks what a name means, word for word, and the coverage
lookup names that entry first; the story before it shares "re-encoding" with Transcode,
whose coverage of the question's words had taken the answer from Muxing.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.entry_choice import _MEANING_ASKED

CODEC_QUESTION = (
    "so i'm ripping my old dvds with some free tool and the forum guy keeps telling me to "
    "'just mux it into mkv' instead of re-encoding. i nodded along but honestly what does "
    "muxing even mean"
)


def test_a_last_clause_asking_what_a_name_means() -> None:
    assert _MEANING_ASKED.search("honestly what does muxing even mean")
    assert _MEANING_ASKED.search("and what does hanging piece actually mean")
    assert _MEANING_ASKED.search("what does par value mean")
    assert not _MEANING_ASKED.search("what does muxing mean for the file size")


def test_the_named_entry_answers(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("codec-glossary", tmp_path_factory).ask(CODEC_QUESTION)
    assert answer.covered
    assert answer.citations == ("codec-glossary#muxing",)
    assert "container format" in answer.text
