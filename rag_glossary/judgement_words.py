"""The answering entry's words in meaning (coverage/word_match.py) as a judge both ways.

* ``words_unmatched`` (round 24): a described question judged covered is refused when the
  first hit's word match plus the best dense entry's best unit cosine is under the rule's
  cut, with the standout close to its bar.
* ``words_said`` (round 48, lane E): a described question refused because no entry stands
  out is answered when the first hit says its rare words in meaning AND holds a sentence
  close to it: the first hit's word match plus its own best unit cosine reaches SAID_CUT.
  A paraphrase in everyday words ("gem made of two pieces glued together" -> Doublet)
  leaves its entry near the glossary's other entries as a whole, while the entry's words
  and one sentence still say it. The later refusals (a part unsaid, few words, foreign
  words, ...) still apply to such an answer.

SAID_CUT was fitted on the half of the 184 sets whose md5(name) is even (92 sets: the
midpoint between the highest refused negative, volcano-glossary-031 at 1.2528, and the
lowest answerable gained, land-glossary-012 at 1.2598; it rests on that one case each
way) and checked on the other half (2 answerables gained, gem-glossary-013 and
ts-glossary-025, the latter by 0.0005; 0 negatives answered). Both terms are the packaged
model's cosines, as the round-24 cut: no rule for another model (``words`` is None then).
"""

from __future__ import annotations

from rag_glossary.coverage.word_match import WordMatch

SAID_CUT = 1.256


def words_unmatched(words: WordMatch, query: str, at: int, best_unit: float, margin: float) -> bool:
    """Whether the entry at ``at`` matches the question's rare words poorly, in meaning, with
    the standout under the rule's margin over the lenient bar (``margin``)."""
    if margin >= words.rule.margin:
        return False  # the encoder is not called for a clear standout
    match = words.match(query, at, best_unit)  # a cold entry is encoded if need be
    return match is not None and words.rule.refuses(match, best_unit, margin)


def words_said(words: WordMatch, query: str, at: int, first_unit: float) -> bool:
    """Whether the entry at ``at`` says the question's words in meaning and has a sentence
    close to it (``first_unit``: its best answer-unit cosine): match + unit >= SAID_CUT."""
    if first_unit + 1.0 < SAID_CUT:
        return False  # a match is at most 1: the words are not encoded
    match = words.match(query, at)
    return match is not None and match + first_unit >= SAID_CUT
