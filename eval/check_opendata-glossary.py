"""Static checks of eval/corpora/opendata-glossary/questions.jsonl (blind, round 54).

Run from the worktree root: ``python eval/check_opendata-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary. The questions are in Romanian (a few typed without diacritics).

The glossary is the Romanian page of the Open Data Handbook's glossary
(``opendata-glossary.md``: okfn/opendatahandbook's ``glossary/ro/index.md``), a Jekyll
Markdown page whose YAML front matter has ``title: Glosar``. Its 30 terms keep their
English names and have Romanian definitions, written in two shapes:

- a paragraph that opens with the English term and runs straight on into the Romanian
  definition, with no separator ("Open Data Datele deschise pot fi folosite ...",
  "Tab-separated values Tab-separated values (TSV) este ..."); one paragraph holds two
  terms ("Open standards ... furnizor. Anonymization See [Anonymisation](...)");
- a Pandoc / kramdown definition list: the term alone on a line, a blank line, then
  ``:   definition`` ("DAP" / ":   Vezi [Data Access Protocol](...)").

The Information Asset Register entry goes on in a blockquote (``> ...``) that quotes the
EU PSI Directive in English as an indented code block and uses a ``{term:...}`` macro.

Written blind while the parser read the page as one entry, ``opendata-glossary#glosar``
(the front matter's title, the whole page its text): no term is an entry. Until the
per-term ids are read, this script checks by hand (``--by-hand``, also chosen
automatically when the parser's ids do not include the keyed ones): one entry per term
paragraph or definition-list term, ANCHOR = the shared corpus README's ``slug`` of the
English term, text = the term, its definition lines and any blockquote that follows; the
glued "Anonymization See [...]" stays inside ``open-standards``. The negatives' grep reads
the ``.md`` file itself.
"""

from __future__ import annotations

import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "opendata-glossary"
GLOSSARY = FOLDER / "opendata-glossary.md"
N = "opendata-glossary-"
# The terms that open a paragraph and run on into their definition (no separator).
INLINE_TITLES = (
    "Open Data",
    "Machine-readable",
    "Connectivity",
    "BitTorrent",
    "Data Access Protocol",
    "Attribution License",
    "Data protection legislation",
    "Application Programming Interface",
    "Share-alike License",
    "Public domain",
    "Database rights",
    "Copyright",
    "Open standards",
    "EU PSI Directive",
    "Information Asset Register",
    "Open Government Data",
    "Tab-separated values",
)
# The key term(s) of each negative, lower case, with usual synonyms, Romanian spellings with
# and without diacritics and English names: none may occur in the glossary file (whole
# words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Anonymisation, Information Asset
    # Register's "poate fi cerută", Tab-separated values, API / Web API, the English quote's
    # "linked", Machine-readable, Attribution / Share-alike License, the IAR's "hăcuitorii
    # civici", Public Sector Information / EU PSI Directive) is in the file
    f"{N}023": [
        "reidentificare",
        "reidentifica",
        "re-identification",
        "re-identify",
        "deanonimizare",
        "de-anonymisation",
        "k-anonymity",
        "k-anonimitate",
    ],
    f"{N}024": [
        "freedom of information",
        "foi",
        "foia",
        "544",
        "liberul acces",
        "petiție",
        "petitie",
        "cerere",
        "solicitare",
    ],
    f"{N}025": ["csv", "comma", "virgulă", "virgula", "comma-separated"],
    f"{N}026": ["json", "acolade", "cheie-valoare", "key-value"],
    f"{N}027": ["linked data", "rdf", "triplet", "triplete", "uri", "sparql", "date legate"],
    f"{N}028": ["cleaning", "curățare", "curatare", "curăța", "dubluri", "duplicate"],
    f"{N}029": ["compatibil", "compatibile", "compatibilitate", "compatibility", "mixing"],
    f"{N}030": ["hackathon", "hackaton", "app challenge", "maraton"],
    f"{N}031": [
        "bani",
        "taxa",
        "taxă",
        "taxe",
        "tarif",
        "cost",
        "costuri",
        "preț",
        "plată",
        "charging",
        "cost recovery",
    ],
    # named; several share a word with a title: open source / open access (Open Data, Open
    # standards, Open Government Data), data protection officer (Data protection
    # legislation), five stars of open data (Open Data), API key (API, Web API), database
    # management system (Database rights); GDPR next to Data protection legislation,
    # crowdsourcing and DOI next to Open Data / Re-use
    f"{N}032": ["open source", "sursă deschisă", "sursa deschisa", "cod deschis"],
    f"{N}033": ["open access", "acces deschis"],
    f"{N}034": ["dpo", "officer", "responsabil"],
    f"{N}035": ["gdpr", "rgpd", "2016/679"],
    f"{N}036": ["five stars", "5 star", "5-star", "cinci stele", "5 stele", "berners-lee"],
    f"{N}037": ["crowdsourcing", "crowd"],
    f"{N}038": ["api key", "cheie api", "cheie", "token"],
    f"{N}039": ["doi", "digital object identifier"],
    f"{N}040": ["sgbd", "dbms", "management system", "sistem de gestiune"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def blocks() -> list[str]:
    """The page's blank-line-separated blocks after the front matter."""
    text = GLOSSARY.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    body = text.split("\n---\n", 1)[1]
    return [b.strip("\n") for b in body.split("\n\n") if b.strip()]


def hand_entries() -> dict[str, str]:
    """id -> flat(title + text): one entry per term paragraph or definition-list term."""
    parts = blocks()
    entries: dict[str, list[str]] = {}
    key = ""
    for i, block in enumerate(parts):
        following = parts[i + 1] if i + 1 < len(parts) else ""
        if block.startswith((":", ">")):  # a definition, or the blockquote after the IAR
            entries[key].append(block)
            continue
        if "\n" not in block and following.startswith(":"):
            title = block
        else:
            title = next(t for t in INLINE_TITLES if block.startswith(t + " "))
        key = f"opendata-glossary#{slug(title)}"
        assert key not in entries, key
        entries[key] = [block]
    assert len(entries) == 29, len(entries)  # 30 terms: "Anonymization" is glued to another
    return {k: flat(" ".join(v)) for k, v in entries.items()}


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN,
        hand_entries(),
        GLOSSARY,
        "the term paragraphs and definition-list terms of the Romanian glossary page",
    )


def main() -> int:
    return heldout_checks.main_keyed(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
