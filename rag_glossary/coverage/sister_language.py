"""Which of two sister languages a glossary is written in, by their spellings (round 56 ID).

Malay (ms) and Indonesian (id) share most of their function words: the ``stop-words``
package's Malay list holds 180 of its Indonesian list's 355 words, so an Indonesian glossary
(adopsi-glossary) had the larger count of Malay's and was read as ms. What tells the two
apart is how each spells the words both say (data/question_forms.json): a language's own
spellings (``own_words``: Malay "kerana", "bahawa", "sahaja", "kenderaan", "percuma";
Indonesian "karena", "bahwa", "saja", "kendaraan", "gratis") and the ending its loanwords
take (``own_endings``: Indonesian "kualitas", "reliabilitas" from Latin -itas, Malay
"kualiti", "universiti"). The glossary is in the sister whose spellings it writes more of;
a tie, none of either included, keeps the language its function words named.
"""

from __future__ import annotations

from collections.abc import Mapping

from rag_glossary.forms_data import listed_words

# languages whose function words a count cannot tell apart, each with its sister
# (Bulgarian and Serbian Cyrillic share "и", "на", "се", "да", "за": Serbian writes "је",
# "који", "између" where Bulgarian writes "е", "който", "между"; round 57 PS)
SISTERS = {"ms": "id", "id": "ms", "bg": "sr", "sr": "bg"}
# the fewest letters a word has before its own ending: "kualitas" ("kual"), not "itas"
_ENDING_BASE = 3


def sister_spelled(language: str, doc_freq: Mapping[str, int]) -> str:
    """``language``, or its sister (SISTERS) when the glossary's words (``doc_freq``: each
    word's count of entries) write more of the sister's own spellings than of its own."""
    sister = SISTERS.get(language)
    if sister is None:
        return language
    return sister if spellings(sister, doc_freq) > spellings(language, doc_freq) else language


def spellings(language: str, doc_freq: Mapping[str, int]) -> int:
    """How many of the glossary's word occurrences are spelled as ``language`` alone spells
    them: its ``own_words`` and the words closing with one of its ``own_endings``. A word
    whose -an noun the glossary writes too is a native root, no loanword: Indonesian
    "peneliti" (researcher) beside "penelitian" is no Malay "-iti" of Latin -itas."""
    own = set(listed_words(language, "own_words"))
    endings = listed_words(language, "own_endings")
    return sum(
        n
        for w, n in doc_freq.items()
        if w in own or (_loan_ending(w, endings) and f"{w}an" not in doc_freq)
    )


def _loan_ending(word: str, endings: tuple[str, ...]) -> bool:
    return any(
        word.endswith(e) and len(word) - len(e) >= _ENDING_BASE and word.isalpha() for e in endings
    )
