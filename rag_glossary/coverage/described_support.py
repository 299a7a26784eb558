"""Described questions whose best entry is hardly related: a floor under the standout.

A description of something the glossary lacks still has a best entry, and in a
small or sparse glossary that entry can stand out from the rest while being
barely related ("how do i read the printed text off a scanned page" ->
Segmentation; "rolling back to the previous model version after a bad
release" -> MLOps). Two plain facts mark that case on any glossary: the
question is hardly similar to the entry at all (cosine under ``LOOSE_COSINE``)
and the entry's text contains few of the question's content words (under
``LOOSE_SUPPORT`` of them, matched on their first four letters). Either alone
also describes users' everyday-word paraphrases ("splitting live traffic in
half ..." -> A/B testing has cosine 0.17 but shares 3 of its 7 words), so
only both together refuse.

The cosine is the packaged model's (all-MiniLM-L6-v2): under 0.3 it scores
text that shares a topic at most. Another model's cosines live on another
scale, so an index built with any other model gets no floor
(``loose_cosine_for``) until one is measured for it. Measured in round 9 over the 278 described
questions of 18 sets: 6 negatives refused, no answerable one lost.
"""

from __future__ import annotations

import re

from rag_glossary.config import DEFAULT_EMBED_MODEL
from rag_glossary.embedding.spec import DEFAULT_MODEL_ID
from rag_glossary.everyday import support_stems
from rag_glossary.word_marks import WORD, lettered

LOOSE_COSINE = 0.30
LOOSE_SUPPORT = 0.4
_WORD = re.compile(WORD)
_STEM = 4
_MIN_LEN = 3
# English function words (closed classes: determiners, pronouns, auxiliaries,
# prepositions, conjunctions, question words) and light verbs/nouns that carry no topic.
NO_TOPIC_WORDS = frozenset(
    str.split(
        """
        a an the this that these those there here it its i me my we our you your he she they
        them their his her is are was were be been being am do does did doing done have has had
        having can could should would will shall may might must what which who whom whose when
        where why how whats and or but nor so yet if then than because while whether though
        although as of in on at by for with about against between into through during before
        after above below to from up down out off over under again further once all any both
        each few more most other some such no not only own same too very just also still even
        ever like get gets got make makes made called call name one ones thing things way
        someone something anything people person kind sort type
        """
    )
)


def loose_cosine_for(model_name: str) -> float | None:
    """The cosine floor measured for the index's embedding model, or None (no floor)."""
    packaged = {DEFAULT_EMBED_MODEL, DEFAULT_MODEL_ID, DEFAULT_MODEL_ID.split("/")[-1]}
    return LOOSE_COSINE if model_name in packaged else None


def content_words(question: str) -> list[str]:
    """The question's distinct content words (no function words, three letters or more)."""
    words = (w for w in _WORD.findall(question.lower()) if len(w) >= _MIN_LEN and lettered(w))
    return list(dict.fromkeys(w for w in words if w not in NO_TOPIC_WORDS))


def word_support(question: str, entry_text: str) -> float:
    """The share of the question's content words whose stem the entry's text contains."""
    words = content_words(question)
    if not words:
        return 1.0
    stems = support_stems([entry_text])
    return sum(w[:_STEM] in stems for w in words) / len(words)


def loosely_related(
    question: str, best_cosine: float, entry_text: str, floor: float = LOOSE_COSINE
) -> bool:
    """Whether the best entry is barely similar and shares few of the question's words."""
    return best_cosine < floor and word_support(question, entry_text) < LOOSE_SUPPORT
