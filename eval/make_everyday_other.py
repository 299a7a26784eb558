"""Regenerate rag_glossary/data/everyday_LANG.txt: the everyday words (Zipf >= 4, as
everyday_en.txt) of each language data/question_forms.json reads questions in.

Needs the ``wordfreq`` package (a dev-time tool only). Run:
``python eval/make_everyday_other.py``.
"""

from __future__ import annotations

import json
import re
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


def main() -> None:
    forms = json.loads((DATA / "question_forms.json").read_text(encoding="utf-8"))
    for lang in (k for k in forms if not k.startswith("_")):
        words: set[str] = set()
        for word in top_n_list(lang, 30_000):
            if zipf_frequency(word, lang) < ZIPF:
                break
            words.update(w for w in re.findall(r"[^\W_]+", word.lower()) if w.isalpha())
        out = DATA / f"everyday_{lang}.txt"
        out.write_text(HEADER.format(lang=lang) + "\n".join(sorted(words)) + "\n", encoding="utf-8")
        print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main()
