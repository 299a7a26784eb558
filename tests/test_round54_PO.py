"""Round 54 lane PO: a translated glossary that keeps the original's English terms and runs
each one straight into its definition in the page's own language, no separator and no
markup (``Open Data Datele deschise pot fi folosite ...``), beside Pandoc definition lists
whose term is one blank line above its ``:   definition`` (``DAP`` / blank / ``:   Vezi
[Data Access Protocol](...)``): the Open Data Handbook's translated glossary pages.

The term ends where the text changes language (md_language_leads.py): a name the page
gives its terms (definition lists, relative links, ``{term:...}``), words the definition
repeats at once, or the opening words after which the text is the page's own prose (its
lower-case words, not English ones). A pointer glued after a term's last sentence
(``... furnizor. Anonymization See [Anonymisation](...)``) is an entry of its own. The real
file is eval/corpora/opendata-glossary/opendata-glossary.md (round 54's Romanian set).
"""

from __future__ import annotations

from pathlib import Path

from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.inline import clean_inline
from rag_glossary.parsing.md_language_leads import glued_pointer
from rag_glossary.parsing.md_terms import parse_md_terms
from rag_glossary.parsing.sniff import sniff_dialect

_OPENDATA = Path("eval/corpora/opendata-glossary")

# The shape in another language and topic (a Portuguese page of sailing words, written for
# this test): run-in English terms, a term repeated as its definition's subject, definition
# lists with a blank line (one a pointer), a {term:...} macro and a glued pointer.
_SHAPE = """---
section: glossary
lang: pt
title: Glossário
---

Sailboat Um barco movido pelo vento. Os veleiros usam velas para navegar no mar e nos rios.

Anchor Âncora é uma peça pesada que mantém o barco parado no fundo do mar.

Mainsail A vela grande é a vela principal do barco, presa ao mastro e à retranca.

Bow

:   Veja [Prow](/glossary/pt/terms/prow/).

Prow A parte da frente do barco, que corta a água quando ele navega.

Starboard Tack O barco navega com o vento a soprar do lado direito. Veja também {term:port tack}.

Port tack

:   O barco navega com o vento a soprar do lado esquerdo.

Keel A quilha fica por baixo do barco e impede que seja levado pelo vento. Rudder See [Helm](/h/).

Helm

:   O leme, com que se governa o barco.

Close Hauled Close hauled é navegar o mais perto possível do vento, com as velas bem caçadas.
"""

# The same shape in English: a capitalised phrase opening a sentence is no term there.
_ENGLISH = """---
title: Glossary
---

Sailboat A boat moved by the wind. Sailboats use sails to travel on the sea and rivers.

Anchor The anchor is a heavy piece that keeps the boat still on the bottom of the sea.

Mainsail The big sail is the main sail of the boat, fixed to the mast and the boom.

Bow

:   See [Prow](/glossary/en/terms/prow/).

Prow The front part of the boat, which cuts the water when it sails along the coast.

Starboard Tack The boat sails with the wind blowing from the right side of the boat.

Port tack

:   The boat sails with the wind blowing from the left side.

Helm

:   The wheel or tiller with which the boat is steered.
"""


def _read(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.body) for s in parse_md_terms(text, "x", FieldSpec()).sections]


def test_shape_reads_one_entry_per_term() -> None:
    assert sniff_dialect(_SHAPE, "glossary.md") == "md-terms"
    read = _read(_SHAPE)
    assert [t for t, _ in read] == [
        "Sailboat",
        "Anchor",
        "Mainsail",
        "Bow",
        "Prow",
        "Starboard Tack",
        "Port tack",
        "Keel",
        "Rudder",
        "Helm",
        "Close Hauled",
    ]
    bodies = dict(read)
    assert bodies["Sailboat"].startswith("Um barco movido pelo vento.")
    assert bodies["Starboard Tack"].endswith("Veja também port tack.")
    assert bodies["Keel"].endswith("levado pelo vento.")  # the glued pointer is its own
    assert bodies["Rudder"] == "See Helm."
    assert bodies["Close Hauled"].startswith("Close hauled é navegar")


def test_english_page_keeps_its_sentences() -> None:
    """In an English page the language never changes: only the definition lists are terms."""
    assert [t for t, _ in _read(_ENGLISH)] == ["Bow", "Port tack", "Helm"]


def test_blank_line_definition_list_is_sniffed() -> None:
    """``Term`` / blank / ``:   definition`` (Pandoc) counts as a definition list."""
    page = "\n\n".join(f"Term {n}\n\n:   Definition number {n}." for n in range(4)) + "\n"
    assert sniff_dialect(page, "g.md") == "md-terms"
    assert [t for t, _ in _read(page)] == [f"Term {n}" for n in range(4)]


def test_glued_pointer() -> None:
    text = "Poate fi interpretat ca standarde. Anonymization See [Anonymisation](/t/a/)."
    found = glued_pointer(text)
    assert found is not None
    assert found[0] == "Poate fi interpretat ca standarde."
    assert found[1][0] == "Anonymization"
    assert glued_pointer("Vezi mai jos. Un exemplu [aici](/x/).") is None  # "Un": no pointer


def test_term_macro_reads_its_name() -> None:
    assert clean_inline("citibil automat ({term:machine-readable}).")[0] == (
        "citibil automat (machine-readable)."
    )


def test_real_file_reads_every_term() -> None:
    entries = load_corpus(_OPENDATA).entries
    by_id = {e.id.split("#")[1]: e for e in entries}
    assert len(entries) == 30
    for keyed in (
        "open-data",
        "open-government-data",
        "copyright",
        "open-standards",
        "data-protection-legislation",
        "public-sector-information",
        "tab-separated-values",
        "data-access-protocol",
        "anonymisation",
        "public-domain",
        "share-alike-license",
        "attribution-license",
        "re-use",
        "connectivity",
        "database-rights",
        "eu-psi-directive",
        "machine-readable",
        "bittorrent",
        "intellectual-property-rights",
        "application-programming-interface",
        "web-api",
        "information-asset-register",
        "dap",
        "psi",
        "api",
        "iar",
        "ar",
        "eu",
        "ip-rights",
        "anonymization",
    ):
        assert keyed in by_id, keyed
    assert by_id["open-data"].body.startswith("Datele deschise pot fi folosite")
    assert by_id["eu-psi-directive"].body.startswith("Directiva de reutilizare")
    assert by_id["data-access-protocol"].body.startswith("Un sistem care permite")
    assert by_id["tab-separated-values"].aliases == ("TSV",)
    assert by_id["tab-separated-values"].body.endswith("citibil automat (machine-readable).")
    assert by_id["open-standards"].body.endswith("furnizor.")
    assert by_id["anonymization"].body == "See Anonymisation."
    iar = by_id["information-asset-register"].body
    assert iar.startswith("IAR sunt regiștri")
    assert "Termenul Directiva Europeană PSI" in iar  # the blockquote goes on the entry
    assert "hăcuitorii civici" in iar


# Phase 2: Romanian questions over the real entries.


def test_vezi_points_at_its_entry() -> None:
    """Romanian "Vezi X" (see X) is a pointer: the pointer entry's title names X."""
    from rag_glossary.pointer_words import opens_with_pointer, pointed_name

    assert pointed_name("Vezi Data Access Protocol.") == "Data Access Protocol."
    assert pointed_name("Vezi și Copyright") == "Copyright"
    assert not opens_with_pointer("Vezuviul este un vulcan.")
    by_id = {e.id.split("#")[1]: e for e in load_corpus(_OPENDATA).entries}
    assert "DAP" in by_id["data-access-protocol"].aliases
    assert "PSI" in by_id["public-sector-information"].aliases
    assert {"AR", "IAR"} <= set(by_id["information-asset-register"].aliases)


def test_romanian_question_frames() -> None:
    """Romanian question forms (question_forms.json "ro"), with and without diacritics:
    "ce înseamnă" / "ce inseamna", "cum se numește", "diferența dintre X și Y"."""
    from rag_glossary.coverage.glossary_language import frame_words, question_forms

    frame = frame_words("ro")
    for word in ("ce", "înseamnă", "inseamna", "numește", "numeste", "care", "în", "și", "să"):
        assert word in frame, word
    for word in ("licență", "date", "drept", "protocol"):
        assert word not in frame, word
    forms = question_forms()["ro"]
    assert {"diferența", "diferă"} <= forms.contrast
    assert "dintre" in forms.between
