"""Round 51 lane PP: paragraphs that open with a bold term and go straight on with its
definition, no separator (``**account (konto)** Der er ...``), as Microsoft Docs glossary
pages write them under ``## A`` ... ``## Z`` letter headings.

On a page whose top-level paragraphs mostly open with a bold term (two in three, five at
least) and whose terms mostly have no separator after them, each such paragraph is an
entry (md_run_in.py); the letter headings group terms and are none. The title keeps its
brackets (the id is the whole bold text's slug, ``#account-konto``); its bracketed and
comma-listed names are aliases; bold names joined to the first (``**Desktop** eller
**Power BI Desktop**``) are the paragraph's names too, unless another entry is titled so.
The real file is eval/corpora/powerbi-glossary/powerbi-glossary.md (round 51's Danish set).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing.base import Section
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.md_leads import bold_lead
from rag_glossary.parsing.md_run_in import joined_names, title_names
from rag_glossary.parsing.md_terms import parse_md_terms
from rag_glossary.parsing.sniff import sniff_dialect

_POWERBI = Path("eval/corpora/powerbi-glossary")

# The shape of the Microsoft Docs page in another tongue and topic (a Swedish page of
# sailing words, written for this test): letter headings, run-in bold terms, a term glued
# to its heading line, a definition on the next line, two bold names in one paragraph, a
# qualifier outside the bold, an empty letter and a "next steps" section of links.
_SHAPE = """---
title: Ordlista för seglare
ms.topic: conceptual
---
# <a name="glossary"></a>Ordlista för seglare
Den här ordlistan förklarar ord som seglare använder.

## <a name="a"></a>A

**anchor (ankare)** Ett tungt föremål som håller båten på plats. Fästs i en kätting.

**aft (akter)** Mot bakre delen av båten.

## <a name="b"></a>B
**bow (för)** Den främre delen av båten.

**boom, booms (bom, bommar)**
Den vågräta stången under storseglet.

**bom** (verktyg) Ett annat ord som inte gäller segling.

**bom** (hinder) En stång över en väg.

## <a name="c"></a>C

**cleat** eller **kryssholt** Ett beslag som man gör fast linor på.

**crew (besättning)** Personerna ombord.

Kallas också manskap.

## <a name="d"></a>D

## <a name="next-steps"></a>Nästa steg

[Grunder i segling](basics.md)
"""


def _sections(text: str) -> list[Section]:
    return parse_md_terms(text, "x", FieldSpec()).sections


def _by_anchor(folder: Path) -> dict[str, Entry]:
    return {e.anchor: e for e in load_corpus(folder).entries}


def test_run_in_page_is_sniffed_as_bold_terms() -> None:
    assert sniff_dialect(_SHAPE, "ordlista.md") == "md-terms"
    text = (_POWERBI / "powerbi-glossary.md").read_text(encoding="utf-8")
    assert sniff_dialect(text, "powerbi-glossary.md") == "md-terms"


def test_every_bold_paragraph_is_an_entry_under_letter_headings() -> None:
    sections = _sections(_SHAPE)
    titles = [s.title for s in sections]
    assert titles == [
        "anchor (ankare)",
        "aft (akter)",
        "bow (för)",  # glued to its heading line
        "boom, booms (bom, bommar)",
        "bom",
        "bom",
        "cleat",
        "crew (besättning)",
    ]  # no letter heading, no page title, no "Nästa steg"
    found = {s.title: s for s in sections}
    assert found["anchor (ankare)"].body.startswith("Ett tungt föremål")
    assert found["boom, booms (bom, bommar)"].body == "Den vågräta stången under storseglet."
    assert found["crew (besättning)"].body.endswith("Kallas också manskap.")  # its second paragraph
    bom = [s for s in sections if s.title == "bom"]
    assert bom[0].body.startswith("(verktyg) Ett annat ord") and bom[1].body.startswith("(hinder)")


def test_title_brackets_and_lists_are_aliases() -> None:
    found = {s.title: s for s in _sections(_SHAPE)}
    assert {"anchor", "ankare"} <= set(found["anchor (ankare)"].aliases)
    assert {"boom", "booms", "bom", "bommar"} <= set(found["boom, booms (bom, bommar)"].aliases)
    assert "kryssholt" in found["cleat"].aliases


def test_the_real_page_reads_its_124_terms() -> None:
    entries = _by_anchor(_POWERBI)
    assert len(entries) == 124
    # ids: the slug of the whole first bold text, the second "kort" numbered
    for anchor in (
        "account-konto",
        "row-level-security-rls-sikkerhed-på-rækkeniveau",
        "qa-spørgsmål-og-svar",
        "full-screen-fuld-skærm-full-screen-mode-fuldskærmsvisning",
        "kpis-kpier",
        "kort",
        "kort-1",
        "måling",
        "x-axis-x-akse",
    ):
        assert anchor in entries
    assert not {"a", "b", "j", "z", "næste-trin"} & set(entries)  # groups and links: none
    account = entries["account-konto"]
    assert account.title == "account (konto)"
    assert {"account", "konto"} <= set(account.aliases)
    rls = entries["row-level-security-rls-sikkerhed-på-rækkeniveau"]
    assert "RLS" in rls.aliases
    assert "Administratorer kan konfigurere" in rls.body


@pytest.mark.parametrize(
    ("anchor", "start"),
    [
        ("datasæt", "Et datasæt er en samling"),  # "Et" opens the text, joins no name
        ("fortløbende-variabel", "en fortløbende variabel kan"),  # after an en dash
        ("report-rapport", "En visning med flere perspektiver"),  # on the next line
        ("qa-spørgsmål-og-svar", "Muligheden for at skrive"),  # glued to "## Q"
        ("kort-1", "(Power BI Start) Power BI Start viser"),  # qualifier outside the bold
    ],
)
def test_real_page_definitions(anchor: str, start: str) -> None:
    assert _by_anchor(_POWERBI)[anchor].body.startswith(start)


def test_joined_names_unless_another_entry_is_titled_so() -> None:
    entries = _by_anchor(_POWERBI)
    aliases = {k: set(e.aliases) for k, e in entries.items()}
    assert "highlight" in aliases["filter-filtrer"]  # "i forhold til **highlight (fremhæv)**"
    assert "OneDrive" in aliases["onedrive-for-business"]  # "vs. **OneDrive**"
    assert "datagateways i det lokale miljø" in aliases["gateways"]
    assert "Subscribe" in aliases["subscriptions-abonnementer"]  # " , **Subscribe (Abonner)**"
    # "content list (indholdsliste)" and "Power BI Desktop" have entries of their own
    assert "content list" not in aliases["list-page-listeside"]
    assert "Power BI Desktop" not in aliases["desktop"]
    assert "Power BI Desktop" not in aliases["power-bi"]


def test_joined_names_and_title_names() -> None:
    assert joined_names(" eller **Power BI Desktop** Gratis") == (
        ("Power BI Desktop",),
        " Gratis",
    )
    assert joined_names(" Et **datasæt** er") == ((), " Et **datasæt** er")
    assert title_names("account (konto)") == ("account", "konto")
    assert title_names("drill up (vis færre), drill down (detail) og drillthrough (adgang)") == (
        "drill up",
        "vis færre",
        "drill down",
        "detail",
        "drillthrough",
        "adgang",
    )
    assert title_names("dashboard") == ()
    # a joined name before a separator: "**Desktop** or **Power BI Desktop**: def"
    lead = bold_lead("**Desktop** or **Power BI Desktop**: The free tool.")
    assert lead == ("Desktop", "The free tool.", ("Power BI Desktop",))


def test_bold_emphasis_opening_some_paragraphs_is_no_term() -> None:
    prose = "\n\n".join(
        [
            "# Notes",
            "**Important** Back up your files before you start.",
            "The installer asks for a folder. Pick any you like.",
            "**Tip** You can run it again later.",
            "Then open the app and sign in with your account.",
            "**Warning** Do not unplug the device while it updates.",
            "After the update the device restarts on its own.",
            "**Note** Logs are kept for a week.",
        ]
    )
    assert sniff_dialect(prose, "notes.md") != "md-terms"
    assert [s.title for s in _sections(prose)] == []  # no term: bold words open prose


def test_separated_bold_terms_read_as_before() -> None:
    # every term has its colon: the page is no run-in page, and titles give no new aliases
    page = "\n\n".join(f"**Word{k} (Ord{k})**: Definition number {k} here." for k in range(6))
    sections = _sections(page)
    assert [s.title for s in sections] == [f"Word{k} (Ord{k})" for k in range(6)]
    assert all(f"Ord{k}" not in s.aliases for k, s in enumerate(sections))
