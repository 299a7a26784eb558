"""Round 43 lane P2: web framework component files (.vue, .svelte, .astro): terms in the
template markup (read as HTML) or in the component's code (read as JavaScript data).

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 43, lane P2").
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES, glossary_files
from rag_glossary.models import Entry
from rag_glossary.parsing.component_file import component_parts
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.dialects import parse_file, parse_text
from rag_glossary.parsing.md_leads import bold_lead

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def _by_anchor(name: str) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / name)}


@pytest.fixture(scope="module")
def aging() -> dict[str, Entry]:
    return _by_anchor("aging-glossary.vue")


# --- which files are read ---


@pytest.mark.parametrize("suffix", [".vue", ".svelte", ".astro"])
def test_component_suffixes_are_listed(suffix: str) -> None:
    assert suffix in GLOSSARY_SUFFIXES


def test_a_folder_of_components_loads(tmp_path: Path) -> None:
    for name in ("aging-glossary.vue", "covid-firebase-glossary.vue"):
        shutil.copy(FORMATS / name, tmp_path / name)
    assert [p.name for p in glossary_files(tmp_path)] == [
        "aging-glossary.vue",
        "covid-firebase-glossary.vue",
    ]
    corpus = load_corpus(tmp_path)
    assert corpus.stats() == {"aging-glossary": 75, "covid-firebase-glossary": 0}
    assert any("covid-firebase-glossary.vue: no glossary entries" in w for w in corpus.warnings)


# --- template markup (a Vue template read as HTML) ---


def test_vue_template_bold_colon_paragraphs(aging: dict[str, Entry]) -> None:
    assert len(aging) == 75
    assert list(aging)[:3] == ["aging", "allele", "aphagy"]
    assert aging["hayflick-limit"].title == "Hayflick limit"  # inside a <router-link>
    assert aging["hayflick-limit"].body.startswith("the inability of cells")
    assert aging["mrdt"].body.startswith("mortality rate doubling time.")
    assert "Mechanical senescence" not in aging["maximum-lifespan-tmax"].body  # back to back


def test_vue_template_keeps_bracketed_acronyms_in_the_id(aging: dict[str, Entry]) -> None:
    caloric = aging["caloric-restriction-cr"]
    assert caloric.title == "Caloric restriction (CR)" and "CR" in caloric.aliases
    assert "ROS" in aging["reactive-oxygen-species-ros"].aliases
    assert "SENS" in aging["strategies-for-engineered-negligible-senescence-sens"].aliases
    assert aging["maximum-lifespan-tmax"].title == "Maximum lifespan (tmax)"  # <em> inside


def test_a_colon_inside_brackets_is_part_of_a_bold_term(aging: dict[str, Entry]) -> None:
    assert aging["taxon-plural-taxa"].title == "Taxon (plural: taxa)"
    lead = bold_lead("**Taxon (plural: taxa):** a taxonomic group of any rank.")
    assert lead is not None and lead[0] == "Taxon (plural: taxa)" and not lead[2]
    icsp = bold_lead("**ICSP: In Circuit Serial Programmer**. A header.")
    assert icsp is not None and icsp[0] == "ICSP"  # a colon outside brackets still splits


def test_vue_page_chrome_and_code_give_no_entries(aging: dict[str, Entry]) -> None:
    assert not {"glossary", "non-exhaustive-list-of-definitions"} & set(aging)
    texts = " ".join(e.title + " " + e.body for e in aging.values())
    for code in ("/ageing-animals", "router-link", "export default", "scrollTo", "sticky"):
        assert code not in texts


def test_vue_template_bold_lead_paragraphs() -> None:
    cfb = _by_anchor("cfb-glossary.vue")
    assert len(cfb) == 22
    assert "EPA" in cfb["expected-points-added-epa"].aliases
    assert cfb["garbage-time"].body.count("\n") >= 3  # its list items, a line each


def test_vue_mustache_expressions_are_not_text() -> None:
    parts = component_parts("<template>\n  <dt>{{ item.term }}</dt>\n</template>\n")
    assert "item.term" not in parts.markup and parts.markup.count("\n") == 3


def test_svelte_blocks_are_not_text() -> None:
    svelte = parse_file(FORMATS / "datastandards-glossary.svelte")
    assert [e.title for e in svelte][:2] == ["Open data standards", "An example: GTFS"]
    assert not any("{" in e.body or "#each" in e.body for e in svelte)


# --- the component's code (a script array, data(), Astro's code fence) ---


def test_script_setup_array_wins_over_a_template_that_loops() -> None:
    tnc = _by_anchor("tnc-carbon-glossary.vue")
    assert len(tnc) == 18
    natural = tnc["natural-climate-solutions-ncs"]
    assert natural.title == "Natural climate solutions (NCS)"  # <strong> dropped
    assert "NCS" in natural.aliases


def test_data_function_return_object_is_read() -> None:
    dorothea = _by_anchor("dorothea-glossary.vue")
    assert list(dorothea) == [
        "transcription-factor",
        "drug",
        "genomic-marker",
        "activity",
        "ic50",
        "gdsc",
        "cosmic",
    ]
    assert dorothea["gdsc"].body == "Genomics of Drug Sensitivity in Cancer"


def test_astro_code_fence_arrays_are_read() -> None:
    mesh = _by_anchor("nodakmesh-glossary.astro")
    assert len(mesh) == 69
    assert mesh["lora"].body.startswith("Long Range.")
    assert "Time To Live" in mesh["ttl"].aliases


# --- ordinary components ---


def test_a_component_rendering_fetched_data_has_no_entries() -> None:
    assert parse_file(FORMATS / "covid-firebase-glossary.vue") == []


def test_an_interface_component_has_no_entries() -> None:
    form = (
        "<template>\n  <div>\n    <h2>Sign in</h2>\n    <label>Email</label><input>\n"
        "    <h2>Help</h2>\n    <p>Contact us.</p>\n    <h2>Legal</h2>\n  </div>\n</template>\n"
        '<i18n>\n{"en": {"a": "A long greeting text for the login page"}}\n</i18n>\n'
        "<script>\nexport default { props: { title: { type: String, default: 'x' } } }\n"
        "</script>\n"
    )
    assert parse_text(form, "login", file="Login.vue") == []
