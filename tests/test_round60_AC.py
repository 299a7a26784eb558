"""Round 60 lane AC: a name written as its entry writes it, then the kind of thing it is.

"what is the POODLE attack", "who invented the IDEA cipher": an acronym in capitals, as the
entry titles it, and a lower-case kind word beside it name that entry (coverage.named_kind),
when the entry's own text says the kind, or it is a kind word of the key-term grammar, or the
glossary sorts other entries by it ("attack on BLAKE", "symmetric block cipher"). A lower-case
word that only spells a title ("null pointer", "seed phrase" beside NULL and SEED) stays a
word of a compound naming another concept. Real entries of eval/corpora/tls-glossary (O-Saft's
acronym glossary, a Perl module's __DATA__).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.named_kind import opening_head, written_kind
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"
_ID = "tls-glossary#"


@pytest.fixture(scope="module")
def tls() -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPORA / "tls-glossary").entries)


@pytest.mark.parametrize(
    ("question", "ranked", "entry"),
    [
        # the glossary sorts entries by "attack" (boomerang attack, HEARTBLEED's "attack
        # against ...", Logjam's "Attack to ..."); POODLE's text never says it
        ("what is the POODLE attack", ["poodle", "boomerang-attack", "smack"], "poodle"),
        # "cipher": ARIA, Blowfish, HC128 ... open on "... cipher"
        ("who invented the IDEA cipher", ["idea", "cipher-suite", "snow"], "idea"),
        # a kind word of the grammar ("algorithm", wordclasses.GENERIC): found before this rule
        ("is the IDEA algorithm still used", ["idea", "cipher-suite", "snow"], "idea"),
        # a kind of two words: Internet Key Exchange, Password Authenticated Key Exchange
        ("what is ECDHE key exchange", ["ecdhe", "ike", "dhe"], "ecdhe"),
    ],
)
def test_a_name_and_its_kind_name_the_entry(
    tls: CoverageIndex, question: str, ranked: list[str], entry: str
) -> None:
    found = tls.check(question, [_ID + r for r in ranked])
    assert found.found and found.how in ("title", "title-words")
    assert found.entry_ids == (_ID + entry,)


@pytest.mark.parametrize(
    ("question", "ranked"),
    [
        # lower case beside the titles NULL and SEED: a compound naming another concept
        ("null pointer exception in java", ["null", "iv", "jsse"]),
        ("crypto wallet seed phrase", ["cms", "nums", "seed"]),
        ("what is a seed phrase", ["seed", "cms", "nums"]),
        # the kind word capitalised too: a longer name the glossary lacks
        ("what is a POODLE Attack Kit", ["poodle", "boomerang-attack", "smack"]),
        # a word no entry is sorted by, and POODLE's text does not say
        ("what is the POODLE mascot", ["poodle", "boomerang-attack", "smack"]),
    ],
)
def test_other_compounds_stay_missing(tls: CoverageIndex, question: str, ranked: list[str]) -> None:
    found = tls.check(question, [_ID + r for r in ranked])
    assert not (found.found and found.how == "title-words")


def test_written_kind_needs_the_entrys_own_capitals() -> None:
    assert written_kind("what is the POODLE attack", "poodle attack", "POODLE") == ["attack"]
    assert written_kind("the cipher IDEA, who made it", "cipher idea", "IDEA") == ["cipher"]
    assert written_kind("what is the poodle attack", "poodle attack", "POODLE") is None
    assert written_kind("WHAT IS THE POODLE ATTACK", "poodle attack", "POODLE") is None
    # one capital opening the question is the sentence's, not the name's
    assert written_kind("Seed phrase backup", "seed phrase", "Seed") is None
    assert written_kind("how does the Rabbit cipher work", "rabbit cipher", "Rabbit") == ["cipher"]


def test_opening_head_stops_at_a_preposition_or_punctuation() -> None:
    assert opening_head("attack on BLAKE") == ["attack"]
    assert opening_head("symmetric block cipher") == ["symmetric", "block", "cipher"]
    assert opening_head("Counter Mode (sometimes: CM; block cipher mode)") == ["counter", "mode"]
