"""Round 33 lane N: a described question is judged on the entry it is answered from.

The described gates counted the rare question words the best DENSE entry lacks
(everyday.unsupported_rare) while the answer quotes the first hit; when the two are
different entries a description answered by a neighbour passed on the words the judged
entry had. The count is now the larger of the two entries' (judgement._unsupported):
"does git ever automatically delete old objects nothing points to anymore" (garbage
collection, which git-glossary lacks) was answered with "overlay", whose text says none of
"automatically", "delete", "cleanup"; it is refused, and a paraphrase of one of its entries
is still answered (real model, real entries).
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

NEIGHBOUR = (
    "does git ever automatically delete old objects nothing points to anymore, "
    "whats that cleanup process"
)


def test_a_description_answered_by_a_neighbour_lacking_its_words_is_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("git-glossary", tmp_path_factory)
    result = assistant.retriever.retrieve(NEIGHBOUR)
    assert result.hits[0].id == "git-glossary#def_overlay"
    assert not result.covered
    assert not assistant.ask(NEIGHBOUR).covered


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "cloning with only the recent history instead of the whole thing because the "
            "repo is huge, what is that called",
            "git-glossary#def_shallow_repository",
        ),
        ("name for merging more than two branches at once", "git-glossary#def_octopus"),
    ],
)
def test_a_paraphrase_of_its_first_hit_is_still_answered(
    question: str, entry: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant("git-glossary", tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations[0] == entry


def test_the_unsupported_count_is_the_larger_of_the_judged_and_answered_entries(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from rag_glossary.everyday import unsupported_rare

    retriever = shared_assistant("git-glossary", tmp_path_factory).retriever
    judge = retriever._judge
    config = retriever.config
    signals = retriever._signals(NEIGHBOUR, config)
    hits = retriever.retrieve(NEIGHBOUR).hits
    best = judge._best_dense(signals)
    first = judge.entries[judge.position(hits[0].id)]
    assert best.id != first.id  # judged and answered differ
    said = [unsupported_rare(NEIGHBOUR, t) for t in (_text(best), _text(first))]
    assert said[1] > said[0]
    assert judge._unsupported(NEIGHBOUR, signals, hits) == max(said)
    assert judge._unsupported(NEIGHBOUR, signals) == said[0]


def _text(entry: object) -> str:
    from rag_glossary.judgement import _text as text

    return text(entry)  # type: ignore[arg-type]
