"""A description answered by an entry that never says the kind of thing asked (round 34 D).

A described question names the kind of thing it wants in its head noun ("the big red
*button* that cuts the power to the robot arm", "the *shoes* and pedals where your shoe
locks onto the pedal"). judgement.CoverageJudge._head_unsaid refuses when no entry of the
glossary holds that noun and no sentence is close; a glossary can hold the noun in some
other entry, or its answering neighbour's sentence can come close on the setting words
("robot arm"), and the answer then comes from an entry sharing one concrete word. A
paraphrase of an entry says its kind in other words (a "chart" for Flow diagram, a "folder"
for Home directory, a "quake" for Mainshock), so the answering entry's own words are asked
for the head *in meaning*: the rule refuses when

- the head noun is in no word form in the answering entry's text (nor in the second
  hit's, which the composer may quote instead), nor closes one of its
  compounds ("stone" in "gemstone", "brush" in "toothbrush"),
- no word or two-word window of those entries is close to it in meaning (best cosine under
  ``HEAD_MATCH``, the packaged model's scale, as coverage/word_match.py),
- the entry holds under ``HEAD_SUPPORT`` of the question's content words
  (coverage/described_support.word_support), and
- its closest sentence is under ``HEAD_CLOSE`` cosine to the question.

Measured on the 125 design sets (round 34): 10 described negatives refused, no right
answer lost, 2 wrong answers to answerables refused. The cuts sit on the cautious side of
what leave-one-set-out fits on abstain + (1 - false abstain) (eval/shared_word_loso.py,
family "head_unmatched", rows from eval/shared_word_features.py: held-out gain +0.15,
negative when a refused right answer costs 2 or 3 refused negatives, since each refused
negative is the only one of its set). Like coverage/word_match.py's cut, HEAD_MATCH is a
cosine of the packaged model, so the rule runs for that model only.

Round 34 FD: a description opening with a bare noun phrase ("balls of ice that fall out of
big thunderstorms") is asked for its head too (head_noun.opening_head), with the same cuts:
on the 129 sets, 4 described negatives refused and 1 right answer lost (ocean's "vertical
grid where levels sit at fixed depths": Z-coordinates says "coordinates", not "grid").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rag_glossary.coverage.described_support import word_support
from rag_glossary.coverage.head_noun import HeadNoun, entry_words, head_noun, opening_head
from rag_glossary.coverage.word_match import WordMatch
from rag_glossary.judgement_terms import entry_text
from rag_glossary.models import Entry

HEAD_MATCH = 0.45
HEAD_SUPPORT = 0.35
HEAD_CLOSE = 0.6
HEAD_DEPTH = 2  # the hits whose text is asked for the head: the composer may answer the second
_COMPOUND_HEAD = 4  # a shorter head ending a word is no compound's head ("art" in "start")


def head_unmatched(
    query: str,
    texts: Sequence[str],
    best_unit: float,
    head_match: Callable[[str, int], float | None],
) -> bool:
    """Whether the answering entry (``texts[0]``, its closest sentence at ``best_unit``)
    leaves the description's head noun unsaid, in form and in meaning, and so does the
    next hit (``texts[1:]``, which the composer may answer from); ``head_match(word, i)``
    is the head word's best cosine to the pieces of the entry of ``texts[i]``."""
    head = head_noun(query) or opening_head(query)
    if head is None or not texts or best_unit >= HEAD_CLOSE:
        return False
    if word_support(query, texts[0]) >= HEAD_SUPPORT:
        return False
    for i, text in enumerate(texts[:HEAD_DEPTH]):
        if _says(entry_words([text]), head):
            return False
        match = head_match(head.word, i)
        if match is None or match >= HEAD_MATCH:
            return False
    return True


def head_other(
    words: WordMatch | None,
    entries: Sequence[Entry],
    at: Sequence[int | None],
    query: str,
    has_units: bool,
    best_unit: Callable[[], float],
) -> bool:
    """head_unmatched for the entries at ``at`` (the first hits; the packaged model only: the
    cuts are its cosines, as coverage/word_match.py's; False without units)."""
    if words is None or not has_units or not at or None in at:
        return False
    where = [i for i in at if i is not None]

    def match(word: str, i: int) -> float | None:
        return words.best_match(word, where[i])

    texts = [entry_text(entries[i]) for i in where]
    return head_unmatched(query, texts, best_unit(), match)


def _says(words: frozenset[str], head: HeadNoun) -> bool:
    """Whether a text of ``words`` holds the head in a word form or as a closed compound's
    last part (English puts a compound's head last)."""
    if head.said_in(words):
        return True
    word = head.word
    return len(word) >= _COMPOUND_HEAD and any(w.endswith(word) for w in words)
