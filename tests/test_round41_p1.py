"""Round 41 lane P1: JSON Lines glossaries (.jsonl, .ndjson) and PHP files (.php, .phtml)
whose terms sit in a PHP array, in the page's HTML or in a ``<script>``'s data.

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 41, lane P1").
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES, glossary_files
from rag_glossary.errors import CorpusError
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.dialects import parse_file, parse_text
from rag_glossary.parsing.fields import key_name
from rag_glossary.parsing.php_source import array_literals, php_parts
from rag_glossary.parsing.slug import slugify
from rag_glossary.parsing.sniff import sniff_dialect

FORMATS = Path(__file__).parent / "fixtures" / "formats"

ECOM_IDS = (  # noqa: SIM905
    "asin aov a-content algoritmo-a9a10 b2b b2c bnpl bsr buy-box bundle c2c cannibalization "
    "cashback checkout-rate cpc ctr cr d2c dropshipping dsa ean epc fba fbm feed-prodotti "
    "fulfillment gmv gtin hijacker iva keyword-research ltv listing logistica-3pl map "
    "multichannel odr oms overselling pl ppc prime private-label roas repricing retail-arbitrage "
    "serp sku sla sponsored-products storico-bsr tacos 3pl ugc upc variante vendor-central "
    "warehouse zfs"
).split()


def _records(name: str) -> list[dict[str, object]]:
    lines = (FORMATS / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _jsonl(rows: list[dict[str, object]]) -> str:
    return "".join(json.dumps(row) + "\n" for row in rows)


@pytest.fixture(scope="module")
def medcook() -> dict[str, Entry]:
    return {e.title: e for e in parse_file(FORMATS / "medcook-glossary.jsonl")}


@pytest.fixture(scope="module")
def ecom() -> dict[str, Entry]:
    return {e.title: e for e in parse_file(FORMATS / "ecom-glossary.php")}


# --- the suffixes and the sniffer ---


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson", ".php", ".phtml"])
def test_new_suffixes_are_glossary_files(suffix: str) -> None:
    assert suffix in GLOSSARY_SUFFIXES


@pytest.mark.parametrize(
    ("name", "dialect"),
    [("g.jsonl", "jsonl"), ("g.ndjson", "jsonl"), ("g.php", "php"), ("g.phtml", "php")],
)
def test_the_suffix_decides_the_dialect(name: str, dialect: str) -> None:
    assert sniff_dialect('{"term": "x"}\n', name) == dialect


def test_question_sets_beside_a_corpus_are_not_glossaries(tmp_path: Path) -> None:
    for name in (
        "medcook-glossary.jsonl",
        "questions.jsonl",
        "questions-2.jsonl",
        "x.questions.jsonl",
    ):
        shutil.copy(FORMATS / "medcook-glossary.jsonl", tmp_path / name)
    assert [p.name for p in glossary_files(tmp_path)] == ["medcook-glossary.jsonl"]


# --- JSON Lines: the medcook blind file ---


def test_medcook_one_entry_per_headword_id_the_slug_of_plaintext(medcook) -> None:  # type: ignore[no-untyped-def]
    heads = [str(r["plaintext"]) for r in _records("medcook-glossary.jsonl") if "meanings" in r]
    assert len(heads) == 331
    assert list(medcook) == heads  # no variant line is an entry, none is lost
    assert all(e.anchor == slugify(e.title) for e in medcook.values())
    assert medcook["trenchours (trenchers)"].anchor == "trenchours-trenchers"


def test_medcook_variants_are_aliases_of_their_headwords(medcook) -> None:  # type: ignore[no-untyped-def]
    variants = [r for r in _records("medcook-glossary.jsonl") if "synonymOf" in r]
    assert len(variants) == 219
    for record in variants:
        name, head = str(record["plaintext"]), str(record["synonymOf"])
        assert name == head or name in medcook[head].aliases
    assert "galentyn" not in medcook["galentyn"].aliases  # a variant of itself
    assert "noiez mugadez" in medcook["noiez"].aliases  # a variant of two headwords
    assert "noiez mugadez" in medcook["mugadez"].aliases
    assert "alay" in medcook["lye"].aliases  # a headword and another's variant: both
    assert medcook["alay"].body == "to mix with. Similar to temper"


def test_medcook_definitions_cut_by_the_scraper_are_joined(medcook) -> None:  # type: ignore[no-untyped-def]
    assert medcook["bourreys"].body.startswith("a dish made in the form of little, filled pastry")
    assert medcook["caudel"].body.startswith("a smooth, thick soup or beverage")
    assert medcook["betany"].body.startswith("betony (Stachys officinalis), also known as")
    assert medcook["brawn"].body.startswith("flesh. The term is aparently only applied")
    assert medcook["jowtes"].body == "herbs cooked in broth or almond milk"


def test_medcook_in_a_corpus_folder_with_its_question_set(tmp_path: Path) -> None:
    shutil.copy(FORMATS / "medcook-glossary.jsonl", tmp_path)
    (tmp_path / "questions.jsonl").write_text(
        _jsonl(
            [
                {"id": f"medcook-{i:03d}", "question": "what is a coffyn", "kind": "term"}
                for i in range(9)
            ]
        ),
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    assert len(corpus.entries) == 331
    assert [f.dialect for f in corpus.files] == ["jsonl"]


# --- JSON Lines: the other real files ---


def test_a_merged_dictionary_keeps_each_sense_on_a_line_and_drops_placeholders() -> None:
    records = _records("medrecipe-glossary.jsonl")
    heads = [str(r["plaintext"]) for r in records if "meanings" in r]
    by = {e.title: e for e in parse_file(FORMATS / "medrecipe-glossary.jsonl")}
    assert sorted(by) == sorted(heads)  # the ten "~" placeholder lines are no entries
    assert by["a-lay"].body.splitlines() == [
        "allay", "mix", "weaken", "dilute",
        "stretch, increase quantity as in the watering of soup or padding out of meatballs "
        "with bread crumbs",
        "season",
    ]  # fmt: skip
    # "alay" has a text of its own and is another spelling of "a-lay": both
    assert by["alay"].body and "alay" in by["a-lay"].aliases


def test_a_translators_ndjson_glossary_reads_its_descriptions_without_bookkeeping() -> None:
    entries = parse_file(FORMATS / "mywater-glossary.ndjson")
    assert [e.title for e in entries] == [
        str(r["term"]) for r in _records("mywater-glossary.ndjson")
    ]
    by = {e.title: e for e in entries}
    assert by["Account"].body.startswith("User account. Keep «Аккаунт»")
    for entry in entries:  # record numbers, yes/no flags and the translations are no text
        assert not entry.fields, entry.fields
        assert not re.search(r"^(?:term_id|translatable|t):|Konto", entry.body, re.M)


def test_a_file_that_is_json_lines_saved_as_json_is_read_as_json_lines() -> None:
    text = (FORMATS / "medcook-glossary.jsonl").read_text(encoding="utf-8")
    assert len(parse_text(text, "medcook", file="medcook.json")) == 331


_CHAT: list[dict[str, object]] = [
    {"role": "user", "content": "How long do I boil an egg for a soft yolk?"},
    {"role": "assistant", "content": "About six minutes in boiling water, then cool it."},
]
_SESSION: dict[str, object] = {"messages": [{"role": "user", "content": "hi"}, *_CHAT]}
_NOT_GLOSSARIES: dict[str, list[dict[str, object]]] = {
    "chat-turns": _CHAT * 3,
    "chat-sessions": [_SESSION] * 4,
    "log": [
        {"ts": f"2024-05-01T10:00:0{i}Z", "level": "INFO", "msg": f"request {i} served from cache"}
        for i in range(6)
    ],
    "labelled-data": [
        {
            "text": "I loved this movie, the story moved me.",
            "label": ("negative", "positive")[i % 2],
        }
        for i in range(8)
    ],
    "instructions": [
        {"instruction": f"Summarize paragraph {i}", "input": "Some text.", "output": "A summary."}
        for i in range(6)
    ],
    "question-set": [
        {"id": f"set-{i:03d}", "question": f"what does term {i} mean in practice", "kind": "term"}
        for i in range(6)
    ],
}


@pytest.mark.parametrize("name", sorted(_NOT_GLOSSARIES))
def test_json_lines_that_are_no_glossary_give_no_entries(tmp_path: Path, name: str) -> None:
    (tmp_path / "data.jsonl").write_text(_jsonl(_NOT_GLOSSARIES[name]), encoding="utf-8")
    with pytest.raises(CorpusError, match="no glossary entries"):
        load_corpus(tmp_path)


def test_json_lines_of_one_pair_objects_and_of_dictionary_senses() -> None:
    pairs = _jsonl(
        [
            {"Cup": "A small bowl-shaped container for drinking from"},
            {"Cake": "An item of soft sweet food made from flour, fat and eggs"},
        ]
    )
    assert [e.title for e in parse_text(pairs, "d", file="d.jsonl")] == ["Cup", "Cake"]
    glosses = (("dog", "A domesticated mammal."), ("cat", "A small carnivore."), ("owl", "A bird."))
    wiktionary = _jsonl(
        [
            {"word": w, "pos": "noun", "senses": [{"glosses": [g], "tags": ["x"]}]}
            for w, g in glosses
        ]
    )
    assert parse_text(wiktionary, "w", file="w.jsonl")[0].body == "A domesticated mammal."
    expanded = (
        ("AI", "Artificial Intelligence", "Field of computer science"),
        ("ML", "Machine Learning", "Study of learning algorithms"),
        ("NLP", "Natural Language Processing", "Language by machines"),
    )
    expansions = _jsonl(
        [
            {"abbreviation": a, "expansions": [{"expansion": x, "description": d}]}
            for a, x, d in expanded
        ]
    )
    first = parse_text(expansions, "a", file="a.jsonl")[0]
    assert (first.title, first.body) == ("AI", "Artificial Intelligence. Field of computer science")
    assert "Artificial Intelligence" in first.aliases


def test_a_line_that_is_not_json_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "g.jsonl").write_text(
        '{"term": "a", "definition": "b c d"}\n{oops\n', encoding="utf-8"
    )
    with pytest.raises(CorpusError, match="line 2 is not one JSON value"):
        load_corpus(tmp_path)


def test_camel_case_keys_are_named_by_their_words() -> None:
    assert key_name("synonymOf") == "synonym of"
    assert key_name("seeAlso") == "see also"
    assert key_name("iOS") == "ios"


# --- PHP: the ecom blind file (terms in a <script>'s array) ---


def test_ecom_reads_its_59_script_records_and_nothing_of_the_page(ecom) -> None:  # type: ignore[no-untyped-def]
    assert [e.anchor for e in ecom.values()] == ECOM_IDS
    assert ecom["P&L"].anchor == "pl" and ecom["A+ Content"].anchor == "a-content"
    text = (FORMATS / "ecom-glossary.php").read_text(encoding="utf-8")
    lines = text.splitlines()
    for entry in ecom.values():  # each entry at its record's line
        assert f"name: '{entry.title}'" in lines[entry.line - 1].replace("\\'", "'")
        assert not entry.fields  # letter and tags are no text
        assert not re.search(r"letter:|tags:|Amazon, Advertising", entry.body)


def test_ecom_expansions_are_aliases(ecom) -> None:  # type: ignore[no-untyped-def]
    text = (FORMATS / "ecom-glossary.php").read_text(encoding="utf-8")
    fulls = re.findall(r"name: '([^']+)', full: '([^']+)'", text)
    assert len(fulls) == 35
    for name, full in fulls:
        assert full in ecom[name].aliases
    assert ecom["3PL"].body.startswith('Vedi "Logistica 3PL".')
    assert "Third Party Logistics" in ecom["Logistica 3PL"].aliases


def test_a_page_whose_terms_are_in_its_script_reads_them_as_html_too() -> None:
    text = (FORMATS / "ecom-glossary.php").read_text(encoding="utf-8")
    assert len(parse_text(text, "ecom", file="ecom.html")) == 59


# --- PHP: arrays in code, pages, and code that is no glossary ---


def test_php_array_records_and_term_mappings() -> None:
    devils = {e.title: e for e in parse_file(FORMATS / "devils-dictionary-e.php")}
    assert list(devils) == ["EAVESDROP", "EDIBLE", "EDUCATION"]
    assert devils["EDIBLE"].body.startswith("Good to eat, and wholesome to digest")
    assert devils["EDIBLE"].fields == ("part: adj.",)
    words = parse_file(FORMATS / "bkwebdev-dictionary.php")
    assert [e.title for e in words] == ["word", "book", "car", "wolf", "run", "apocalypse"]
    assert "<" not in words[0].body


def test_a_question_mark_gt_in_a_line_comment_ends_the_code() -> None:
    # request.php: "//$xmldata = '<?xml ...?>" closes PHP, so the XML after it is page
    entries = parse_file(FORMATS / "info2180-request.php")
    assert [e.title for e in entries] == [
        "definition",
        "bar",
        "ajax",
        "html",
        "css",
        "javascript",
        "php",
    ]
    parts = php_parts((FORMATS / "info2180-request.php").read_text(encoding="utf-8"))
    assert "<dictionaries.>" in parts.page and "<dictionaries.>" not in parts.code


def test_php_strings_heredocs_and_comments_do_not_end_the_code() -> None:
    source = (
        "<?php\n$a = 'not the end ?> here';\n$b = <<<EOT\nstill ?> code\nEOT;\n"
        "/* ?> */ $glossary = ['Overfitting' => 'Fitting the noise' . ' of a sample.',\n"
        "  'Bias' => \"A systematic error\\nof a model.\"];\n?>\n<p>page</p>\n"
    )
    parts = php_parts(source)
    assert parts.page.strip() == "<p>page</p>" and len(parts.code) == len(source)
    (_, data), *_ = array_literals(parts.code)
    assert data == {
        "Overfitting": "Fitting the noise of a sample.",
        "Bias": "A systematic error\nof a model.",
    }
    assert not list(array_literals("<?php $x = [$y, foo()];"))  # code, not data


def test_a_php_page_whose_terms_are_in_its_html(tmp_path: Path) -> None:
    page = (
        "<?php $title = 'Glossary'; include 'header.php'; ?>\n<h1><?= $title ?></h1>\n<dl>\n"
        "<dt>Overfitting</dt><dd>Fitting the noise of a sample rather than its signal.</dd>\n"
        "<dt>Bias</dt><dd>A systematic error of a model's predictions.</dd>\n"
        "<dt>Epoch</dt><dd>One pass over the whole training set.</dd>\n</dl>\n"
        "<?php include 'footer.php'; ?>\n"
    )
    entries = parse_text(page, "g", file="g.php")
    assert [(e.title, e.line) for e in entries] == [("Overfitting", 4), ("Bias", 5), ("Epoch", 6)]


def test_php_that_holds_no_glossary_gives_no_entries(tmp_path: Path) -> None:
    shutil.copy(FORMATS / "learningjquery-autocomplete.php", tmp_path)  # a list of words
    (tmp_path / "config.php").write_text(
        "<?php\nreturn ['db_host' => 'localhost', 'db_name' => 'site', 'debug' => true,\n"
        "  'menu' => [['label' => 'Home', 'url' => 'index.php'],\n"
        "             ['label' => 'About', 'url' => 'about.php']]];\n",
        encoding="utf-8",
    )
    with pytest.raises(CorpusError, match="no glossary entries"):
        load_corpus(tmp_path)
