"""A described question the standout answers from one or two shared words (round 37, lane J).

A description of a concept the glossary lacks ("protocol that stops switches from sending
broadcasts round and round forever") still finds a neighbour sharing one of its words
("Twisted Pair" says "switches"), and that neighbour can clear the standout bar. Ask the
question again without the words it shares with the answering entry: an answerable
paraphrase says what its entry says in its other words too, so the entry stays near the
top; a negative loses the only thread to its entry, which falls out of the first places.
When the answering entry says few of the question's content words (REPHRASE_SHARE) and the
question without them no longer ranks it in the first REPHRASE_RANK, the answer is refused.
Chosen leaving each of the 133 design sets out (both cuts the same on every fold). A shared
word that is the entry's whole title or alias means the question names the entry ("trimix",
"a poa"): never refused. On the 137 sets: 7 described negatives refused, no answer lost.
The same holds of an answer found by a key term only some entry's text says (round 37 FN).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from rag_glossary.coverage import TEXT_FOUND
from rag_glossary.coverage.described_support import content_words
from rag_glossary.coverage.vocabulary import entry_text
from rag_glossary.everyday import support_stems
from rag_glossary.models import Entry, RetrievalResult

REPHRASE_SHARE = 0.15  # the most of the question's content words the entry may say
REPHRASE_RANK = 7  # the first places the entry must leave, asked without those words
REPHRASE_K = 10  # how many hits the question without the shared words is asked for
STANDOUT_REASON = "best entry stands out"  # coverage.judge's answer on the standout alone
REPHRASE_REASON = (
    "the best entry shares only a word or two with the question, and without them ranks far down"
)
# a key term only some entry's text says is no name the question asks by: the answer
# rests on shared words as the standout's does (round 37 follow-up FN)
_JUDGED = (STANDOUT_REASON, TEXT_FOUND)
_STEM = 4
_WORD = re.compile(r"[a-z0-9]+")


def shared_words(question: str, entry_text: str) -> tuple[list[str], list[str]]:
    """The question's content words, and those of them whose stem the entry's text holds."""
    words = content_words(question)
    stems = support_stems([entry_text])
    return words, [w for w in words if w[:_STEM] in stems]


def without_words(question: str, words: Sequence[str]) -> str:
    """The question with every word of ``words`` left out (punctuation around it too)."""
    drop = set(words)
    kept = (t for t in question.split() if "".join(_WORD.findall(t.lower())) not in drop)
    return " ".join(kept)


def rephrase_refuses(
    question: str,
    entry_id: str,
    entry_text: str,
    ranked: Callable[[str], Sequence[str]],
    names: Sequence[str] = (),
) -> bool:
    """Whether the answering entry (``entry_id``, its text) shares at most REPHRASE_SHARE of
    the question's content words and ``ranked`` (the entry ids the retriever ranks first for
    a question) puts it past REPHRASE_RANK for the question without them; never when one
    of those words is one of the entry's ``names`` (its title, an alias) whole."""
    words, shared = shared_words(question, entry_text)
    if not words or not shared or len(shared) > REPHRASE_SHARE * len(words):
        return False
    if any(_bare(name) in shared for name in names):
        return False  # the question names the entry ("trimix", "a poa"): asked, not described
    rest = without_words(question, shared)
    if not rest.strip() or rest == question:
        return False
    return entry_id not in list(ranked(rest))[:REPHRASE_RANK]


def rephrased(
    result: RetrievalResult,
    entries: Sequence[Entry],
    position: Mapping[str, int],
    ranked: Callable[[str], Sequence[str]],
    min_confidence: float,
) -> RetrievalResult:
    """The result, refused when the standout's answer rests on a word or two the question
    shares with its entry (``ranked``: the retriever's first entry ids for a question)."""
    if not result.covered or result.reason not in _JUDGED or not result.hits:
        return result
    at = position.get(result.hits[0].id)
    if at is None:
        return result
    best = entries[at]
    names = (best.title, *best.aliases)
    if not rephrase_refuses(result.query, best.id, entry_text(best), ranked, names):
        return result
    confidence = min(result.confidence, min_confidence - 0.01)
    return replace(result, confidence=confidence, covered=False, reason=REPHRASE_REASON)


def _bare(name: str) -> str:
    """A name as one lowercase word ("PoA" -> "poa"; a name of several words never is one)."""
    return "".join(_WORD.findall(name.lower()))
