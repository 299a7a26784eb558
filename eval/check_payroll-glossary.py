"""Static checks of eval/corpora/payroll-glossary/questions.jsonl (blind, round 59).

Run from the worktree root: ``python eval/check_payroll-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring), that the loader read the one ``.md`` file, and that
no negative's key term (whole words) or stem (substrings) is in the glossary.

The glossary is one **Markdown file** in **Slovenian** (``payroll-glossary.md``:
hisoftjuniordev/eplace2026_diploma's ``DOKUMENTACIJA.md``, "ePlače 2026 — Celotna tehnična
dokumentacija", the reference document of a diploma project, a multi-tenant SaaS web
application for the monthly payroll under Slovenian law; no licence stated; saved from
``read_file``'s text, no snapshot to fetch). A title, one paragraph ("Referenčni dokument za
vse koncepte, terminologijo ..."), a numbered table of contents, then nine ``##`` chapters
(splošni koncepti, baza podatkov, varnostni sistem, backend, obračunski mehanizem, asinhrona
obdelava, izvozni formati, frontend, terminološki slovar) separated by ``---`` rules. The
concepts are ``###`` sections (``### OZP (obvezno zdravstveno prispevanje)``, ``### Signals``)
and, under ``### Tabele``, ``####`` sections named by a table (``#### `dbo.tenants` —
podjetja``); bodies hold bold words, inline code, fenced blocks of SQL, TypeScript and
formulas, and three pipe tables of contribution rates. The last chapter, ``## 9.
Terminološki slovar``, is a two-column pipe table ``| Izraz | Razlaga |`` of 44 bold terms
(Bruto 1, Bruto 2, OZP, PIZ, ZZ, ZAP, STAR, DO, B014, VOD, REK-O, FURS, JWT, RLS, Signal ...).
One word is spelt with a Cyrillic letter (``geslа``, U+0430, in the bcrypt section).

Written blind while the parser read 56 entries from the file: the 55 ``###`` / ``####``
sections (ids the slug of the heading, ``payroll-glossary#ozp-obvezno-zdravstveno-prispevanje``,
``payroll-glossary#dbotenants--podjetja``) and the whole glossary table as **one** entry,
``payroll-glossary#9-terminološki-slovar`` (its 44 rows are not entries of their own); the
script checks the parser's entries. ``--by-hand`` (or a loader that reads nothing) checks its
own reading of the headings, which gives the same 56 ids.

Slovenian inflects (``dopusta``, ``nagrado``, ``porodniško``), so besides the whole-word
NEGATIVE_TERMS every negative's stems are checked as substrings of the lower-cased file
(``NEGATIVE_STEMS``).
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
)

FOLDER = ROOT / "eval" / "corpora" / "payroll-glossary"
GLOSSARY = FOLDER / "payroll-glossary.md"
N = "payroll-glossary-"
ENTRIES_IN_FILE = 99  # 55 sections + 44 table rows (PARSER_VERSION 149; 56 before)
# The key term(s) of each negative, lower case, with usual synonyms in English and Slovenian
# (with and without č/š/ž): none may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (monthly hours'
    # holiday hours, Povračila; JWT / bcrypt / Varnostni sistem; JWT's 8-hour expiry;
    # Davčna osnova in dohodnina, FURS; Boniteta / Bruto; Azure SQL / Temporal Tables;
    # HTTP interceptor / Backend; Bruto / job positions' tariff classes; STAR)
    f"{N}023": [
        "regres",
        "regresa",
        "regres za letni dopust",
        "holiday allowance",
        "holiday pay",
    ],
    f"{N}024": [
        "2fa",
        "mfa",
        "totp",
        "dvofaktorska avtentikacija",
        "dvostopenjska prijava",
        "two-factor",
        "multi-factor",
        "authenticator",
    ],
    f"{N}025": [
        "refresh token",
        "refresh",
        "osvežilni žeton",
        "osvezilni zeton",
        "podaljšanje seje",
        "sliding session",
    ],
    f"{N}026": [
        "informativni izračun",
        "informativni izracun",
        "napoved",
        "dohodninska napoved",
        "ugovor",
        "tax return",
    ],
    f"{N}027": [
        "jubilejna nagrada",
        "jubilej",
        "jubilejne nagrade",
        "nagrada",
        "jubilee",
        "long service award",
    ],
    f"{N}028": [
        "backup",
        "varnostna kopija",
        "varnostno kopijo",
        "point-in-time restore",
        "obnova",
        "restore",
    ],
    f"{N}029": ["cors", "cross-origin", "domena", "domenah", "same-origin", "preflight"],
    f"{N}030": [
        "delovna doba",
        "delovno dobo",
        "minulo delo",
        "dodatek za delovno dobo",
        "staž",
        "seniority",
    ],
    f"{N}031": [
        "porodniška",
        "porodniski",
        "porodniški dopust",
        "materinski dopust",
        "maternity leave",
        "parental leave",
    ],
    # named; several share a word with a title: Unix signals ("signal": Signals), Redis
    # cluster ("redis": BullMQ + Redis), cash-flow statement ("tok": Tok obračuna), job shop
    # scheduling ("job": Job retry), Angular Universal ("angular": Angular 17 — Standalone
    # Components), XML schema ("xml": SEPA / VOD / REK-O XML, Generiranje XML), Tailwind dark
    # mode ("tailwind": Tailwind CSS), Azure Functions ("azure": Platforma: Azure SQL), lazy
    # evaluation ("lazy": Lazy loading)
    f"{N}032": ["sigterm", "sigkill", "unix", "posix", "kill"],
    f"{N}033": ["cluster", "sharding", "shard", "redis cluster"],
    f"{N}034": [
        "cash flow",
        "cash-flow",
        "izkaz denarnih tokov",
        "denarni tok",
        "denarnih tokov",
    ],
    f"{N}035": ["job shop", "scheduling", "razporejanje", "urnik"],
    f"{N}036": ["angular universal", "universal", "server-side rendering", "ssr", "hydration"],
    f"{N}037": ["xsd", "xml schema", "xml shema", "dtd"],
    f"{N}038": ["dark mode", "dark", "temni način", "temni nacin", "prefers-color-scheme"],
    f"{N}039": ["azure functions", "functions", "serverless", "brezstrežniško"],
    f"{N}040": ["lazy evaluation", "haskell", "leno vrednotenje", "thunk"],
}
# Substrings absent from the whole lower-cased file (Slovenian case endings).
NEGATIVE_STEMS = (
    "regres",
    "dvofaktor",
    "dvostopenj",
    "totp",
    "refresh",
    "osvežil",
    "osvezil",
    "podaljš",
    "napoved",
    "ugovor",
    "predizpoln",
    "jubilej",
    "nagrad",
    "backup",
    "kopij",
    "obnov",
    "cors",
    "cross-origin",
    "domen",
    "minul",
    "staž",
    "odsluž",
    "porod",
    "materinsk",
    "sigterm",
    "sigkill",
    "shard",
    "cluster",
    "cash",
    "denarn",
    "scheduling",
    "razporej",
    "universal",
    "server-side",
    "xsd",
    "schema",
    "dark",
    "temni",
    "serverless",
    "haskell",
    "evaluation",
    "vrednoten",
)

PLAN = corpus_plan(
    FOLDER,
    OUTSIDE_KINDS,
    NEGATIVE_TERMS,
    formats=True,
    two_sided_comparisons=True,
    negative_ranges=OUTSIDE_NEGATIVES,
    unique_questions=True,
    glossary_files={".md": 1},
    glossary_phrases=("Terminološki slovar", "SlovenianPayrollEngine"),
)

# A section heading: ``### Title`` or ``#### Title`` (the glossary chapter is ``## 9. ...``).
HEADING = re.compile(r"^(#{2,4}) (.+)$", re.M)
GLOSSARY_CHAPTER = "9. Terminološki slovar"
ROW = re.compile(r"^\| \*\*(.+?)\*\* \| (.+?) \|$", re.M)  # a glossary row


def anchor(title: str) -> str:
    """The parser's slug of a heading: lower case, markup and punctuation but ``_`` and
    ``-`` dropped, spaces to hyphens (``dbo.tenants — podjetja`` -> ``dbotenants--podjetja``)."""
    text = title.replace("`", "").replace("*", "").lower()
    text = re.sub(r"[^\w \-]", "", text)
    return text.replace(" ", "-")


def hand_entries() -> dict[str, str]:
    """id -> flat(title + body): one entry per ``###`` / ``####`` section and per row of the
    glossary chapter ``## 9. Terminološki slovar`` (the parser's reading since PARSER_VERSION
    149; the questions were re-keyed from the chapter's one id to the rows'); the body runs
    to the next heading of any level, fenced code left in (no heading inside a fence starts
    with ``##``)."""
    text = GLOSSARY.read_text(encoding="utf-8")
    heads = list(HEADING.finditer(text))
    entries: dict[str, str] = {}
    for i, head in enumerate(heads):
        level, title = head.group(1), head.group(2).strip()
        if level == "##" and title != GLOSSARY_CHAPTER:
            continue
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = text[head.end() : end]
        if level == "##":  # since PARSER_VERSION 149: one entry per row, no chapter entry
            for term, definition in ROW.findall(body):
                key = f"payroll-glossary#{anchor(term)}"
                key = f"{key}-1" if key in entries else key  # bcrypt, Lazy loading
                entries[key] = flat(f"{term} {definition}")
            continue
        if level == "###" and not body.strip(" \n-"):
            continue  # ``### Tabele``: only ``####`` sections under it
        key = f"payroll-glossary#{anchor(title)}"
        assert key not in entries, key
        entries[key] = flat(f"{title} {body}")
    assert len(entries) == ENTRIES_IN_FILE, len(entries)
    return entries


def stems_absent() -> list[str]:
    text = GLOSSARY.read_text(encoding="utf-8").lower()
    return [f"stem '{s}' is in the glossary" for s in NEGATIVE_STEMS if s in text]


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the ### / #### sections and the glossary table"
    )


def main() -> int:
    errors = stems_absent()
    if errors:
        print("\n".join(errors))
        return 1
    return heldout_checks.main(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
