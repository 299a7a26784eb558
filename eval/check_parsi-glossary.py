"""Static checks of eval/corpora/parsi-glossary/questions.jsonl (blind, round 52).

Run from the worktree root: ``python eval/check_parsi-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one JavaScript data file (``parsi-glossary.js``: del-naz/farsiShekarAst's
``data/beh.js``, the letter "beh" of a Persian purist word list, "Farsi Shekar Ast"): a
``var behList = [ ... ]`` array literal of 141 objects ``{"title", "description",
"related", "details"}``, a word (mostly of Arabic origin) and its Persian ("sareh")
equivalents or definition, all in Persian; no semicolon after the array; titles repeat
(``باب`` three times, ``باقی`` three times, ``بحر``, ``بالغ``, ``بالغ بر``, ``باکره``,
``بقیّه``, ``بلاغت``, ``بَلَد`` twice); one zero-width non-joiner (U+200C) after a tatweel in
the ``بحر`` metre list.

Written blind while the parser read the file as 141 entries (ids = the slug of each
``title``, ``-1`` / ``-2`` for repeats; body = description, plus ``details: ...``; the
``related`` field is not read). ``--by-hand`` (also chosen when the parser's ids do not
include the keyed ones) reads the array itself: one entry per object, ANCHOR = the shared
corpus README's slug of the title (letters, digits and combining marks kept, GitHub's
``-1`` / ``-2`` for repeats), text = title + description + details.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan

FOLDER = ROOT / "eval" / "corpora" / "parsi-glossary"
GLOSSARY = FOLDER / "parsi-glossary.js"
N = "parsi-glossary-"
# The key term(s) of each negative, with usual synonyms and spellings: none may occur in the
# glossary file (whole words).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (باجناغ / همریش; بحر's
    # metres; بند واژه; بهمن; برید; بیت المال; باده / بگمار; باکره's "زناشویی"; بخیل / بخالت)
    f"{N}023": ["مادر زن", "مادرزن", "خشو", "خشوک", "مادر شوهر", "مادرشوهر"],
    f"{N}024": ["قافیه", "ردیف", "پساوند"],
    f"{N}025": ["ابجد", "حساب جمل"],
    f"{N}026": ["سیل", "سیلاب", "طغیان"],
    f"{N}027": ["سفیر", "سفارت", "ایلچی", "فرستاده"],
    f"{N}028": ["مالیات", "خراج", "باج"],
    f"{N}029": ["میخانه", "می خانه", "میکده", "خرابات", "شراب"],
    f"{N}030": ["نکاح", "عقد", "ازدواج", "عروسی"],
    f"{N}031": ["حسادت", "حسد", "حسود", "رشک", "غبطه"],
    # named; several share a word with a title: بیت المقدس / بیت الغزل (بیت, بیت المال),
    # باطل السحر (باطل), بدعت (next to بدایت), برزخ, بیمه (next to بیم), بلاهت, برکت,
    # بیعانه (next to بیعت)
    f"{N}032": ["بیت المقدس", "بیت\u200cالمقدس", "قدس", "اورشلیم"],
    f"{N}033": ["باطل السحر", "باطل\u200cالسحر", "سحر", "جادو", "طلسم"],
    f"{N}034": ["بدعت"],
    f"{N}035": ["برزخ"],
    f"{N}036": ["بیمه", "بيمه"],
    f"{N}037": ["بلاهت", "ابله"],
    f"{N}038": ["برکت", "مبارک", "تبرک"],
    f"{N}039": ["بیعانه", "بیع"],
    f"{N}040": ["بیت الغزل", "بیت\u200cالغزل", "غزل"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def slug(text: str) -> str:
    """The shared corpus README's slug, keeping combining marks (harakat) as the loader does."""
    kept = "".join(
        c
        for c in text.strip().lower()
        if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M")
    )
    return kept.replace(" ", "-")


def hand_entries() -> dict[str, str]:
    """id -> flat(title + description + details): one entry per object of the array."""
    source = GLOSSARY.read_text(encoding="utf-8")
    array = json.loads(re.sub(r"^var behList = ", "", source))
    entries: dict[str, str] = {}
    seen: dict[str, int] = {}
    for item in array:
        base = slug(item["title"])
        n = seen.get(base, 0)
        seen[base] = n + 1
        key = f"parsi-glossary#{base}" + (f"-{n}" if n else "")
        entries[key] = flat(f"{item['title']} {item['description']} {item['details']}")
    assert len(entries) == 141, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the objects of the behList array"
    )


def main() -> int:
    return heldout_checks.main_keyed(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
