"""Round 55 lane PS: a bilingual word list's glossary page (Jekyll Markdown, in Malay) whose
terms are paragraphs opened by an anchor line (``&nbsp; .`` and a hard break), then
``**term**``, footnote marks as entities (``&#178; &#179;``), the English gloss ``(en: ...)``
and the definition on the next line after ``&ndash;``; pointer terms say ``&ndash; lihat
"X"`` (Malay / Indonesian "see X"). The real file is
eval/corpora/suai-glossary/suai-glossary.md (round 55's Malay set)."""

from __future__ import annotations

from pathlib import Path

from rag_glossary.models import Entry
from rag_glossary.parsing import parse_text
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.md_glossed_terms import language_names, without_anchor_lines
from rag_glossary.parsing.sniff import sniff_dialect
from rag_glossary.pointer_words import pointed_name

_SUAI = Path("eval/corpora/suai-glossary")


def _entries() -> dict[str, Entry]:
    return {e.id.split("#", 1)[1]: e for e in load_corpus(_SUAI).entries}


def test_every_bold_term_of_the_malay_page_is_an_entry_and_no_letter_heading_is() -> None:
    text = (_SUAI / "suai-glossary.md").read_text(encoding="utf-8")
    assert sniff_dialect(text, "suai-glossary.md") == "md-terms"
    entries = _entries()
    assert len(entries) == 68  # the 68 **term** paragraphs; 27 letter headings are none
    assert "z" not in entries and "glosari" not in entries
    assert entries["entry"].title == "¶"  # an empty slug: the house's fallback anchor


def test_the_english_gloss_is_an_alias_and_the_body_is_the_definition() -> None:
    entries = _entries()
    muka = entries["antara-muka"]  # **antara muka**&#179; (en: interface)
    assert muka.title == "antara muka"
    assert muka.body.startswith("ruang interaksi antara pengguna dan mesin")
    assert "³" not in muka.body and "(en:" not in muka.body
    assert entries["korpus"].aliases[:1] == ("corpus",)  # (en: corpus; lat: corpus)
    assert entries["longgokan-data"].aliases[:2] == ("data dump", "database dump")
    assert entries["cabang"].body.startswith("satu atau lebih salinan asing sumber")
    # a term with no definition keeps its gloss as its only text
    assert entries["luar-talian"].body == "(en: offline)"
    assert entries["luar-talian"].aliases == ("offline",)


def test_lihat_pointer_terms_are_aliases_of_the_term_they_name() -> None:
    entries = _entries()
    assert "pemaju" in entries["pengusaha"].aliases
    assert "bahasa sasaran" in entries["bahasa-terjemah"].aliases
    assert "laman sumber asal" in entries["laman-punca"].aliases
    names = set(entries["antara-muka"].aliases)
    assert {"GUI", "graphical user interface", "CLI", "UI", "WUI"} <= names
    assert entries["pemaju"].body == 'lihat "pengusaha"'  # the pointer stays an entry
    assert pointed_name('– lihat juga "helaian rebak" dan "fail"') is not None


def test_anchor_lines_are_blanked_only_over_a_bold_term() -> None:
    lines = ["", "&nbsp; .  ", "**aksara** (en: character)", "", "&nbsp;  ", "laman kembali"]
    assert without_anchor_lines(lines, [False] * len(lines)) == [
        "",
        "",
        "**aksara** (en: character)",
        "",
        "&nbsp;  ",
        "laman kembali",
    ]


def test_language_names_read_codes_only() -> None:
    assert language_names("&#178; &#179; (en: fork)\n&ndash; x") == ("\n&ndash; x", ("fork",), "")
    _, names, note = language_names(" (en: Cannula Age, de: Katheter - Alter)")
    assert names == ("Cannula Age", "Katheter - Alter") and note.startswith("(en:")
    assert language_names(" (tysk: vind)\nx")[1] == ()  # a word label, no ISO code
    assert language_names(" (see below)\nx")[1] == ()


def test_the_shape_in_another_language() -> None:
    # written for this test: a German word list laid out the same way
    text = (
        "---\ntitle: Glossar\n---\n\n### Glossar\n\n#### A\n\n&nbsp; .  \n**Ablage**&#178; "
        "(en: repository)\n&ndash; der Ort, an dem ein Projekt liegt\n\n&nbsp; .  \n"
        "**Abzweig** (en: fork)\n&ndash; eine Kopie einer Ablage\n\n#### B\n\n&nbsp; .  \n"
        "**Baum** (en: tree)\n\n&nbsp; .  \n**Bild**&#179; (en: image)\n&ndash; ein Abbild\n\n"
        '&nbsp; .  \n**Bestand**\n&ndash; siehe "Ablage"\n\n#### Z\n\n'
        "&mdash;  \n&#178; ein Fachwort\n"
    )
    found = {e.title: e for e in parse_text(text, "g")}
    assert list(found) == ["Ablage", "Abzweig", "Baum", "Bild", "Bestand"]
    assert found["Ablage"].aliases[:1] == ("repository",)
    assert found["Ablage"].body == "der Ort, an dem ein Projekt liegt"
    assert found["Baum"].body == "(en: tree)"


def test_malay_question_forms_frame_the_asked_name() -> None:
    from rag_glossary.coverage.glossary_language import frame_words, function_words

    frame = frame_words("ms")
    # "apa mksud X", "X dipanggil apa", "fail tu ... macam apa", "jenis apa je"
    assert {"mksud", "dipanggil", "panggilan", "tu", "ni", "je", "macam"} <= frame
    assert {"kat", "nak", "dlm", "pasal"} <= function_words("ms")
