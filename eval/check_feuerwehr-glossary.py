"""Static checks of eval/corpora/feuerwehr-glossary/questions.jsonl (blind, round 40).

Run from the worktree root: ``python eval/check_feuerwehr-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one German Markdown page (``feuerwehr-glossary.md``, slauger/mta-lernplattform's
``docs/begriffe.md``, the "Begriffe & Abkürzungen" page of an MkDocs study site for Bavaria's
Modulare Truppausbildung of volunteer firefighters): ``## A`` .. ``## Z`` letter headings,
132 ``### Term`` headings (many ``ACRONYM (Expansion)``), each with a ``**Erklärung:**`` and
(but one) a ``**Beispiel:**`` paragraph, ``---`` rules, MkDocs ``!!! tip`` admonitions. The
questions are in German, typed like German users type (lower case, ae/oe/ue or ss for some
umlauts and ß, a few typos).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "feuerwehr-glossary"
N = "feuerwehr-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Absperren / TH,
    # BMA, Brennbar / Brand, Brandrauch / Menschenrettung, Verletztentransport, Funk /
    # Funkrufname, TH's "Ölspuren", DLK / Leiter, Löschmittel / Brandklasse)
    f"{N}023": ["rettungsgasse", "rettungsgassen", "gasse"],
    f"{N}024": [
        "rauchmelder",
        "rauchwarnmelder",
        "heimrauchmelder",
        "brandmelder",
        "rauchmeldepflicht",
    ],
    f"{N}025": [
        "verbrennungsdreieck",
        "branddreieck",
        "feuerdreieck",
        "verbrennungsvoraussetzungen",
        "zündquelle",
        "zündtemperatur",
        "zündenergie",
        "brennstoff",
    ],
    f"{N}026": [
        "wärmebildkamera",
        "waermebildkamera",
        "wbk",
        "wärmebild",
        "thermografie",
        "thermokamera",
    ],
    f"{N}027": ["stabile seitenlage", "seitenlage", "erste hilfe", "atemkontrolle"],
    f"{N}028": [
        "buchstabiertafel",
        "buchstabieralphabet",
        "funkalphabet",
        "nato-alphabet",
        "alpha",
        "bravo",
        "buchstabieren",
    ],
    f"{N}029": ["ölbindemittel", "bindemittel", "ölbinder", "oelbindemittel", "ölsperre"],
    f"{N}030": ["sprungpolster", "sprungretter", "sprungkissen", "sprungtuch", "rettungskissen"],
    f"{N}031": ["feuerlöscher", "handfeuerlöscher", "feuerloescher", "wartung", "gewartet"],
    # named; several share a word with a title: Brandklasse E (Brandklasse, Brandklasse A-F),
    # D-Schlauch (B-Schlauch, C-Rohr / C-Schlauch), Örtlicher Einsatzleiter (Einsatzleiter
    # (EL)), 4A1C4E-Regel (GAMS-Regel), DIN 14530 (DIN 14034); Kreisbrandmeister (next to KBR,
    # KBI), Löschdecke (Brandklasse F's "Deckel"), Sicherheitstrupp (Trupp, Angriffstrupp,
    # Wassertrupp), Fluchthaube (Halbmaske, AS)
    f"{N}032": ["brandklasse e"],
    f"{N}033": ["d-schlauch", "d schlauch", "d-rohr", "d-strahlrohr"],
    f"{N}034": ["örtlicher einsatzleiter", "örtliche einsatzleitung", "öel", "oel"],
    f"{N}035": ["4a1c4e", "aaaaceeee", "aaaa-c-eeee", "atemgifte", "angstreaktion", "einsturz"],
    f"{N}036": ["din 14530", "14530"],
    f"{N}037": ["kreisbrandmeister", "kbm"],
    f"{N}038": ["löschdecke", "feuerlöschdecke", "brandschutzdecke", "loeschdecke"],
    f"{N}039": [
        "sicherheitstrupp",
        "sitr",
        "rettungstrupp",
        "atemschutz-notfall",
        "atemschutznotfall",
    ],
    f"{N}040": [
        "fluchthaube",
        "brandfluchthaube",
        "rettungshaube",
        "fluchtmaske",
        "fluchtfiltergerät",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
