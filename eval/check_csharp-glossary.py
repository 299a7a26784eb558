"""Static checks of eval/corpora/csharp-glossary/questions.jsonl (blind, round 46).

Run from the worktree root: ``python eval/check_csharp-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file in **Swedish** (``csharp-glossary.md``:
everyloop/NET24-Csharp's ``Lecture-notes/Glossary.md``, the vocabulary list of a Swedish
C# / .NET programming course, MIT): a ``# Ordlista`` heading over one four-column pipe
table ``|Svenska|Engelska|Beskrivning|Kommentar|`` of 66 rows (the Swedish term, its
English name, a description, a comment). Rows are irregular: two lack the closing pipe,
one ends in a run of tabs, one has an extra empty cell, one has a tab where a pipe belongs.
The questions are in Swedish too, typed as Swedish users do (some without å/ä/ö).

Written blind while the parser read **one** entry from the file (``csharp-glossary#ordlista``:
the heading, with the whole table as its body), not one per row. The questions are keyed to
the ids a table-row reader would give: ANCHOR = the shared corpus README's ``slug`` of the
Svenska cell (``Öppen källkod`` -> ``öppen-källkod``, ``IL-kod`` -> ``il-kod``). While the
parser gives fewer entries than the table has rows, this script checks by hand
(``--by-hand``, also chosen automatically): one entry per table row, id = slug of the
Svenska cell, text = all the row's cells; the negatives' grep reads the ``.md`` file itself.
"""

from __future__ import annotations

import sys

import heldout_checks
from heldout_checks import ROOT, cli, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "csharp-glossary"
GLOSSARY = FOLDER / "csharp-glossary.md"
N = "csharp-glossary-"
ROWS = 66
# The key term(s) of each negative, lower case, with inflected forms, usual synonyms and
# English names: none may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Klass / Arv / Implementera, Datastruktur
    # / Datatyp, Metod, Exekvera / CPU, Felsöka / Bugg, Referenstyp / Undantag, Fält / Medlem,
    # Värdetyp / Referenstyp / Heap, Konkatenera) is in the file
    f"{N}023": ["interface", "interfaces", "gränssnitt", "gränssnittet", "kontrakt"],
    f"{N}024": [
        "generics",
        "generic",
        "generisk",
        "generiska",
        "generiskt",
        "typparameter",
        "typparametrar",
        "vinkelparenteser",
    ],
    f"{N}025": ["lambda", "lambdauttryck", "anonym", "anonyma", "arrow function"],
    f"{N}026": [
        "async",
        "await",
        "asynkron",
        "asynkront",
        "asynkrona",
        "tråd",
        "trådar",
        "thread",
        "threads",
        "parallell",
        "parallellt",
        "samtidigt",
    ],
    f"{N}027": [
        "test",
        "tester",
        "testa",
        "enhetstest",
        "enhetstester",
        "unit test",
        "xunit",
        "nunit",
    ],
    f"{N}028": ["null", "nullreferens", "nullreferenceexception", "null reference"],
    f"{N}029": [
        "private",
        "privat",
        "privata",
        "public",
        "publik",
        "protected",
        "åtkomst",
        "åtkomstmodifierare",
        "inkapsling",
        "encapsulation",
    ],
    f"{N}030": ["boxing", "unboxing", "boxning", "inpackning"],
    f"{N}031": [
        "versaler",
        "gemener",
        "skiftläge",
        "skiftlägeskänslig",
        "ignorecase",
        "case",
        "stora och små",
    ],
    # named; several share a word with a title: abstrakt klass (Klass, Abstraktionsnivå),
    # extension method (Metod), binärt sökträd (Binärt, Datastruktur's "träd"), stack trace
    # (Stack), ref och out parametrar (Parametrar, Referenstyp), LINQ, delegat, dependency
    # injection, tuple
    f"{N}032": ["abstrakt", "abstrakta", "abstract", "abstract class"],
    f"{N}033": ["extension", "extension method", "tilläggsmetod", "tilläggsmetoder"],
    f"{N}034": ["sökträd", "binärsökning", "binary search", "bst"],
    f"{N}035": ["linq"],
    f"{N}036": ["stack trace", "stacktrace", "stackspår", "anropsstack"],
    f"{N}037": ["delegat", "delegater", "delegaten", "delegate"],
    f"{N}038": ["ref", "out"],
    f"{N}039": ["dependency injection", "beroendeinjektion", "di"],
    f"{N}040": ["tuple", "tuples", "tupel", "tupler"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(all cells): one entry per table row under the header and separator."""
    lines = [ln for ln in GLOSSARY.read_text(encoding="utf-8").splitlines() if ln.startswith("|")]
    assert lines[0].startswith("|Svenska|Engelska|") and set(lines[1]) <= set("|-"), lines[:2]
    entries: dict[str, str] = {}
    for line in lines[2:]:
        cells = line.split("|")[1:]
        key = f"csharp-glossary#{slug(cells[0])}"
        assert key not in entries, key
        entries[key] = flat(" ".join(cells))
    assert len(entries) == ROWS, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the rows of the Ordlista table"
    )


def main() -> int:
    if "--by-hand" not in sys.argv:
        try:
            read = cli("entries", corpus=FOLDER)
        except Exception:  # the loader read nothing
            read = []
        if len(read) >= ROWS:
            return heldout_checks.run(PLAN)
        print(f"rag-glossary entries reads {len(read)} entries for {ROWS} rows: checking by hand")
    return by_hand()


if __name__ == "__main__":
    sys.exit(main())
