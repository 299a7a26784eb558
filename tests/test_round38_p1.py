"""Round 38 lane P1 (parser): XML glossaries and JavaScript/TypeScript data modules, saved
byte for byte under tests/fixtures/formats/ (SOURCES.md says where from).

- ``grid-glossary.xml``: DocBook 4.4 ``<glossary>`` of 18 ``<glossdiv>`` letters over 80
  ``<glossentry id=...>``, 16 ``<acronym>`` siblings, ``<itemizedlist>``s, links, 12
  ``<glossseealso>``, two comments (one hiding a ``<para>``);
- ``pegasus-glossary.xml``: DocBook 4.5 ``<glossary>`` inside a ``<chapter>``, ``<abbrev>``
  siblings, "See DAX" pointer definitions;
- ``dcache-glossary.xml``: DocBook 4.3 ``<glosslist>``s in chapters, ``<glosssee
  otherterm=...>`` entries, ``<glossseealso>gl-cost</glossseealso>`` naming an id, empty
  definitions, markup inside terms;
- ``dita-pd-glossentry.xml``: one DITA ``<glossentry>`` with ``<glossAlt><glossacronym>``;
- ``biodiv-glossary.js``: ``export const GLOSSARY = [`` 69 ``{ term, definition, source }``
  literals, then two code exports;
- ``markdoc-glossarydata.js``: ``const glossaryData = [...]`` with a ``//`` comment, then
  ``export default glossaryData``.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from format_fixtures import FORMATS, by_title, fixture_entries

from rag_glossary.corpus_files import glossary_files
from rag_glossary.errors import CorpusError
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.parsing.slug import slugify
from rag_glossary.parsing.sniff import sniff_dialect


def _by_anchor(entries: list[Entry]) -> dict[str, Entry]:
    return {e.anchor: e for e in entries}


def _folder_entries(tmp_path: Path, name: str, text: str) -> list[Entry]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return list(load_corpus(tmp_path).entries)


# --- DocBook ---------------------------------------------------------------------------


def test_docbook_glossary_reads_every_glossentry_by_its_term(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "grid-glossary.xml")
    assert len(entries) == 80
    # the anchor is the slug of the glossterm, never the id attribute (crl, priv-key)
    assert all(e.anchor == slugify(e.title) for e in entries)
    anchors = _by_anchor(entries)
    assert "crl" not in anchors and "priv-key" not in anchors
    assert anchors["certificate-revocation-list"].aliases[0] == "CRL"
    assert anchors["certificate-authority"].aliases[0] == "CA"  # "<acronym> CA </acronym>"
    assert "extended-block-mode-mode-e" in anchors and "clientserver-transfer" in anchors
    assert not [e for e in entries if len(e.title) == 1]  # <glossdiv> letters are no entries


def test_docbook_definition_keeps_lists_links_and_placeholders(tmp_path: Path) -> None:
    anchors = _by_anchor(fixture_entries(tmp_path, "grid-glossary.xml"))
    dual = anchors["dual-channel-protocol"].body
    assert "GridFTP uses two channels:\n\n- One of the channels, called the control" in dual
    assert "\n- The second channel is known as the data channel." in dual
    private = anchors["private-key"].body
    assert "/etc/grid-security/<service>/<service>key.pem" in private
    assert private.endswith("see this.")  # an <olink> keeps its text
    assert "http://www.openldap.org" in anchors["openldap"].body  # a <ulink> keeps its text
    # the commented-out paragraph on MODE X is no text
    assert "improved extended block mode" not in anchors["mode-command"].body


def test_docbook_see_also_is_a_name_not_text(tmp_path: Path) -> None:
    anchors = _by_anchor(fixture_entries(tmp_path, "grid-glossary.xml"))
    condor = anchors["condor"]
    assert condor.see_also == ("Local Resource Manager",)
    assert not condor.body.endswith("Local Resource Manager")
    assert anchors["local-resource-manager"].see_also == (
        "Condor",
        "Portable Batch System",
        "Oracle GridEngine",
    )


def test_document_title_is_the_glossary_title(tmp_path: Path) -> None:
    shutil.copy(FORMATS / "grid-glossary.xml", tmp_path)
    corpus = load_corpus(tmp_path)
    assert corpus.files[0].dialect == "xml"
    assert corpus.files[0].title == "GT version Glossary"
    assert corpus.warnings == ()


def test_docbook_abbrev_aliases_and_pointer_definitions(tmp_path: Path) -> None:
    titles = by_title(fixture_entries(tmp_path, "pegasus-glossary.xml"))
    assert len(titles) == 29
    assert titles["Logical File Name"].aliases == ("LFN",)
    assert titles["Directed Acyclic Graph (DAG)"].aliases == ("DAG",)
    # "Abstract Workflow": "See DAX": a pointer entry, and a name of DAX
    assert titles["Abstract Workflow"].body == "See DAX"
    assert "Abstract Workflow" in titles["DAX"].aliases


def test_docbook_glosssee_and_see_also_by_id(tmp_path: Path) -> None:
    titles = by_title(fixture_entries(tmp_path, "dcache-glossary.xml"))
    assert len(titles) == 29
    hsm = titles["Hierachical Storage Manager (HSM)"]  # <abbrev> inside the glossterm
    assert hsm.body == "See tertiary storage system."
    assert hsm.see_also[0] == "tertiary storage system"
    assert titles["to stage"].see_also[0] == "to restore"
    # <glossseealso>gl-cost</glossseealso>: an id, read as the term it identifies
    assert titles["performance cost"].see_also == ("cost",)
    assert titles["dCacheSetup File"].is_stub  # an empty <para> is no text


def test_dita_glossentry_acronym(tmp_path: Path) -> None:
    (entry,) = fixture_entries(tmp_path, "dita-pd-glossentry.xml")
    assert (entry.title, entry.anchor, entry.aliases) == (
        "Parkinson's Disease",
        "parkinsons-disease",
        ("PD",),
    )
    assert entry.body.startswith("A common, progressive bradykinetic disorder")


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="c1">
  <langSet xml:lang="de"><tig><term>Kugellager</term></tig></langSet>
  <langSet xml:lang="en">
    <descrip type="definition">A bearing that uses balls to keep the races apart.</descrip>
    <tig><term>ball bearing</term></tig>
    <tig><term>ball race</term></tig>
  </langSet>
</termEntry>
<termEntry id="c2"><langSet xml:lang="en"><tig><term>roller bearing</term></tig>
<descrip type="definition">A bearing that carries its load on rollers.</descrip></langSet>
</termEntry>
</body></text></martif>
"""


def test_tbx_entries_read_in_one_language(tmp_path: Path) -> None:
    entries = _folder_entries(tmp_path, "terms.tbx", TBX)
    assert [(e.title, e.aliases, e.line) for e in entries] == [  # other languages: aliases (r45)
        ("ball bearing", ("ball race", "Kugellager"), 4),
        ("roller bearing", (), 12),
    ]
    assert entries[0].body == "A bearing that uses balls to keep the races apart."


def test_xml_without_entry_elements_is_read_as_records(tmp_path: Path) -> None:
    text = (
        '<?xml version="1.0"?>\n<glossary>\n'
        "  <entry><term>Alpha</term><definition>The first letter of the <b>Greek</b> "
        "alphabet.</definition></entry>\n"
        "  <entry><term>Beta</term><definition>The second letter of the Greek "
        "alphabet.</definition></entry>\n</glossary>\n"
    )
    entries = _folder_entries(tmp_path, "letters.xml", text)
    assert [(e.title, e.body, e.line) for e in entries] == [
        ("Alpha", "The first letter of the Greek alphabet.", 3),
        ("Beta", "The second letter of the Greek alphabet.", 4),
    ]


POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>demo</artifactId>
  <name>Demo</name>
  <description>A demo project for Spring Boot that shows how things work</description>
  <dependencies>
    <dependency><groupId>junit</groupId><artifactId>junit</artifactId></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId></dependency>
  </dependencies>
</project>
"""


def test_a_pom_is_no_glossary(tmp_path: Path) -> None:
    (tmp_path / "pom.xml").write_text(POM, encoding="utf-8")
    with pytest.raises(CorpusError, match=r"no glossary entries found.*pom\.xml"):
        load_corpus(tmp_path)


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE g [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
        '<!DOCTYPE g [<!ENTITY b SYSTEM "file:///etc/passwd">]>',
    ],
)
def test_xml_entities_are_never_expanded_or_fetched(tmp_path: Path, doctype: str) -> None:
    text = (
        f'<?xml version="1.0"?>\n{doctype}\n<glossary><glossentry><glossterm>Laugh'
        "</glossterm><glossdef><para>It says &b; and&nbsp;more.</para></glossdef>"
        "</glossentry></glossary>\n"
    )
    (entry,) = _folder_entries(tmp_path, "g.xml", text)
    assert entry.body == "It says b and more."


def test_malformed_xml_says_why(tmp_path: Path) -> None:
    (tmp_path / "g.xml").write_text("<glossary><glossentry><glossterm>x", encoding="utf-8")
    with pytest.raises(CorpusError, match="not well-formed XML"):
        load_corpus(tmp_path)


# --- JavaScript / TypeScript -------------------------------------------------------------


def test_js_module_array_of_records(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "biodiv-glossary.js")
    assert len(entries) == 69
    assert all(e.anchor == slugify(e.title) for e in entries)
    anchors = _by_anchor(entries)
    # no entry from the GLOSSARY_DICT / formatGlossary code after the array
    assert entries[-1].title == "vertebrate"
    # word variants are two records, as in JSON
    assert anchors["habitat"].body.split("\n")[0] == anchors["habitats"].body.split("\n")[0]
    assert anchors["cbd"].title == "CBD"
    assert "Convention on Biological Diversity" in anchors["cbd"].aliases
    # the line of each record's term, not of its word in an earlier definition
    assert (anchors["ecosystem"].line, anchors["groundwater"].line) == (8, 168)


def test_js_records_read_as_the_same_records_in_json(tmp_path: Path) -> None:
    import chompjs

    text = (FORMATS / "biodiv-glossary.js").read_text(encoding="utf-8")
    data: object = chompjs.parse_js_object(text[text.index("= [") + 2 :])
    (tmp_path / "js").mkdir()
    (tmp_path / "json").mkdir()
    shutil.copy(FORMATS / "biodiv-glossary.js", tmp_path / "js")
    (tmp_path / "json" / "biodiv-glossary.json").write_text(json.dumps(data, indent=1))
    js = load_corpus(tmp_path / "js").entries
    as_json = load_corpus(tmp_path / "json").entries

    def key(e: Entry) -> tuple[object, ...]:
        return (e.id, e.title, e.aliases, e.body, e.see_also, e.fields)

    assert [key(e) for e in js] == [key(e) for e in as_json]
    assert js[0].fields == ("source: Biodiversity365",)


def test_js_default_export_after_a_commented_array(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "markdoc-glossarydata.js")
    assert [(e.title, e.line) for e in entries] == [
        ("sentence", 2),
        ("another term", 3),
        ("glossary", 4),
    ]


# The shape of a TypeScript glossary module found in the search index (repository not
# identified, so not saved): an interface, a typed array with template strings, then code.
TS = """import { STEPS } from "@/server/domain/workflow";

export interface GlossaryEntry {
  term: string;
  definition: string;
}

export const GLOSSARY: GlossaryEntry[] = [
  {
    term: "Mandate",
    definition:
      "The assignment a client hires the firm for: one fundraising engagement.",
  },
  { term: `Term Sheet`, definition: `An investor's written,
non-binding offer terms for the deal.` },
];

const BY_TERM = new Map(GLOSSARY.map((entry) => [entry.term.toLowerCase(), entry.definition]));

export function define(term: string): string | undefined {
  return BY_TERM.get(term.toLowerCase());
}

export const HELP: Help[] = STEPS.map((s) => ({ key: s.key, description: s.description }));
"""


def test_typescript_typed_array_between_code(tmp_path: Path) -> None:
    entries = _folder_entries(tmp_path, "glossary.ts", TS)
    assert [(e.title, e.line) for e in entries] == [("Mandate", 10), ("Term Sheet", 14)]
    assert entries[1].body == "An investor's written,\nnon-binding offer terms for the deal."


KEYED = """module.exports = {
  orbit:
    'A path around something, held by gravity, fast enough sideways to keep missing.',
  'low Earth orbit':
    'The busy shell from about 200 to 2000 km up, where most satellites are.',
};
"""


def test_js_object_keyed_by_term(tmp_path: Path) -> None:
    entries = _folder_entries(tmp_path, "terms.cjs", KEYED)
    assert [(e.title, e.line) for e in entries] == [("orbit", 2), ("low Earth orbit", 4)]


NOT_GLOSSARIES = {
    "webpack.config.js": """const path = require('path');
module.exports = {
  mode: 'production',
  entry: './src/index.js',
  output: { path: path.resolve(__dirname, 'dist'), filename: 'bundle.js' },
  module: { rules: [{ test: /\\.css$/, use: ['style-loader', 'css-loader'] }] },
};
""",
    "index.js": """'use strict';
const express = require('express');
const app = express();
app.get('/', (req, res) => { res.send('Hello World!'); });
module.exports = app;
""",
    "selectors.js": """export const GLOSSARY = {
  // search box and list
  SEARCH: '#glossary-search',
  LIST: '#glossary-list',
  TERM_TEMPLATE: '.glossary-term-template',
};
export function getElement(selector) {
  return document.querySelector(selector);
}
export default { GLOSSARY, getElement };
""",
}


@pytest.mark.parametrize("name", sorted(NOT_GLOSSARIES))
def test_code_modules_give_no_entries(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(NOT_GLOSSARIES[name], encoding="utf-8")
    with pytest.raises(CorpusError, match=f"no glossary entries found.*{re.escape(name)}"):
        load_corpus(tmp_path)


def test_loader_takes_the_new_suffixes(tmp_path: Path) -> None:
    for name in ("a.xml", "b.dita", "c.tbx", "d.js", "e.mjs", "f.ts", "g.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in glossary_files(tmp_path)] == [
        "a.xml", "b.dita", "c.tbx", "d.js", "e.mjs", "f.ts", "g.json",
    ]  # fmt: skip
    assert sniff_dialect("[{term: 'a'}]", "a.js") == "javascript"
    assert sniff_dialect("<glossary/>", "a.xml") == "xml"


@pytest.mark.parametrize("line", ["a = []\n", "a = [\n", "a = {'x\n", "a = [/*\n"])
def test_js_literals_are_read_once_each(monkeypatch: pytest.MonkeyPatch, line: str) -> None:
    """chompjs gets each literal's own slice: never the rest of the file once per literal
    start (a file of many ``a = [`` lines took time in the square of its length)."""
    import chompjs

    from rag_glossary.parsing.fields import FieldSpec
    from rag_glossary.parsing.js_data import parse_js

    read: list[int] = []
    real = chompjs.parse_js_object

    def counting(text: str, **kwargs: Any) -> object:
        read.append(len(text))
        return real(text, **kwargs)

    monkeypatch.setattr(chompjs, "parse_js_object", counting)
    text = line * 2000
    assert parse_js(text, "s", FieldSpec()).sections == []
    assert sum(read) <= len(text)
