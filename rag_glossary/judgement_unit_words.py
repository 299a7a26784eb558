"""Whether the unit rescue's close unit shares any word with a long description (round 57 WU).

The unit rescue (coverage/unit_decision.py) answers a description the standout refused
when one unit of its best dense entry is close to it. The packaged model is English: it
reads a question in another language partly by its word pieces, so a unit on the same
topic can come close to a description of something the glossary lacks (round 57: chem's
"hvað kallast krafturinn sem gasið ýtir á veggina í ílátinu á hvern fermetra" met Þyngd's
"Ástand efnis sem hefur ákveðið rúmmál en óákveðna lögun"; suai's "ada tak istilah untuk
buku rujukan yang kumpul perkataan-perkataan yang sama makna" met a unit on pages;
liikenne's "montako autoa tunnissa yks kaista maksimissaan vetää" met a unit on round
trips). Over the 220 sets, every rescued description that was rightly answered had a unit
or an entry saying some of its words. So the rescue is withheld when all three hold:

* the question names at least ``MANY_UNSAID`` rare words its best entry never writes (the
  count coverage's rare-word check makes, ``everyday.unsupported_rare``);
* the first hit says fewer than ``judgement_cyrillic.MIN_SAID`` of its content words;
* the close unit itself says none of them (stems, a close form counting).

A rescue with fewer unsaid rare words keeps its unit (grafy's "trasa ktora przejdzie po
wszystkich krawedziach", 4, is answered as before), as does one whose unit says a word of
it (grafy's "taki graf jak szprychy w rowerze ...": Koło's unit says "wierzchołek").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rag_glossary.answer.overlap import close_form
from rag_glossary.answer.segment import entry_units
from rag_glossary.judgement_cyrillic import content_stems, says_words
from rag_glossary.models import Entry

if TYPE_CHECKING:
    from rag_glossary.unit_vectors import UnitSimilarity

# rare words unsaid: round 57's withheld negatives had 5 to 8, the rescued answerables
# whose entry and unit say nothing of them (answered from a wrong entry) 4
MANY_UNSAID = 5


def unit_says_none(query: str, entry: Entry, cosine: UnitSimilarity, language: str | None) -> bool:
    """Whether the unit of ``entry`` closest to the question (``cosine(entry_id, unit)``)
    says none of the question's content words (an entry without units: False)."""
    units = entry_units(entry)
    scored = [(cosine(entry.id, unit) or 0.0, i) for i, unit in enumerate(units)]
    if not scored:
        return False
    said = content_stems(units[max(scored)[1]].text, language)
    asked = content_stems(query, language)
    return not any(stem in said or close_form(stem, said) for stem in asked)


def unit_words_unsaid(
    query: str,
    first: Entry,
    best: Entry,
    cosine: UnitSimilarity,
    language: str | None,
    unsupported: int,
) -> bool:
    """Whether the rescue is withheld: many rare words unsaid, the first hit saying under
    MIN_SAID of the question's words, and ``best``'s closest unit saying none."""
    if unsupported < MANY_UNSAID or says_words(query, first, language):
        return False
    return unit_says_none(query, best, cosine, language)
