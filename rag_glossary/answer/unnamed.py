"""Which missing term a refusal may name (round 59).

"X is not in the glossary" reads well only when X is a term: a refusal that names a piece
cut from a code-mixed clause ("hospital data-வ வெளிய அனுப்ப", "model நல்லதா") or one word
of a title the refusal's own nearest entries show ("chain" beside Chain of Thought) says
something broken or false. Such a piece gives the plain "the glossary does not cover this
question" refusal, with the same nearest entries; whether to refuse is decided elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.models import Hit

# A Latin-letter word joined by a hyphen to a case ending in another script ("data-வ",
# "dataset-ஐ", "model-का"): a borrowed noun declined inside the user's clause; a term is
# named in its plain form.
_DECLINED = re.compile(r"[A-Za-z]-(?=[^\W\d_A-Za-z])")
# A Tamil word ending in the vowel sign aa (U+0BBE): the spoken question or adverb ending -ஆ
# ("நல்லதா" is the model good?, "பகுதியா" into parts) unless the glossary writes that word
# itself (தூண்டுவினா, prompt, is a noun of the glossary).
_TAMIL_AA_WORD = re.compile(r"[\u0b80-\u0bff]+\u0bbe(?![\u0b80-\u0bff])")
# a word: letters, digits and the vowel signs of Indic scripts (no \w of their own)
_WORD = re.compile(r"(?:[^\W_]|[\u0900-\u0dff])+")


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _written(hits: Sequence[Hit]) -> str:
    return " ".join(" ".join((h.entry.title, *h.entry.aliases, h.entry.body)) for h in hits)


def _name_words(hits: Sequence[Hit]) -> set[str]:
    return {w for h in hits for name in (h.entry.title, *h.entry.aliases) for w in _words(name)}


def clause_piece(term: str, hits: Sequence[Hit]) -> bool:
    """Whether ``term`` is no term a refusal may name as missing: it declines a borrowed
    word, ends a Tamil word in the spoken -ஆ the entries never write, or is one word of a
    title or alias among ``hits`` (the refusal's nearest entries), which it would falsely deny."""
    if _DECLINED.search(term):
        return True
    spoken = _TAMIL_AA_WORD.findall(term)
    if spoken and not all(word in _written(hits) for word in spoken):
        return True
    one = _words(term)
    return len(one) == 1 and len(term.split()) == 1 and one[0] in _name_words(hits)
