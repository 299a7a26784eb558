"""Regenerate rag_glossary/data/everyday_en.txt (English words of everyday frequency).

Needs the ``wordfreq`` package (a dev-time tool only: at query time it would cost
about 0.6 s to import and load). Run: ``python eval/make_everyday_words.py``.
Everyday = Zipf frequency >= 4 (ten or more per million words), the high-frequency
band of van Heuven et al. (2014), "SUBTLEX-UK", QJEP 67(6).
"""

from __future__ import annotations

import re
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency  # type: ignore[import-not-found]

ZIPF = 4.0
OUT = Path(__file__).resolve().parent.parent / "rag_glossary/data/everyday_en.txt"
HEADER = """\
# English words with Zipf frequency >= 4 (>= 10 per million words), lowercased,
# apostrophe forms also split into their parts ("doesn't" -> "doesn", "t").
# Derived from wordfreq 3.1.1 by Robyn Speer (https://github.com/rspeer/wordfreq),
# whose data is licensed CC-BY-SA 4.0; this list is shared under the same license.
# Regenerate with eval/make_everyday_words.py.
"""


def main() -> None:
    words: set[str] = set()
    for word in top_n_list("en", 30_000):
        if zipf_frequency(word, "en") < ZIPF:
            break
        words.update(w for w in re.findall(r"[^\W_]+", word.lower()) if w.isalpha())
    OUT.write_text(HEADER + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
