"""Static checks of eval/corpora/desktop-glossary/questions.jsonl (blind, round 57).

Run from the worktree root: ``python eval/check_desktop-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one XML file in **Serbian Cyrillic** (``desktop-glossary.xml``: the letter-C
part of "Сверачунарски појмовник", caslav-ilic/sverapoj ``concepts/c.xml``, a Divergloss
glossary of everyday computing concepts for Serbian software translators, included by the
project's ``top.xml`` with ``xi:include``): a bare ``<concepts>`` root (no DOCTYPE, no
namespace) holding 37 ``<concept id="...">`` elements, each a ``<desc>`` (a Serbian definition
with ``<ref c="...">`` links and ``~a|env:b~`` per-environment variants), ``<term>`` elements
(one or two ``lang="en"`` English names, then Serbian names tagged ``env="fed gnm kde moz ooo
uk id pr"`` and a grammar code ``gr``), sometimes an ``<eterm>`` (``<nom>``, ``<decl>``,
``<comment>``) and a ``<details root="wpen" rel="..."/>`` Wikipedia link; XML comments
(``<!-- @упути: ... -->``) hold the editors' reference keys. English and Serbian names repeat
across concepts (column / column_page, copy / copy_fs, character / character_p, click /
click_i, code / code2; шифра in cipher and code2), so only the ``id`` attribute is unique.

Written blind while the parser read no entry from the file ("read as dialect xml: no list or
mapping of terms with definitions"): until it does, ``rag-glossary entries`` fails and this
script falls back to a by-hand reading (``--by-hand``, also chosen automatically): one entry
per ``<concept>``, ANCHOR = the shared corpus README's ``slug`` of its ``id`` attribute
(``cache``, ``column_page``, ``commandline``), text = the id and every text node of the
concept (terms, description, eterm, comments; XML comments dropped).

Serbian inflects (лозинка / лозинку / лозинком), so besides the whole-word NEGATIVE_TERMS
(Cyrillic, Latin and English) every negative's Cyrillic stems are checked as substrings of the
lower-cased file (``main_stems_absent``).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import heldout_checks
from heldout_checks import ROOT, flat, main_stems_absent, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "desktop-glossary"
GLOSSARY = FOLDER / "desktop-glossary.xml"
N = "desktop-glossary-"
# The key term(s) of each negative, lower case, with inflected forms and usual synonyms
# (Serbian Cyrillic and Latin, English): none may occur in the glossary file (whole words,
# case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Cache / Certificate's
    # web pages; Cut / Copy_fs; Cut / Copy / Clipboard; Click / Cursor / Copy_fs; Clipboard /
    # Computer's monitor; Copy_fs / Configurationfile; Client / Certificate; Command /
    # Commandline / Click; Copy_fs / Computer's storage)
    f"{N}023": ["колачић", "колачићи", "колачића", "kolačić", "kolacic", "cookie", "cookies"],
    f"{N}024": [
        "корпа",
        "корпу",
        "корпа за отпатке",
        "канта",
        "канту",
        "смеће",
        "korpa",
        "kanta",
        "trash",
        "recycle bin",
        "отпатке",
    ],
    f"{N}025": ["поништи", "поништити", "опозови", "опозвати", "undo", "ctrl", "ponisti"],
    f"{N}026": [
        "превући",
        "превлачење",
        "испустити",
        "превуци и пусти",
        "drag",
        "drop",
        "drag and drop",
        "prevuci",
    ],
    f"{N}027": [
        "снимак екрана",
        "снимак",
        "екрана",
        "екран",
        "screenshot",
        "скриншот",
        "print screen",
    ],
    f"{N}028": [
        "компресија",
        "компримовање",
        "сажимање",
        "архива",
        "архиву",
        "паковање",
        "zip",
        "rar",
        "compression",
        "archive",
        "kompresija",
    ],
    f"{N}029": [
        "заштитни зид",
        "фајервол",
        "firewall",
        "zaštitni zid",
        "ватрени зид",
        "антивирус",
    ],
    f"{N}030": [
        "пречица",
        "пречице",
        "пречицу",
        "тастерска пречица",
        "shortcut",
        "prečica",
        "precica",
        "hotkey",
        "ctrl",
    ],
    f"{N}031": [
        "резервна копија",
        "резервне копије",
        "резервна",
        "бекап",
        "backup",
        "bekap",
        "архивирање",
    ],
    # named; several share a word with a title: скрипта (next to Command / Commandline's
    # "љуска"), корисничко име ("корисничко": Commandline's "корисничко сучеље"), поље за
    # претрагу ("поље": Cell, Checkbox's "поље за потврду"), база података (next to Computer /
    # Client's "податке"), конфигурациони чаробњак ("конфигурациона": Configurationfile), код
    # грешке ("код": Code), контекстни мени (Command's "ставке менија", Click), сертификационо
    # тело ("сертификат": Certificate; the file's XML comment names a certificateauthority
    # concept kept elsewhere), виртуелна машина (Computer, Captcha's "машина")
    f"{N}032": ["скрипта", "скрипте", "скрипту", "script", "skripta", "батч", "batch"],
    f"{N}033": ["корисничко име", "username", "korisničko ime", "налог", "налога", "login"],
    f"{N}034": ["претрага", "претраге", "претрагу", "претраживање", "search", "pretraga"],
    f"{N}035": ["база података", "базе података", "база", "database", "baza podataka"],
    f"{N}036": ["чаробњак", "чаробњака", "wizard", "čarobnjak", "асистент"],
    f"{N}037": ["грешка", "грешке", "код грешке", "error", "error code", "greška"],
    f"{N}038": ["контекстни мени", "контекстни", "контекстног", "context menu", "kontekstni"],
    f"{N}039": [
        "сертификационо тело",
        "тело",
        "издавалац",
        "certificate authority",
        "certification authority",
        "telo",
    ],
    f"{N}040": [
        "виртуелна машина",
        "виртуелна",
        "виртуелизација",
        "virtual machine",
        "virtuelna",
        "vm",
    ],
}
# Substrings of the lower-cased file that must not occur (stems of the Cyrillic inflected
# forms above and of the English names: "мени", "машин", "тастер" and "authority" are left
# out, since the file holds "менија", "машина", "тастера" and the comment key
# "certificateauthority").
NEGATIVE_STEMS = (
    "колачић",
    "cookie",
    "корп",
    "отпад",
    "отпатк",
    "поништ",
    "опозов",
    "undo",
    "превлач",
    "превућ",
    "превуц",
    "испуст",
    "снимак",
    "екран",
    "screenshot",
    "компрес",
    "комприм",
    "сажим",
    "архив",
    "паковањ",
    "заштитни зид",
    "фајервол",
    "firewall",
    "пречиц",
    "shortcut",
    "резервн",
    "бекап",
    "backup",
    "скрипт",
    "script",
    "корисничко име",
    "налог",
    "претраг",
    "претраж",
    "база",
    "базе",
    "database",
    "чаробњак",
    "wizard",
    "грешк",
    "error",
    "контекст",
    "сертификацион",
    "издавал",
    "виртуел",
    "virtual",
)

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(id + every text node of the concept): one entry per <concept>, ANCHOR = the
    shared corpus README's slug of its ``id`` attribute."""
    entries: dict[str, str] = {}
    for concept in ET.parse(GLOSSARY).getroot().iter("concept"):
        cid = concept.get("id", "")
        key = f"desktop-glossary#{slug(cid)}"
        assert key not in entries, key
        entries[key] = flat(f"{cid} {' '.join(concept.itertext())}")
    assert len(entries) == 37, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the <concept> elements, keyed by their id attribute"
    )


def main() -> int:
    return main_stems_absent(PLAN, by_hand, GLOSSARY, NEGATIVE_STEMS)


if __name__ == "__main__":
    sys.exit(main())
