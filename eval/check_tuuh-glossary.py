"""Static checks of eval/corpora/tuuh-glossary/questions.jsonl (blind, round 60).

Run from the worktree root: ``python eval/check_tuuh-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring), that the loader read the one ``.ts`` file, and that
no negative's key term is in the glossary.

The glossary is one **TypeScript data module** in **Mongolian** (Cyrillic script)
(``tuuh-glossary.ts``: nbiji0817-creator/history-learning-mn's ``data/glossary.ts``, the
hand-written part of the "тайлбар толь" (glossary) of «ТҮҮХЭЭ МЭДЬЕ», a history learning
system for Mongolian school grades 6-12; the repository states no licence). After an
``import type { GlossaryTerm }`` and an import of a second glossary (``textbookGlossary``,
not copied), one array literal ``const curatedGlossary: GlossaryTerm[] = [ ... ];`` holds 34
object literals ``{ term: "Их засаг", definition: "...", category: "Монголын түүх",
relatedTerms: ["Их Монгол улс", "Чингис хаан"] }``, the definition string on its own line
after ``definition:`` (one on the same line: Шаньюй), double-quoted, with «» quotes and em
dashes inside (``«Манай эриний өмнө» — ...``). Six categories (Үндсэн ойлголт, Эрт үе,
Монголын түүх, Дундад үе, Шинэ үе, Орчин үе); related terms often name entries of the other
file (Хүннү, Чингис хаан, Их Монгол улс). After the array: a JSDoc comment and an exported
IIFE that merges the two arrays by lower-cased term, and ``glossaryCategories``.

Written blind while the parser read the 34 object literals as 34 entries (title = ``term``,
body = ``definition`` plus a ``category:`` field, ``relatedTerms`` as see-also), ids the
shared corpus README's slug of the term (``их-засаг``, ``мэө``, ``анхдагч-эх-сурвалж``), so
the script checks the parser's entries; ``--by-hand`` (or a loader that reads other ids or
nothing) checks its own reading of the object literals, which gives the same 34 ids.

Mongolian glues case endings to words (``Хүннү гүрний``, ``Европт``), so besides the
whole-word NEGATIVE_TERMS a few longer key terms are also checked as substrings of the
lower-cased file (STEMS; not short ones like ``цэц``, which is inside ``цэцэглэлт``).
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import (
    OUTSIDE_KINDS,
    OUTSIDE_NEGATIVES,
    ROOT,
    corpus_plan,
    flat,
    main_stems_absent,
    slug,
)

FOLDER = ROOT / "eval" / "corpora" / "tuuh-glossary"
GLOSSARY = FOLDER / "tuuh-glossary.ts"
N = "tuuh-glossary-"
TERMS_IN_FILE = 34
# The key term(s) of each negative, lower case, with usual synonyms in Mongolian, English and
# the Latin transliteration Mongolian users type: none may occur in the glossary file (whole
# words, case-insensitive). Not "дайн" (Их хуралдай: "дайн зарлах"), not "европ" (Сэргэн
# мандалт: "Европт"), not "шүүх" (Их засаг), not "эрх" (several entries).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Археологи / Он
    # тоолол; Палеолит / Неолит; Өртөө / Эзэнт гүрэн; Социализм / Дипломат харилцаа; Эзэнт
    # гүрэн / Тусгаар тогтнол; Феодал; Сэргэн мандалт; Неолитын хувьсгал / Хувьсгал;
    # Плебисцит / Он тоолол)
    f"{N}023": ["радиокарбон", "нүүрстөрөгч", "изотоп", "radiocarbon", "carbon dating"],
    f"{N}024": ["мезолит", "дунд чулуун", "mesolithic"],
    f"{N}025": ["торго", "торгоны зам", "silk road", "худалдаа", "худалдаачид"],
    f"{N}026": ["хүйтэн дайн", "cold war", "зхуы", "зхуу", "ссср", "зөвлөлт", "ану"],
    f"{N}027": ["колони", "колоничлол", "колонийн", "colony", "colonialism"],
    f"{N}028": ["боол", "боолчлол", "боолын", "slave", "slavery"],
    f"{N}029": ["шинэчлэл", "реформац", "reformation", "лютер", "католик", "сүм"],
    f"{N}030": ["аж үйлдвэрийн", "аж үйлдвэрийн хувьсгал", "уурын", "машин", "industrial"],
    f"{N}031": ["тооллого", "хүн амын тооллого", "census"],
    # named; several share a word with a title: Улсын Их Хурал ("их": Их засаг, Их
    # хуралдай), Үндсэн хуулийн цэц ("үндсэн хууль": Үндсэн хууль), Загалмайтны аян дайн,
    # дипломат халдашгүй эрх ("дипломат": Дипломат харилцаа), Засгийн газар ("засаг": Их
    # засаг), Хүрэл зэвсгийн үе, Францын хувьсгал ("хувьсгал": Хувьсгал, Неолитын
    # хувьсгал), иргэний дайн, Монгол бичиг (a term of the app's other glossary file)
    f"{N}032": ["парламент", "улсын их хурал", "parliament"],
    f"{N}033": ["цэц", "үндсэн хуулийн цэц", "constitutional court"],
    f"{N}034": ["загалмай", "загалмайтны", "загалмайтны аян дайн", "crusade", "crusades"],
    f"{N}035": ["халдашгүй", "haldashgui", "immunity", "diplomatic immunity"],
    f"{N}036": ["засгийн газар", "ерөнхий сайд", "government", "prime minister"],
    f"{N}037": ["хүрэл", "хүрэл зэвсгийн үе", "bronze", "bronze age"],
    f"{N}038": ["франц", "францын", "french revolution", "бастили"],
    f"{N}039": ["иргэний дайн", "civil war"],
    f"{N}040": ["монгол бичиг", "босоо бичиг", "уйгаржин", "mongolian script"],
}

# Checked as substrings of the lower-cased file too (a case ending may follow them).
STEMS = (
    "радиокарбон",
    "нүүрстөрөгч",
    "изотоп",
    "мезолит",
    "торго",
    "худалдаа",
    "хүйтэн дайн",
    "зөвлөлт",
    "колони",
    "боол",
    "реформац",
    "лютер",
    "католик",
    "аж үйлдвэр",
    "уурын",
    "машин",
    "тооллого",
    "парламент",
    "хуулийн цэц",
    "загалмай",
    "халдашгүй",
    "засгийн газар",
    "ерөнхий сайд",
    "хүрэл",
    "франц",
    "иргэний дайн",
    "монгол бичиг",
    "уйгаржин",
)

PLAN = corpus_plan(
    FOLDER,
    OUTSIDE_KINDS,
    NEGATIVE_TERMS,
    formats=True,
    two_sided_comparisons=True,
    negative_ranges=OUTSIDE_NEGATIVES,
    unique_questions=True,
    glossary_files={".ts": 1},
    glossary_phrases=("Хишигтэн", "curatedGlossary"),
)

# One object literal of the array: term, definition (maybe on the next line), category,
# relatedTerms.
ENTRY = re.compile(
    r'\{\s*term: "([^"]+)",\s*definition:\s*"([^"]*)",\s*category: "([^"]*)",'
    r"\s*relatedTerms: \[([^\]]*)\],\s*\}"
)


def hand_entries() -> dict[str, str]:
    """id -> flat(term + definition + category + related terms): one entry per object
    literal, ANCHOR = the shared corpus README's slug of ``term`` (the parser's reading gives
    the same 34 ids)."""
    text = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for term, definition, category, related in ENTRY.findall(text):
        anchor = f"tuuh-glossary#{slug(term)}"
        assert anchor not in entries, anchor
        entries[anchor] = flat(f"{term} {definition} {category} {related}")
    assert len(entries) == TERMS_IN_FILE, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the object literals of curatedGlossary"
    )


def main() -> int:
    return main_stems_absent(PLAN, by_hand, GLOSSARY, STEMS)


if __name__ == "__main__":
    sys.exit(main())
