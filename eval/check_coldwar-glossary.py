"""Static checks of eval/corpora/coldwar-glossary/questions.jsonl (blind, round 51).

Run from the worktree root: ``python eval/check_coldwar-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file in **Arabic** (``coldwar-glossary.md``: thakira-dz/
3as-terminology's ``unit-1/history.md`` at ffaf05d, CC BY 4.0: the Cold War terms of the
Algerian third-year secondary (baccalaureate) history syllabus, unit 1), written as Obsidian
Spaced Repetition flashcards: a ``#Q`` tag line, then 59 cards separated by ``***`` lines
in three shapes: 15 multi-line cards ``TERM`` / ``?`` / ``DEFINITION`` (one ``? `` with a
trailing space, one title with a bold date, ``مؤتمر بوتسدام **17/07/1945**``), 41 one-line
cards ``TERM:: DEFINITION`` and 3 one-line cards with a single colon ``TERM: DEFINITION``
(الكوميكون, باندونغ, حركة عدم الانحياز). One card (الأونكيتاد) has a second term run into
its definition ("... الجنوب الأزمات الدولية: هي ..."). Dates are bold (``**1955**``) and
PDF extraction left split words ("سياس ي", "أنش ئ").

Written blind while the parser read 41 entries from the file: the ``::`` cards, ids the
slug of the text before ``::`` (the same ids as below); the 15 ``?`` cards and the 3
single-colon cards were not entries. Until they are, this script checks by hand
(``--by-hand``, also chosen automatically when the parser's ids do not include the keyed
ones): one entry per card, title = the lines before ``?`` / the text before ``::`` / the
text before the first ``:``, ANCHOR = the shared corpus README's ``slug`` of the title,
text = title + definition (the run-in الأزمات الدولية stays in الأونكيتاد's card, and no
question is keyed to it). The negatives' grep reads the ``.md`` file itself; Arabic glues
the article and the prepositions to the word (ال, و, ب, ل), so every negative lists the
glued forms too, and NEGATIVE_STEMS (checked as substrings) backs the whole-word check.
"""

from __future__ import annotations

import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "coldwar-glossary"
GLOSSARY = FOLDER / "coldwar-glossary.md"
N = "coldwar-glossary-"
# The key term(s) of each negative, lower case, with the glued article / preposition forms
# and usual synonyms: none may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (حرب النجوم's missiles
    # and satellites, التوازن النووي, حلف سياتو's south-east Asia and China, جدار برلين,
    # الشيوعية, حلف وارسو and 1956's العدوان الثلاثي, الانفراج الدولي, السباق نحو التسلح)
    f"{N}023": ["كوبا", "بكوبا", "لكوبا", "الكوبية", "كوبية", "cuba", "1962", "خليج الخنازير"],
    f"{N}024": ["كوريا", "بكوريا", "الكورية", "كورية", "korea", "1950", "1953", "شبه جزيرة"],
    f"{N}025": [
        "فيتنام",
        "الفيتنام",
        "بفيتنام",
        "الفيتنامية",
        "vietnam",
        "الفيتكونغ",
        "الهند الصينية",
        "سايغون",
    ],
    f"{N}026": [
        "الفضاء",
        "فضاء",
        "غزو",
        "سبوتنيك",
        "غاغارين",
        "رائد",
        "sputnik",
        "أبولو",
        "apollo",
        "القمر",
    ],
    f"{N}027": ["الجسر الجوي", "جسر", "طائرات", "الطائرات", "بالطائرات", "طيارات", "1948"],
    f"{N}028": ["المكارثية", "مكارثي", "ماكارثي", "مطاردة", "الساحرات", "mccarthy"],
    f"{N}029": ["المجر", "المجرية", "هنغاريا", "بودابست", "لبودابست", "budapest", "الدبابات"],
    f"{N}030": ["أفغانستان", "افغانستان", "لأفغانستان", "لافغانستان", "الأفغانية", "1979"],
    f"{N}031": ["سالت", "salt", "ستارت", "نزع السلاح", "الحد من الأسلحة", "تخفيض", "تقليص"],
    # named; several share a word with a title: مؤتمر طهران (مؤتمر يالطا / مالطا / ...),
    # حلف بغداد (حلف وارسو / سياتو), مبدأ مونرو (مبدأ ترومان / جدانوف), سياسة حافة الهاوية
    # (سياسة الأحلاف / التكتل / ...), مشروع مولوتوف (مشروع مارشال / إيزنهاور), الستار
    # الخيزراني (الستار الحديدي), الكومنترن (next to الكومنفورم), اتفاقيات هلسنكي (اتفاقية
    # بروتن وودز); نظرية الدومينو next to سياسة الاحتواء
    f"{N}032": ["طهران", "بطهران", "tehran", "1943"],
    f"{N}033": ["بغداد", "ببغداد", "السنتو", "cento", "الحلف المركزي"],
    f"{N}034": ["مونرو", "monroe"],
    f"{N}035": ["حافة الهاوية", "الهاوية", "حافة", "brinkmanship"],
    f"{N}036": ["مولوتوف", "molotov"],
    f"{N}037": ["الدومينو", "دومينو", "domino", "نظرية"],
    f"{N}038": ["الخيزراني", "الخيزران", "خيزران", "bamboo"],
    f"{N}039": ["الكومنترن", "كومنترن", "comintern", "الأممية الشيوعية", "الأممية"],
    f"{N}040": ["هلسنكي", "بهلسنكي", "helsinki", "1975"],
}
# Stems of the key terms, checked as substrings of the file (any glued prefix or suffix).
NEGATIVE_STEMS = (
    "كوبا",
    "كوبي",
    "كوري",
    "فيتنام",
    "فضاء",
    "سبوتنيك",
    "غاغارين",
    "جسر",
    "طائرات",
    "طيار",
    "مكارث",
    "هنغار",
    "بودابست",
    "دبابات",
    "فغانست",
    "سالت",
    "طهران",
    "بغداد",
    "مونرو",
    "الهاوية",
    "مولوتوف",
    "دومينو",
    "خيزران",
    "كومنترن",
    "هلسنكي",
)

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def cards() -> list[tuple[str, str]]:
    """(title, definition) of every card between the ``***`` lines, in file order."""
    text = GLOSSARY.read_text(encoding="utf-8")
    out = []
    for block in text.split("\n***\n"):
        lines = [x for x in block.split("\n") if x.strip() and not x.startswith("#Q")]
        if not lines:
            continue
        marks = [i for i, x in enumerate(lines) if x.strip() == "?"]
        if marks:
            title, body = " ".join(lines[: marks[0]]), " ".join(lines[marks[0] + 1 :])
        elif "::" in lines[0]:
            title, body = " ".join(lines).split("::", 1)
        else:
            title, body = " ".join(lines).split(":", 1)
        out.append((title.strip(), body.strip()))
    return out


def hand_entries() -> dict[str, str]:
    """id -> flat(title + definition): one entry per card."""
    entries: dict[str, str] = {}
    for title, body in cards():
        key = f"coldwar-glossary#{slug(title)}"
        assert key not in entries, key
        entries[key] = flat(f"{title} {body}")
    assert len(entries) == 59, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the cards between the *** lines"
    )


def main() -> int:
    return heldout_checks.main_stems_absent(PLAN, by_hand, GLOSSARY, NEGATIVE_STEMS)


if __name__ == "__main__":
    sys.exit(main())
