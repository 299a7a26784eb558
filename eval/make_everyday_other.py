"""Regenerate rag_glossary/data/everyday_LANG.txt: the everyday words (Zipf >= 4, as
everyday_en.txt) of each language data/question_forms.json reads questions in.

Needs the ``wordfreq`` package (a dev-time tool only). Run:
``python eval/make_everyday_other.py [LANG ...]`` (all the languages, else those named).
wordfreq reads Serbian as Serbo-Croatian ("sh") in Latin letters: everyday_sr.txt holds
each word in Latin and in Cyrillic letters (``_serbian_cyrillic``), as a Serbian glossary
writes either script.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency  # type: ignore[import-not-found]

ZIPF = 4.0
DATA = Path(__file__).resolve().parent.parent / "rag_glossary/data"
HEADER = """\
# {lang} words with Zipf frequency >= 4 (>= 10 per million words), lowercased.
# Derived from wordfreq 3.1.1 by Robyn Speer (https://github.com/rspeer/wordfreq),
# whose data is licensed CC-BY-SA 4.0; this list is shared under the same license.
# Regenerate with eval/make_everyday_other.py.
"""


# Serbian Latin letters as Cyrillic ones: the digraphs first
_SR_PAIRS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_SR_ONE = dict(zip("abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж", strict=True))


def _serbian_cyrillic(word: str) -> str | None:
    """A Serbian Latin word in Cyrillic letters (None: it has a letter Serbian lacks)."""
    out, at = [], 0
    while at < len(word):
        if word[at : at + 2] in _SR_PAIRS:
            out.append(_SR_PAIRS[word[at : at + 2]])
            at += 2
        elif word[at] in _SR_ONE:
            out.append(_SR_ONE[word[at]])
            at += 1
        else:
            return None
    return "".join(out)


def main() -> None:
    forms = json.loads((DATA / "question_forms.json").read_text(encoding="utf-8"))
    asked = sys.argv[1:]
    for lang in (k for k in forms if not k.startswith("_") and (not asked or k in asked)):
        words: set[str] = set()
        for word in top_n_list(lang, 30_000):
            if zipf_frequency(word, lang) < ZIPF:
                break
            words.update(w for w in re.findall(r"[^\W_]+", word.lower()) if w.isalpha())
        if lang == "sr":
            words |= {c for w in words if (c := _serbian_cyrillic(w))}
        out = DATA / f"everyday_{lang}.txt"
        out.write_text(HEADER.format(lang=lang) + "\n".join(sorted(words)) + "\n", encoding="utf-8")
        print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main()
