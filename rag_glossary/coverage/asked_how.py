"""A how-to question answered by a found key term whose entry says neither the doing
asked nor what it is done to (round 60 lane NB).

"how do i make a container come back up by itself after it crashes or after the host
reboots": the key term "container" is a title, so the found rule answers from it with a
fixed confidence, no unit or phrase check; but the question asks how to do something
(a restart policy) that neither the entry the title names nor the next hits say: not
"make", and not most of "come back up by itself after it crashes ... host reboots".
An answerable of the same shape says the doing or what it is done to: "how do you
calculate the lower limit of an interval" (Lower limit says calculate), "how do you
compute the median odds ratio from tau" (the rest is the term itself).

So a verdict found by a title (a fixed confidence, no unit or phrase check) is refused
when an English question opens on a how-to frame ("how do i", "how can you", "how to",
"can i", "is it possible to"), its first word after the frame (the verb), when a content
word ("pin", "change"; "make", "find" are function words and say nothing), is said by none
of the first ``_HITS`` hits, and of the content words after the verb that are not the key
term's, ``_LEAST`` or more and ``_SHARE`` of them are said by none of those hits either
(stems or 5-letter prefixes: judgement_named_rest.unsaid_stems). Round 59's rows: of the 75
answered English how-to questions, the 3 negatives the title answered are refused and no
answerable; a term found in an entry's text (1 negative, 2 answerables lost: "how do i
leave a note on a ticket ...", Comment) or a described question (3 / 2) is read no more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.coverage.glossary_language import function_words
from rag_glossary.coverage.phrases import words
from rag_glossary.judgement_named_rest import content_word, unsaid_by_all, unsaid_stems
from rag_glossary.models import Entry

_HITS = 3  # the first hits read
_LEAST = 2  # the fewest rest words none of them says
_SHARE = 0.5  # and the least share of the rest
_HOW_TO = re.compile(
    r"^(?:how (?:do|can|could|should|would) (?:i|we|you)|how to|can (?:i|we)|"
    r"is it possible to) (?P<rest>.+)$"
)


def how_to_unsaid(
    query: str, key_term: str, entries: Sequence[Entry], language: str | None
) -> bool:
    """Whether an English ``query`` (``language`` None) asks how to do something whose
    verb, and most of whose other words past ``key_term``, none of the first ``_HITS``
    of ``entries`` says."""
    if language is not None or not query.isascii() or not entries:
        return False
    m = _HOW_TO.match(" ".join(words(query)))
    if m is None:
        return False
    said = m.group("rest").split()
    frame = function_words("en")
    term = set(words(key_term))
    hits = entries[:_HITS]
    verb = said[0]
    if content_word(verb, frame) and any(not unsaid_stems([verb], e) for e in hits):
        return False
    rest = list(dict.fromkeys(w for w in said[1:] if content_word(w, frame) and w not in term))
    if not rest:
        return False
    missing = unsaid_by_all(rest, hits)
    return missing >= _LEAST and missing >= _SHARE * len(rest)
