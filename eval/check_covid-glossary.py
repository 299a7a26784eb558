"""Static checks of eval/corpora/covid-glossary/questions.jsonl (blind, round 45).

Run from the worktree root: ``python eval/check_covid-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one SDL MultiTerm XML export of a COVID-19 English-Italian termbase
(``covid-glossary.xml``: g-fiorentino/COVID-19-termbase-en-it's
``Trados XML+XDT/COVID-19_TB_EN-IT.xml``), saved byte for byte: UTF-16 little-endian with a
byte-order mark, one single line, ``<mtf>`` holding 165 ``<conceptGrp>`` elements, each a
``<concept>`` number and two ``<languageGrp>`` (``EN`` and ``IT``) of ``<termGrp>`` /
``<term>`` with ``<descripGrp>`` / ``<descrip type="...">`` fields ("Definition",
"Context", "Notes", "Register", ... in English; "Definizione", "Contesto", "Note", ... in
Italian). Only 60 concepts (the "schede complete") carry a definition; the other 105 give
terms and the extraction method only.

Written blind while the parser read 0 entries from the file ("read as dialect xml: no list
or mapping of terms with definitions"): until it does, ``rag-glossary entries`` fails and
this script falls back to a by-hand reading (``--by-hand``, also chosen automatically): one
entry per ``<conceptGrp>``, title = its first English ``<term>``, ANCHOR = the shared
corpus README's ``slug`` of that title (``COVID-19`` -> ``covid-19``, ``Pfizer-BioNTech
vaccine`` -> ``pfizer-biontech-vaccine``), text = every text node of the concept (both
languages, all fields) joined by spaces. Because the file is UTF-16, heldout_checks'
UTF-8 reading of the corpus would see no word at all: the negatives are also grepped here
in the decoded text (always, whichever path runs), and the by-hand check greps a UTF-8
copy of the decoded file.
"""

from __future__ import annotations

import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "covid-glossary"
GLOSSARY = FOLDER / "covid-glossary.xml"
N = "covid-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (infection / vaccination / immune
    # response, NIV / respiratory failure / oxygen therapy, mRNA vaccines, severe COVID-19 /
    # critically ill patients, vaccination / vaccine, coronavirus / SARS-CoV-2, doses / first
    # dose / second dose, mask / public health officials, incidence / new cases / contact)
    # is in the file
    f"{N}023": ["herd immunity", "herd", "population immunity", "threshold"],
    f"{N}024": [
        "ventilator",
        "ventilators",
        "ventilation",
        "mechanical ventilation",
        "intubation",
        "intubated",
        "tube",
    ],
    f"{N}025": ["myocarditis", "pericarditis", "heart", "heart inflammation", "muscle"],
    f"{N}026": ["prone", "proning", "prone positioning", "stomach", "stomachs", "icu"],
    f"{N}027": ["passport", "certificate", "green pass", "pass", "qr", "qr code"],
    f"{N}028": [
        "variant",
        "variants",
        "mutation",
        "mutations",
        "mutated",
        "mutant",
        "strain",
        "strains",
        "delta",
        "omicron",
        "greek",
    ],
    f"{N}029": ["booster", "boosters", "third dose", "third shot", "top up", "top-up"],
    f"{N}030": ["lockdown", "lockdowns", "stay at home", "stay-at-home", "curfew"],
    f"{N}031": ["reproduction number", "reproductive number", "r0", "rt", "r number"],
    # named; several share a word with a title: antibody dependent enhancement (antibodies,
    # antibody responses), johnson and johnson vaccine (vaccine, Pfizer-BioNTech vaccine),
    # viral shedding (viral load), case fatality rate (cases, confirmed cases), cytokine
    # storm, mask mandate (mask)
    f"{N}032": ["enhancement", "ade", "antibody-dependent", "antibody dependent"],
    f"{N}033": ["ivermectin"],
    f"{N}034": ["johnson", "janssen", "j&j", "jnj"],
    f"{N}035": ["serial interval", "serial"],
    f"{N}036": ["cytokine", "cytokines", "cytokine storm"],
    f"{N}037": ["shedding", "shed"],
    f"{N}038": ["paxlovid", "nirmatrelvir", "ritonavir"],
    f"{N}039": ["fatality", "case fatality", "cfr", "fatality rate"],
    f"{N}040": ["mandate", "mandates", "mandatory"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def decoded() -> str:
    """The file's text: UTF-16 (with BOM), as the XML declaration says."""
    return GLOSSARY.read_bytes().decode("utf-16")


def hand_entries() -> dict[str, str]:
    """id -> flat(all text of the concept): one entry per ``<conceptGrp>``."""
    text = decoded()
    root = ET.fromstring(text.split("?>", 1)[1])  # str input may not carry an encoding decl
    entries: dict[str, str] = {}
    for concept in root.findall("conceptGrp"):
        english = [
            lg for lg in concept.findall("languageGrp") if lg.find("language").get("lang") == "EN"
        ]
        title = english[0].find("termGrp/term").text or ""
        key = f"covid-glossary#{slug(title)}"
        assert key not in entries, key
        entries[key] = flat(" ".join(concept.itertext()))
    assert len(entries) == 165, len(entries)
    return entries


def decoded_negatives() -> list[str]:
    """The negatives' grep over the decoded text (heldout_checks reads files as UTF-8)."""
    text = decoded().lower()
    assert "monoclonal antibodies are proteins" in text  # the grep reads the glossary
    return [
        f"{rid}: '{t}' is in the decoded glossary"
        for rid, terms in NEGATIVE_TERMS.items()
        for t in terms
        if re.search(rf"\b{re.escape(t)}\b", text)
    ]


def by_hand() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "covid-glossary.utf8.xml"
        copy.write_text(decoded(), encoding="utf-8")
        return heldout_checks.run_by_hand(
            PLAN, hand_entries(), copy, "the <conceptGrp> elements of the MultiTerm XML file"
        )


if __name__ == "__main__":
    errors = decoded_negatives()
    print("\n".join(errors) or "decoded negatives grep: OK")
    status = heldout_checks.main(PLAN, by_hand)
    sys.exit(status or (1 if errors else 0))
