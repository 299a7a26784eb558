"""Whether the unit rescue's close unit speaks for the question (round 57 WU, round 58 UC).

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

Round 58 UC (``unit_outruns_entry``): in a glossary in another language than English, the
rescue is also withheld when its unit is far closer to the question than the unit's own
entry is (the best unit cosine at least ``UNIT_LEAD`` over the entry's best chunk cosine)
and the first hit says fewer than ``FEW_SAID`` of the question's content words. The entry's
chunk holds its title and all of its text: a description the entry answers comes close to
it as well as to its sentence. When only one sentence comes close, the packaged English
model met that sentence's word pieces, not the concept (round 58, every rescue of the 224
sets: batteri's "hvordan far man startet opp kraftnettet igjen etter en total strømstans"
met merit order's "Rekkefølgen kraftverk tas i bruk i markedet ..." at .76 while that entry
stood at .56; scouting's "wie moet er s nachts opblijven om het kampterrein te bewaken"
met Minikamp's sentence on building kitchens; iot's "zaručí hub že zprávy dorazí ve
správným pořadí" met a sentence on cloud-to-device messages). English keeps the rescue: the
one sentence that says a particular fact of a longer entry comes close alone there
(rl's "why does the algorithm lower epsilon over successive episodes", insurance's "what
kinds of risk cant be insured"), and its unit cosine reads words, not word pieces. The
rescued answerables of other languages whose unit runs this far ahead have a first hit
saying three of their words or more (batteri's merit order question, liikenne's "jos käyn
töistä kotiin tullessa kaupassa").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rag_glossary.answer.overlap import close_form
from rag_glossary.answer.segment import entry_units
from rag_glossary.judgement_cyrillic import content_stems, says_words, words_said
from rag_glossary.models import Entry

if TYPE_CHECKING:
    from rag_glossary.coverage.unit_decision import UnitFeatures
    from rag_glossary.models import Hit
    from rag_glossary.unit_vectors import UnitSimilarity

# rare words unsaid: round 57's withheld negatives had 5 to 8, the rescued answerables
# whose entry and unit say nothing of them (answered from a wrong entry) 4
MANY_UNSAID = 5
# round 58: the other-language rescues withheld had their unit .089 to .196 over its entry's
# chunk, the rescued answerables whose first hit says under FEW_SAID words .072 at most
UNIT_LEAD = 0.08
FEW_SAID = 3


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


def unit_outruns_entry(
    query: str, hits: tuple[Hit, ...], features: UnitFeatures, language: str | None
) -> bool:
    """Whether the rescue is withheld in a glossary in another language: the closest unit
    ``UNIT_LEAD`` over its entry's best chunk and the first hit saying under ``FEW_SAID``
    of the question's content words."""
    if language is None or not hits or features.best_unit - features.best_chunk < UNIT_LEAD:
        return False
    return words_said(query, hits[0].entry, language) < FEW_SAID
