"""A Latin name written in Cyrillic letters, as Ukrainian and Russian users type a product's
name ("обсидіан", "в обсидіані" for Obsidian): the Latin spellings of a Cyrillic word, one
letter for each (a few letters as two: "ж" zh, "ш" sh), with and without a closing case
ending. coverage/language_words.py reads a question's word the glossary never writes as the
Latin word it does write so spelled.
"""

from __future__ import annotations

import re

_LETTERS = {
    **dict(zip("абвгґдеєзиіїйклмнопрстуфхыэё", "abvggdeeziiiyklmnoprstufhyee", strict=True)),
    **{"ж": "zh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ю": "yu", "я": "ya"},
    **{"ь": "", "ъ": "", "'": "", "’": ""},
}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# the case endings a declined loan name takes ("в обсидіані", "з обсидіаном"), longest first
_ENDINGS = ("ові", "еві", "ою", "ом", "ем", "ам", "ах", "ів", "і", "у", "ю", "а", "я", "е")
# a shorter spelling is as often a word of the language's own: Russian "нету" less its "у"
# is "net", which .NET's glossary writes
MIN_LETTERS = 5


def latin_spellings(word: str) -> list[str]:
    """The Latin spellings of a Cyrillic word: as written, then without each case ending it
    closes with (none for a word with a letter neither script's table reads)."""
    if not _CYRILLIC.search(word):
        return []
    cut = (word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) > len(e) + 2)
    stems = [word, *cut]
    out: list[str] = []
    for stem in stems:
        if all(c in _LETTERS for c in stem):
            spelled = "".join(_LETTERS[c] for c in stem)
            out += [spelled] if spelled not in out and len(spelled) >= MIN_LETTERS else []
    return out
