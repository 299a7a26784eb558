"""Round 39 lane P2 (parser): Jupyter notebooks and JSX components, saved byte for byte under
tests/fixtures/formats/ (SOURCES.md says where from).

- ``farm-glossary.ipynb``: no Markdown cell; code cell 0 is ``glossary=`` a triple-quoted
  ``glossaryAcid Soil: ...``, a University of Maryland Extension glossary pasted from a PDF
  (hard-wrapped ``Term: definition`` lines, page footers, group labels over sub-lists); later cells'
  saved outputs repeat the glossary twice as list reprs;
- ``mlcheat-glossary.ipynb``: one Markdown cell, a numbered list of ``**Term**: def`` items;
- ``pyhandbook-glossary.ipynb``: Markdown cells, ``## headings`` and ``**Term (TP)**: def``;
- ``pyhandbook-box-plot.ipynb``: an ordinary analysis notebook (code, plots, two notes);
- ``obra-glossary.js``: a React class component rendering 37 ``<p>Término: definición</p>``
  (Spanish) under an ``<h2>`` banner, with a react-router ``<Link>``;
- ``reactintro-glossary-template.js``: a component that maps data into ``<dt>{item.term}</dt>``
  (no literal term: no entries).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from format_fixtures import FORMATS, fixture_entries

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES, glossary_files
from rag_glossary.errors import CorpusError
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.parsing.dialects import parse_document
from rag_glossary.parsing.pasted import names_only, page_furniture, unglued_title


def _by_anchor(entries: list[Entry]) -> dict[str, Entry]:
    return {e.anchor: e for e in entries}


@pytest.fixture(scope="module")
def farm(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Entry]:
    return _by_anchor(fixture_entries(tmp_path_factory.mktemp("farm"), "farm-glossary.ipynb"))


def test_loader_takes_notebooks_and_jsx(tmp_path: Path) -> None:
    assert {".ipynb", ".jsx", ".tsx"} <= set(GLOSSARY_SUFFIXES)
    for name in ("a.ipynb", "b.jsx", "c.tsx"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert [p.name for p in glossary_files(tmp_path)] == ["a.ipynb", "b.jsx", "c.tsx"]


# --- the farm notebook: a glossary pasted into a Python string ------------------------------


def test_notebook_code_cell_string_is_read_as_a_text_glossary(farm: dict[str, Entry]) -> None:
    assert 128 <= len(farm) <= 136
    for anchor in (
        "acid-soil",
        "total-digestible-nutrients-tdn",
        "water-rights-riparian-rights",
        "milk-average-composition",
        "soil-moisture-tensiometer",
        "4-h",
        "cwt",
        "chevon",
        "windbreak",
    ):
        assert anchor in farm, anchor
    assert farm["acid-soil"].body == "A soil with an acid reaction, a pH less than 7.0."
    assert farm["total-digestible-nutrients-tdn"].aliases == ("TDN",)


def test_notebook_outputs_are_never_read(farm: dict[str, Entry]) -> None:
    text = (FORMATS / "farm-glossary.ipynb").read_text(encoding="utf-8")
    cell0_end = text.split("\n").index('    "from the wind.\\"\\"\\""') + 1
    assert all(9 <= e.line <= cell0_end for e in farm.values())  # cell 0's source lines
    assert farm["acid-soil"].line == 9 and farm["acre"].line == 10
    assert not any("['" in e.body or "\\n" in e.body for e in farm.values())


def test_heading_glued_to_the_first_term_goes(farm: dict[str, Entry]) -> None:
    assert "glossaryacid-soil" not in farm
    assert unglued_title("glossaryAcid Soil") == "Acid Soil"
    assert unglued_title("GlossaryTerm Frequency") == "Term Frequency"
    assert unglued_title("pH") == "pH"
    assert unglued_title("eBay") == "eBay"  # "e" says nothing about a glossary
    assert unglued_title("JavaScript") == "JavaScript"


def test_page_footers_leave_the_text(farm: dict[str, Entry]) -> None:
    assert not any("University of Maryland" in e.body for e in farm.values())
    assert farm["boar"].body == "A breeding male hog, any age."
    lines = ["Step 1", "do this", "Step 2", "do that", "Step 3"]  # close together: steps
    assert page_furniture(lines) == set()


def test_hard_wrapped_term_lines_continue_the_text_above(farm: dict[str, Entry]) -> None:
    # "... metabolism, growth" / "and production. Includes: carbohydrates ..."
    assert "and-production-includes" not in farm
    assert farm["nutrient"].body.endswith("vitamins, minerals and water.")
    # "... Feed usually is" / "Feed Lot: purchased, labor is hired."
    assert "feed-lot" not in farm
    # the title broken over those two lines is one term (round 40, test_round40_l.py)
    assert farm["farm-feed-lot"].body.endswith("other farming enterprises.")


def test_group_labels_are_terms_and_name_lists_their_text(farm: dict[str, Entry]) -> None:
    assert farm["goats"].body == ""  # its kinds follow as terms
    assert farm["breed"].body.endswith("predictable manner.")  # no "Breeds of Beef Cattle:"
    assert farm["erosion"].body.endswith("running water or wind.")  # no "Feed Lots:"
    breeds = farm["breeds-of-beef-cattle"].body
    assert "English Origin: Aberdeen Angus, Hereford, Shorthorn" in breeds
    assert "Red Angus." in breeds
    assert not {"english-origin", "european-origin", "united-states-developed"} & set(farm)
    assert {"buck", "doe", "kid", "kidding", "angora-breed"} <= set(farm)
    assert names_only("Brangus, Beefmaster, Santa Gertrudis, Red Angus.")
    assert not names_only("Kept for meat and mohair products")


def test_numbered_term_lines_are_titled_without_the_number(farm: dict[str, Entry]) -> None:
    assert farm["dry-lot-feeding"].title == "Dry Lot Feeding"
    assert "1-dry-lot-feeding" not in farm


def test_python_module_string_glossary(tmp_path: Path) -> None:
    (tmp_path / "terms.py").write_text(
        '"""Helpers."""\n\nGLOSSARY = """Acre: A parcel of land.\nBushel: A unit of dry\n'
        'measure.\nHeifer: A young female of the cattle species.\n"""\n\nHELP = """Usage: x\n'
        'run the tool"""\n',
        encoding="utf-8",
    )
    entries = load_corpus(tmp_path).entries
    assert [(e.title, e.line) for e in entries] == [("Acre", 3), ("Bushel", 4), ("Heifer", 6)]
    assert entries[1].body == "A unit of dry\nmeasure."


@pytest.mark.parametrize(
    "module",
    [
        'PROMPT = """Translate: the text\nKeep: the names\n"""\n',  # two lines only
        'MAP = """Faktura/Rechnung=Invoice, Kreditnota=Credit note\nKunde=Customer\n"""\n',
        '"""Module: docstring\nArgs: none\nReturns: nothing\nRaises: never\n"""\n',  # docstring
    ],
)
def test_python_strings_that_hold_no_glossary(tmp_path: Path, module: str) -> None:
    (tmp_path / "code.py").write_text(module, encoding="utf-8")
    with pytest.raises(CorpusError):
        load_corpus(tmp_path)


# --- notebooks with Markdown cells ----------------------------------------------------------


def test_notebook_markdown_cells_read_as_markdown(tmp_path: Path) -> None:
    entries = _by_anchor(fixture_entries(tmp_path, "mlcheat-glossary.ipynb"))
    assert len(entries) >= 24
    assert entries["activation-function"].line == 10  # the JSON line of the item's text
    assert entries["stochastic-gradient-descent-sgd"].aliases == ("SGD",)
    assert "glossary-of-common-machine-learning-terms" not in entries


def test_notebook_cells_joined_across_cells(tmp_path: Path) -> None:
    entries = _by_anchor(fixture_entries(tmp_path, "pyhandbook-glossary.ipynb"))
    assert entries["true-positive-tp"].aliases == ("TP",)
    assert "confusion-matrix" in entries
    assert "python-handbook-glossary" not in entries  # the page title


def test_analysis_notebook_gives_only_its_notes(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "pyhandbook-box-plot.ipynb")
    assert [e.title for e in entries] == ["Box Plot", "The dataset"]  # its two Markdown notes
    assert not any("sns." in e.body or "execute_result" in e.body for e in entries)


def test_nbformat3_magics_and_bad_cells(tmp_path: Path) -> None:
    cells = [
        {"cell_type": "code", "input": ["%matplotlib inline\n", "x = (\n"], "outputs": []},
        {
            "cell_type": "code",
            "input": [
                "%load_ext autoreload\n",
                'TERMS = """Epoch: one pass over the training data.\n',
                "Batch: a subset of the data used for one step.\n",
                'Loss: what the optimiser lowers during training."""\n',
            ],
            "outputs": [{"output_type": "pyout", "text": ["Ghost: never read\n"]}],
        },
    ]
    notebook = {"nbformat": 3, "worksheets": [{"cells": cells}], "metadata": {}}
    text = json.dumps(notebook)
    _, parsed, entries = parse_document(text, "nb3", file="nb3.ipynb")
    assert [e.title for e in entries] == ["Epoch", "Batch", "Loss"]
    _, parsed, entries = parse_document("{not json", "bad", file="bad.ipynb")
    assert entries == [] and parsed.problem and "notebook JSON" in parsed.problem


# --- JSX components --------------------------------------------------------------------------


def test_jsx_paragraph_terms_read_through_the_html_reader(tmp_path: Path) -> None:
    entries = _by_anchor(fixture_entries(tmp_path, "obra-glossary.js"))
    assert len(entries) == 37
    assert {"coeficiente-de-ocupación-de-suelo", "mampostería", "superficie-útil"} <= set(entries)
    assert entries["acotamiento"].body.endswith("nacen del dominio.CONAVI")
    assert entries["acotamiento"].line == 7  # its <p>'s line in the file
    assert entries["análisis-de-sitio"].body.startswith("Serie de procedimientos")
    assert "esto es: topografías" in entries["análisis-de-sitio"].body
    titles = {e.title for e in entries.values()}
    assert not any("Estamos" in t or "Salir" in t for t in titles)


def test_jsx_that_maps_data_gives_no_entries(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="JSX markup has no terms"):
        fixture_entries(tmp_path, "reactintro-glossary-template.js")


def test_tsx_definition_list_markup(tmp_path: Path) -> None:
    (tmp_path / "Glossary.tsx").write_text(
        "import React from 'react';\n\nexport const Glossary: React.FC = () => (\n"
        '  <dl className="glossary">\n    <dt>Epoch</dt>\n'
        "    <dd>One pass over the training data {/* all of it */}.</dd>\n"
        "    <dt>Batch</dt>\n    <dd>A subset of the {'data'} used for one step.</dd>\n"
        "    <dt>Loss</dt>\n    <dd>What the optimiser lowers.</dd>\n  </dl>\n);\n",
        encoding="utf-8",
    )
    entries = _by_anchor(list(load_corpus(tmp_path).entries))
    assert entries["epoch"].body == "One pass over the training data ."
    assert entries["batch"].line == 7
    assert list(entries) == ["epoch", "batch", "loss"]


def test_html_colon_paragraphs_need_most_paragraphs(tmp_path: Path) -> None:
    page = "<html><body><h1>Notes</h1>{}</body></html>"
    terms = "".join(f"<p>Term {n}: what term {n} means.</p>" for n in range(4))
    (tmp_path / "g.html").write_text(page.format(terms), encoding="utf-8")
    assert [e.title for e in load_corpus(tmp_path).entries] == [f"Term {n}" for n in range(4)]
    prose = "".join(f"<p>Paragraph {n} of an essay, not a term.</p>" for n in range(5))
    (tmp_path / "g.html").write_text(page.format(terms + prose), encoding="utf-8")
    assert [e.title for e in load_corpus(tmp_path).entries] == ["Notes"]


def test_jsx_app_component_gives_no_entries(tmp_path: Path) -> None:
    (tmp_path / "Profile.jsx").write_text(
        "export default function Profile() {\n  return (\n    <div>\n"
        "      <h3>Basic Information</h3><div><label>Display Name</label><input /></div>\n"
        "      <h3>Security</h3><div><button>Change password</button></div>\n"
        "      <h3>Contact Support</h3><div><span>Email us</span></div>\n"
        "    </div>\n  );\n}\n",
        encoding="utf-8",
    )
    with pytest.raises(CorpusError, match="JSX markup has no terms"):
        load_corpus(tmp_path)


def test_notebook_of_one_model_reads_its_sections(tmp_path: Path) -> None:
    entries = _by_anchor(fixture_entries(tmp_path, "pyhandbook-models-glossary.ipynb"))
    assert "training-phase" in entries and "model-glossary-notebook" not in entries
