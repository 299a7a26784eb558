"""Round 57 lane PS: Divergloss concept files (parsing/divergloss.py)."""

from __future__ import annotations

from pathlib import Path

from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus, parse_text
from rag_glossary.parsing.divergloss import variant_text

ROOT = Path(__file__).resolve().parent.parent

# caslav-ilic/sverapoj concepts/c.xml (eval/corpora/desktop-glossary), two concepts as written
SVERAPOJ = """<?xml version="1.0" encoding="UTF-8"?>
<concepts>

<concept id="certificate">
    <!-- @види: certificateauthority ca_cert smime digitalsignature -->
    <desc>Електронски документ којим се утврђује идентитет учесника у неком поступку.
        Често се користи за
        <ref c="authentication">~аутентификацију|ooo:пријаву~</ref> приликом приступа
        <ref c="webpage">~веб страницама|moz:веб странама~</ref>, нпр. онима које служе за
        <ref c="online">~|fed:мрежна~</ref> плаћања
        <ref c="online">~на мрежи|kde:на вези|fed:~</ref> путем банковних картица и рачуна.</desc>
    <!-- @упути: revoke authenticity -->

    <term lang="en" gr="i">certificate</term>
    <term env="fed pr" gr="i">сертификат</term>
    <term env="fed" gr="i">потврда</term>

    <details root="wpen" rel="Public_key_certificate"/>
</concept>

<concept id="character" topic="prog"
         related="font string cipher">
    <desc>Јединични елемент текста на <ref c="computer">рачунару</ref>.</desc>

    <term lang="en" gr="i">character</term>
    <eterm gr="i">
        <nom>знак</nom>
        <decl gr="nommn">знакови</decl>
        <comment>Множине ‘знакови’ и ‘знаци’ једнако су исправне.</comment>
    </eterm>
    <term env="id" gr="i">карактер</term>
</concept>

<concept id="cipher">
    <desc><ref c="zzz">Алгоритам</ref> за шифровање.</desc>
    <term lang="en" gr="i">cipher</term>
    <term env="gnm moz uk" gr="i">шифра</term>
    <eterm env="kde" gr="i">
        <nom>шифрар</nom>
        <comment by="ilic">Уместо ‘шифре’.</comment>
    </eterm>
</concept>

</concepts>
"""


def _entries(text: str) -> dict[str, Entry]:
    return {e.title: e for e in parse_text(text, "dvg", file="c.xml")}


def test_sverapoj_concepts_are_entries_in_the_glossary_language() -> None:
    entries = _entries(SVERAPOJ)
    assert list(entries) == ["сертификат", "знак", "шифра"]
    cert = entries["сертификат"]
    assert cert.aliases == ("потврда", "certificate")
    assert cert.body == (
        "Електронски документ којим се утврђује идентитет учесника у неком поступку. Често се "
        "користи за аутентификацију приликом приступа веб страницама, нпр. онима које служе за "
        "плаћања на мрежи путем банковних картица и рачуна."
    )
    sign = entries["знак"]  # an eterm's nom is a term; its decl and comment are no text
    assert sign.aliases == ("карактер", "character")
    assert sign.body == "Јединични елемент текста на рачунару."
    assert sign.see_also == ("шифра",)  # related ids in the file, by title
    assert entries["шифра"].aliases == ("шифрар", "cipher")
    assert entries["шифра"].line == 34


def test_variants_read_as_the_unlabelled_or_own_environment_wording() -> None:
    assert variant_text("~копија~ и ~датотека|kde:фајл~") == "копија и датотека"
    assert variant_text("у ~fed gnm:списак|kde:клипборд~") == "у списак"
    assert variant_text("у ~fed gnm:списак|kde:клипборд~", ["kde"]) == "у клипборд"
    assert variant_text("за ~|fed:мрежна~ плаћања") == "за  плаћања"
    assert variant_text("cd ~/a and ~/b, about ~ 5 MB") == "cd ~/a and ~/b, about ~ 5 MB"


def test_glossary_root_language_and_long_descriptions() -> None:
    text = """<glossary id="g" lang="en" env="pr">
<metadata><title>Desk terms</title></metadata>
<concept id="a">
  <desc lang="sr">Опис.</desc>
  <desc lang="en">A place where ~copies|kde:duplicates~ are kept.</desc>
  <ldesc lang="en"><para>First.</para><para>Second, see <ref c="b">the other</ref>.</para></ldesc>
  <term lang="sr">кеш</term>
  <term lang="en">cache</term>
  <term lang="en" env="kde">buffer</term>
</concept>
<concept id="b"><term lang="sr">остава</term></concept>
</glossary>"""
    entries = _entries(text)
    cache = entries["cache"]
    assert cache.aliases == ("buffer", "кеш")
    assert cache.body == "A place where copies are kept.\n\nFirst.\n\nSecond, see the other."
    assert entries["остава"].body == ""  # no term in English: its first term titles it


def test_other_xml_is_not_read_as_divergloss() -> None:
    tbx = """<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>cache</term>
</tig></langSet></termEntry></body></text></martif>"""
    assert [e.title for e in parse_text(tbx, "t", file="t.tbx")] == ["cache"]
    # a <concept> with no term child (a SKOS-like export) is data, not a concept file
    data = "<concepts><concept><name>x</name><definition>Y z.</definition></concept></concepts>"
    assert all(e.title != "" for e in parse_text(data, "d", file="d.xml"))


def test_desktop_glossary_reads_every_concept() -> None:
    loaded = load_corpus(ROOT / "eval" / "corpora" / "desktop-glossary")
    assert len(loaded.entries) == 37
    assert all(e.body and "~" not in e.body for e in loaded.entries)


# --- phase 2: Serbian (Cyrillic and Latin) ---------------------------------------------


def test_desktop_glossary_is_read_as_serbian_not_bulgarian() -> None:
    from rag_glossary.coverage.glossary_language import corpus_language

    loaded = load_corpus(ROOT / "eval" / "corpora" / "desktop-glossary")
    assert corpus_language(loaded.entries) == "sr"
    backgammon = load_corpus(ROOT / "eval" / "corpora" / "backgammon-glossary")
    assert corpus_language(backgammon.entries) == "bg"  # Bulgarian's "е", "който" stay bg


def test_serbian_stems_meet_across_scripts_and_marks() -> None:
    from rag_glossary.language_stems import plain_stem

    # Cell's "ћелија" as typed "celijama", "ćelija"; Cipher's "шифровање" as "sifrovanje"
    assert plain_stem("ћелијама", "sr") == plain_stem("celijama", "sr") == "celij"
    assert plain_stem("ćelija", "sr") == plain_stem("ћелија", "sr")
    assert plain_stem("sifrovanje", "sr") == plain_stem("шифровање", "sr")


def test_serbian_typed_in_latin_is_read_in_cyrillic() -> None:
    from rag_glossary.ukrainian_latin import UkrainianLatin, sound_key

    assert sound_key("између", "sr") == sound_key("izmedju", "sr") == sound_key("između", "sr")
    assert sound_key("ћелија", "sr") == sound_key("celija", "sr") == sound_key("ćelija", "sr")
    loaded = load_corpus(ROOT / "eval" / "corpora" / "desktop-glossary")
    texts = [t for e in loaded.entries for t in (e.title, *e.aliases, e.body)]
    reader = UkrainianLatin.of(texts, "sr")
    assert reader.read("sta je kursor") == "шта је курсор"
    assert reader.read("šta je tačno ćelija") == "шта је тачно ћелија"
    # a name the glossary writes in Latin letters stays; a frame word says the language
    assert reader.read("clipboard na srpskom? i sta to uopste radi").startswith("clipboard на")
    assert reader.read("what is a clipboard") == "what is a clipboard"  # English: as typed
