"""Round 28, lane L: a refused description whose first hit owns its specific words
(coverage/ownership.py, judgement.CoverageJudge._owned).

A described question refused by the standout or a later veto is answered when its first
hit alone (no entry of another title) says two or more of its content words or adjacent
content-word pairs, not counting the words of the hit's own name, and holds the answer unit
closest to the question of any entry: `extra levy india adds on top of the existing taxes
where the money is earmarked ...` was refused with Cess first (tax-013, round 27's blind
grades). A named term the glossary lacks stays refused, whatever its first hit owns.
"""

from __future__ import annotations

import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.calibration import title_groups
from rag_glossary.coverage.ownership import OWNED_MIN, Ownership
from rag_glossary.judgement import OWNED_REASON
from rag_glossary.judgement_reasons import SAID_REASON
from rag_glossary.models import Entry


def _entry(title: str, body: str, aliases: tuple[str, ...] = ()) -> Entry:
    return Entry(title.lower(), "t", title, title, aliases, body, (), None, "t.md", 1)


ENTRIES = [
    _entry("Cess", "A levy imposed over the existing taxes; its money is earmarked."),
    _entry("Cess", "A levy over the existing taxes."),  # a copy of the title in another file
    _entry("Surcharge", "A levy added on the income tax of the rich."),
    _entry("Virtual Machine", "An emulated computer."),
]


def _owned(query: str, at: int) -> set[str]:
    ownership = Ownership.of(ENTRIES, title_groups(ENTRIES).tolist())
    return {k if isinstance(k, str) else " ".join(k) for k in ownership.owned(query, at)}


def test_words_and_pairs_only_one_title_says_are_owned() -> None:
    owned = _owned("extra levy on top of the existing taxes, earmarked money", 0)
    # "levy" is Surcharge's too; copies of one title count once; "on top of" are function words
    assert owned == {"existing", "taxe", "earmarked", "money", "existing taxe"}
    assert len(owned) >= OWNED_MIN


def test_the_entry_s_own_name_is_not_owned() -> None:
    # a name the question says is the key-term lookup's business, not this rule's
    assert _owned("a virtual machine for testing", 3) == set()


def test_a_word_two_titles_share_is_not_owned() -> None:
    assert _owned("a levy", 2) == set()


@pytest.mark.parametrize(
    ("corpus", "question", "entry"),
    [
        (
            "tax-glossary",
            "extra levy india adds on top of the existing taxes where the money is earmarked "
            "for one particular government scheme",
            "tax-glossary#cess",
        ),
        (
            "k8s-glossary",
            "splitting one physical cluster into several virtual clusters so names from "
            "different teams dont clash",
            "k8s-glossary#namespace",
        ),
    ],
)
def test_a_paraphrase_repeating_its_entry_s_own_words_is_answered(
    corpus: str, question: str, entry: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    result = Retriever.load(shared_index(corpus, tmp_path_factory)).retrieve(question, k=5)
    assert result.covered
    # round 48's judgement_words.words_said (checked before the owned rescue) may answer it first
    assert result.reason in (OWNED_REASON, SAID_REASON)
    assert result.hits[0].id == entry


def test_owned_words_without_the_closest_sentence_stay_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "genome wide" is CADD's alone, but no sentence of CADD is the closest (a negative)
    question = (
        "that plot for a genome wide association study with -log10 p-values along all the "
        "chromosomes that looks like a city skyline"
    )
    result = Retriever.load(shared_index("biores-glossary", tmp_path_factory)).retrieve(
        question, k=5
    )
    assert not result.covered


def test_a_named_term_the_glossary_lacks_stays_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # the first hit owns "shear wave" and holds the closest unit, but the name is missing
    result = Retriever.load(shared_index("seismo-glossary", tmp_path_factory)).retrieve(
        "shear wave splitting", k=5
    )
    assert not result.covered
    assert result.key_term_found is False
