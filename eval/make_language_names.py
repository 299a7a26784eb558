"""Write rag_glossary/data/language_names.json: every language the project reads stop words
for (stop_words.LANGUAGE_MAPPING), named in each of those languages (CLDR via Babel).

Run once when that list changes (Babel is needed here only, not by the package):
    python -m venv /tmp/b && /tmp/b/bin/pip install babel stop-words
    /tmp/b/bin/python eval/make_language_names.py
"""

from __future__ import annotations

import json
from pathlib import Path

from babel import Locale
from stop_words import LANGUAGE_MAPPING

OUT = Path(__file__).resolve().parent.parent / "rag_glossary" / "data" / "language_names.json"


def main() -> None:
    codes = sorted(LANGUAGE_MAPPING)
    names: dict[str, list[str]] = {}
    for code in codes:
        found = {LANGUAGE_MAPPING[code]}
        for shown_in in codes:
            name = Locale.parse(shown_in).languages.get(code)
            if name:
                found.add(name)
        names[code] = sorted(found, key=str.casefold)
    about = (
        "Names of the languages the project reads (stop_words' list), in each of them (CLDR "
        "by Babel; eval/make_language_names.py writes this file). parsing/language_labels.py "
        'reads a line labelled with one ("Tiếng Việt: ...", "中文: ...") as a name.'
    )
    OUT.write_text(
        json.dumps({"_comment": about, **names}, ensure_ascii=False, indent=0) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
