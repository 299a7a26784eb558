"""Does a described question ask for an activity, and which entries define one?

"tucking in right behind another rider..." or "making the sail smaller when the
wind gets too strong" describe something done: the question opens with a gerund.
A glossary defines such a term by what is done too: its text opens with a
gerund ("Riding in the slipstream..."), "To ..." ("To shock an ...") or "the act /
process of ...". An entry defining a thing ("The area of least wind resistance")
may share more words with the description, yet the question asks for the act:
fusion.py gives the entries defined as acts a small bonus for such a question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.models import Entry

_GERUND = re.compile(r"[a-z]{2,}ing")
# the words ending in -ing that are never a gerund at the head of a phrase
_NOT_GERUNDS = frozenset({"something", "anything", "everything", "nothing", "thing", "during"})
_ACT = re.compile(
    r"(?:to\s+[a-z]+|[a-z]{2,}ing|(?:the|an?)\s+(?:act|process|practice|action|method)\s+of)\b"
)
_MARKUP = "*_~#:- \t\n"


def asks_for_action(question: str) -> bool:
    """The question opens with a gerund: it describes something done."""
    words = question.lower().split()
    return bool(words) and _is_gerund(words[0])


def defines_action(body: str) -> bool:
    """The entry's text opens as the definition of something done."""
    text = body.strip().lstrip(_MARKUP).lower()
    found = _ACT.match(text)
    return found is not None and text.split()[0] not in _NOT_GERUNDS


def action_entries(entries: Sequence[Entry]) -> frozenset[int]:
    """The positions of the entries whose text defines an act."""
    return frozenset(i for i, entry in enumerate(entries) if defines_action(entry.body))


def _is_gerund(word: str) -> bool:
    return _GERUND.fullmatch(word) is not None and word not in _NOT_GERUNDS
