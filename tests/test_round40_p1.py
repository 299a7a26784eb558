"""Round 40 lane P1: XLIFF / TMX glossaries (.xlf, .xliff, .tmx) and SQL seed scripts (.sql).

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 40, lane P1").
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES
from rag_glossary.errors import CorpusError
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.dialects import parse_file, parse_text
from rag_glossary.parsing.sniff import sniff_dialect

FORMATS = Path(__file__).parent / "fixtures" / "formats"

JUNO_IDS = (  # noqa: SIM905
    "juno-new-origins jno vizzy funkytrees drood jundroo credits-names juno droo brigo luna tt "
    "vulco sergeaa oord cylero niobe herma handrews-comet tydos nebra miros orcus urados jastrus "
    "boreas taurus hypatchion cladh craft part stage staging activation-group command-pod "
    "subassembly designer tech-tree tech-points sandbox career hybrid contract payload nav-sphere "
    "throttle thrust drag lift delta-v isp rcs orbit apoapsis periapsis inclination eccentricity "
    "semi-major-axis ascending-node true-anomaly sphere-of-influence celestial-body atmosphere "
    "re-entry fuel-tank propellant launch-location crew funds"
).split()
FRET_IDS = (  # noqa: SIM905
    "tractionnaire affrètement commissionnaire-de-transport lettre-de-voiture cmr groupage "
    "dégroupage affréteur plate-forme-logistique aetr règlement-ce-5612006 loi-lom cabotage "
    "licence-communautaire eurovignette tachygraphe-numérique carte-conducteur temps-de-service "
    "temps-de-disponibilité repos-hebdomadaire tarification-au-km tarification-au-point "
    "coût-horaire cnr optimisation-des-tournées taux-de-remplissage taux-de-retour-à-vide "
    "bon-de-livraison émargement-électronique empotage adr eco-conduite norme-euro charte-co2 "
    "tippticpe indice-gazole-cnr clause-de-révision dommages-indirects irp médecine-du-travail "
    "iprp at-mp convention-79 incoterms carnet-tir dau eurolicence compte-propre démarche-rse "
    "bilan-ges"
).split()


def _entries(name: str) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / name)}


def _only_file_fails(tmp_path: Path, name: str, why: str) -> None:
    shutil.copy(FORMATS / name, tmp_path)
    with pytest.raises(CorpusError, match=why):
        load_corpus(tmp_path)


@pytest.fixture(scope="module")
def juno() -> dict[str, Entry]:
    return _entries("juno-glossary.xlf")


@pytest.fixture(scope="module")
def fret() -> dict[str, Entry]:
    return _entries("fret-glossary.sql")


def test_the_new_suffixes_are_glossary_files() -> None:
    for suffix in (".xlf", ".xliff", ".tmx", ".sql"):
        assert suffix in GLOSSARY_SUFFIXES
    assert sniff_dialect("<xliff/>", "glossary.xliff") == "xml"
    assert sniff_dialect("INSERT INTO t VALUES (1);", "seed.sql") == "sql"


def test_xliff_unit_is_titled_by_its_source_not_its_id(juno: dict[str, Entry]) -> None:
    assert list(juno) == JUNO_IDS
    assert juno["credits-names"].title == "Credits names"  # unit id "credits-people"
    assert juno["tt"].title == "T.T."
    assert juno["tt"].line == 60  # the <trans-unit> start tag
    # an identical <target> is no alias; the note is the body, escapes decoded
    assert juno["juno"].aliases == ()
    assert '"by <name>"' in juno["credits-names"].body
    assert juno["rcs"].body.startswith("Reaction Control System - the small thrusters")
    assert "Reaction Control System" in juno["rcs"].aliases


def test_xliff_target_that_differs_is_an_alias_and_placeholders_are_no_term() -> None:
    text = (
        '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" '
        'trgLang="fr"><file id="f"><unit id="u1"><notes><note>A deferred payment.</note>'
        "</notes><segment><source>Credit</source><target>Crédit</target></segment></unit>"
        '<unit id="u2"><notes><note>Money owed.</note></notes><segment><source>Debt</source>'
        '</segment></unit><unit id="u3"><notes><note>Greeting.</note></notes><segment>'
        '<source>Hello <ph id="1"/></source></segment></unit></file></xliff>'
    )
    entries = parse_text(text, "bank", file="bank.xliff")
    assert [(e.title, e.aliases, e.body) for e in entries] == [
        ("Credit", ("Crédit",), "A deferred payment."),
        ("Debt", (), "Money owed."),
    ]


def test_tmx_unit_is_read_in_the_source_language() -> None:
    text = (
        '<tmx version="1.4"><header srclang="en" datatype="plaintext"/><body>'
        '<tu><note>Grape juice left to ferment.</note><tuv xml:lang="fr"><seg>Moût</seg></tuv>'
        '<tuv xml:lang="en"><seg>Must</seg></tuv></tu>'
        '<tu><note>The wine press.</note><tuv xml:lang="en"><seg>Press</seg></tuv></tu>'
        "</body></tmx>"
    )
    entries = parse_text(text, "wine", file="wine.tmx")
    assert [(e.title, e.aliases) for e in entries] == [("Must", ("Moût",)), ("Press", ())]


def test_application_strings_xliff_gives_no_entries(tmp_path: Path) -> None:
    # Angular's messages.xlf: description notes, but every unit records its place in the code
    _only_file_fails(tmp_path, "angular-feedback-messages.xlf", "interface strings")


def test_translation_file_without_notes_gives_no_entries() -> None:
    text = (
        '<xliff version="1.2"><file source-language="en" target-language="de"><body>'
        '<trans-unit id="a"><source>Save</source><target>Speichern</target></trans-unit>'
        '<trans-unit id="b"><source>Open file</source><target>Datei öffnen</target></trans-unit>'
        "</body></file></xliff>"
    )
    assert parse_text(text, "ui", file="ui.xlf") == []


def test_sql_insert_rows_in_a_plpgsql_block(fret: dict[str, Entry]) -> None:
    assert list(fret) == FRET_IDS
    tipp = fret["tippticpe"]
    assert tipp.title == "TIPP/TICPE"  # kept whole
    assert tipp.aliases == ("TIPP", "TICPE")  # ARRAY['TIPP','TICPE']
    assert tipp.line == 65
    assert fret["tractionnaire"].body.startswith(
        "Entreprise qui possède la traction (le tracteur routier)"
    )
    assert "donneurs d'ordre" in fret["tractionnaire"].body  # '' read as '
    # the source column is a field; the v_formation variable is no value
    assert fret["carte-conducteur"].fields == ("source: Règlement (UE) n° 165/2014",)
    assert "v_formation" not in "".join(e.body for e in fret.values())
    assert not any("introuvable" in e.body or "Glossaire" in e.title for e in fret.values())
    assert fret["cmr"].aliases[0] == "Lettre de voiture internationale"


def test_sql_single_row_inserts_and_the_glossary_table_among_others() -> None:
    gall = _entries("gallformers-glossary.sql")  # SQLite migration: id NULL, urls column
    assert len(gall) == 18
    assert gall["catkin"].url == "https://en.wikipedia.org/wiki/Catkin"
    assert gall["monothalamous"].body == "Single-chambered."
    words = _entries("wordful-words.sql")  # words, users and user_words tables
    assert list(words) == ["barter", "wistful", "contrived", "balk", "vacilitate"]
    assert words["balk"].fields == ("function: verb",)


def test_sql_dump_without_column_list_and_copy_rows() -> None:
    text = (
        "CREATE TABLE `glossary` (\n  `id` int NOT NULL,\n  `term` varchar(50),\n"
        "  `definition` text,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n"
        "INSERT INTO `users` VALUES (1,'ann','Ann is an admin of the site.');\n"
        "INSERT INTO `glossary` VALUES (1,'Cask','A barrel for wine, it\\'s oak.'),"
        "(2,'Lees','Dead yeast left after fermentation.');\n"
        "COPY public.terms (term, description, aliases) FROM stdin;\n"
        'Must\tGrape juice before it ferments.\t{must,"grape must"}\n\\.\n'
    )
    entries = parse_text(text, "wine", file="wine.sql")
    assert [(e.title, e.body, e.aliases) for e in entries] == [
        ("Cask", "A barrel for wine, it's oak.", ()),
        ("Lees", "Dead yeast left after fermentation.", ()),
        ("Must", "Grape juice before it ferments.", ("grape must",)),  # "must" is the title
    ]


def test_sql_migration_without_value_rows_gives_no_entries(tmp_path: Path) -> None:
    # CREATE TABLE, INSERT ... SELECT, UPDATE and DELETE: a schema change, no glossary rows
    _only_file_fails(tmp_path, "gallformers-migration-015.sql", "no INSERT ... VALUES")


def test_sql_table_named_as_a_glossary_wins_over_a_larger_one() -> None:
    posts = ",".join(f"('Post {n}', 'A blog post about wine number {n}.')" for n in range(4))
    text = (
        f"INSERT INTO posts (title, body) VALUES {posts};\n"
        "INSERT INTO glossary_terms (term, definition) VALUES "
        "('Lees', 'Dead yeast left after fermentation.'), ('Must', 'Unfermented grape juice.');\n"
    )
    assert [e.title for e in parse_text(text, "wine", file="wine.sql")] == ["Lees", "Must"]


def test_xliff_alt_trans_proposals_are_not_the_units_text() -> None:
    text = (
        '<xliff version="1.2"><file><body><trans-unit id="q"><source>Lees</source>'
        "<note>Dead yeast.</note><alt-trans><target>Lie</target><note>A proposal.</note>"
        "</alt-trans></trans-unit></body></file></xliff>"
    )
    assert [(e.title, e.body, e.aliases) for e in parse_text(text, "w", file="w.xlf")] == [
        ("Lees", "Dead yeast.", ())
    ]
