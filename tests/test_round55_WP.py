"""Round 55 lane WP: the bracket closing a bold paragraph term on a page in another language
than English holds the term's other names (parsing/md_bracket_names.py): sdlc-glossary's
``**Rozšíriť–migrovať–zúžiť (expand–migrate–contract, parallel change)** — ...`` (Slovak),
trmalzeme-glossary's ``**SMA (Şekil Hafızalı Alaşım - Shape Memory Alloy)**`` (Turkish),
adopsi-glossary's ``**Adoption (Adopsi)**`` (Malay); a qualifier or a description in the
bracket names nothing."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from rag_glossary.coverage.glossary_language import function_words
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.md_bracket_names import bracket_names


@cache
def _titled(name: str) -> dict[str, Entry]:
    return {e.title: e for e in load_corpus(Path("eval/corpora") / name).entries}


@pytest.mark.parametrize(
    ("corpus", "title", "names"),
    [
        (
            "sdlc-glossary",
            "Rozšíriť–migrovať–zúžiť (expand–migrate–contract, parallel change)",
            ("expand–migrate–contract", "parallel change"),
        ),
        ("sdlc-glossary", "Pôvod (provenance)", ("provenance",)),
        ("sdlc-glossary", "Súperenie o prostriedky (contention)", ("contention",)),
        ("sdlc-glossary", "Sandboxing (izolované spúšťanie)", ("izolované spúšťanie",)),
        (
            "sdlc-glossary",
            "Izolácia pomocou worktree (worktree isolation)",
            ("worktree isolation",),
        ),
        (
            "sdlc-glossary",
            "Postupné nasadzovanie (canary · zvyšovanie podielu)",
            ("canary", "zvyšovanie podielu"),
        ),
        (
            "sdlc-glossary",
            "Oddelenie právomocí (separation of duties, medzi agentmi)",
            ("separation of duties",),
        ),
        (
            "trmalzeme-glossary",
            "SMA (Şekil Hafızalı Alaşım - Shape Memory Alloy)",
            ("Şekil Hafızalı Alaşım", "Shape Memory Alloy"),
        ),
        (
            "trmalzeme-glossary",
            "Durum Yoğunluğu (Density of States - DOS)",
            ("Density of States", "DOS"),
        ),
        ("trmalzeme-glossary", "Fermi Seviyesi (Fermi Level - E_F)", ("Fermi Level",)),
        ("adopsi-glossary", "Adoption (Adopsi)", ("Adopsi",)),
        ("adopsi-glossary", "Actual Use (Penggunaan Aktual)", ("Penggunaan Aktual",)),
    ],
)
def test_a_bold_terms_bracket_gives_its_other_names(
    corpus: str, title: str, names: tuple[str, ...]
) -> None:
    aliases = _titled(corpus)[title].aliases
    assert all(n in aliases for n in names), aliases


@pytest.mark.parametrize(
    ("corpus", "title"),
    [
        ("sdlc-glossary", "Zvládnuteľný rozsah (úlohy)"),  # one word of the page's language
        ("sdlc-glossary", "Najprv architektúra (so slučkou)"),  # a function word opens it
        ("sdlc-glossary", "Oddelenie zodpovedností (pri agentoch)"),
        ("sdlc-glossary", "Človek ako smerovač (nad cyklom a vnútri cyklu)"),
        (
            "sdlc-glossary",
            "Vymeranie oprávnenia (grant sizing: scope · mode · lifetime · identity)",
        ),
        ("bee-glossary", "Lagstiftning (Biodling)"),  # a domain qualifier (the set's README)
        ("bee-glossary", "Orientering (Bin)"),
        ("adopsi-glossary", "Variance Explained (R²)"),  # a symbol
        ("stats-glossary", "Addition rule (for mutually exclusive events)"),  # English page
        ("seo-glossary", "E-A-T (Expertise, Authoritativeness, Trustworthiness)"),
        ("aviation-glossary", "Beacon (Airport)"),
    ],
)
def test_a_qualifier_or_an_english_pages_bracket_names_nothing(corpus: str, title: str) -> None:
    entry = _titled(corpus)[title]
    inner = title.rsplit("(", 1)[1].rstrip(")")
    assert not any(part.strip() in entry.aliases for part in inner.replace("·", ",").split(","))


def test_bracket_names_reads_lists_dashes_and_descriptions() -> None:
    function = function_words("sk") | function_words("en")
    assert bracket_names("Drift a zastarávanie pravidiel (drift / rule rot)", function) == [
        "drift",
        "rule rot",
    ]
    assert bracket_names("Termín (in statistics)", function) == []
    assert bracket_names("Termín (noun)", function) == []
    assert bracket_names("Termín (toto je celá veta. Druhá)", function) == []
    # one name of two English halves joined by a dash stays whole
    assert bracket_names("PLS (Partial Squares - Structural Modeling)", function) == [
        "Partial Squares - Structural Modeling"
    ]
