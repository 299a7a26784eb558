"""Round 39 lane P1: MediaWiki pages (.mediawiki, .wiki) and gettext catalogues (.po, .pot).

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 39, lane P1").
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
from rag_glossary.parsing.mediawiki import mediawiki_source
from rag_glossary.parsing.sniff import sniff_dialect

FORMATS = Path(__file__).parent / "fixtures" / "formats"

CODEC_IDS = (  # noqa: SIM905
    "aspect-ratio bitrate chroma codec decode deinterlacing demuxing encode es fourcc framerate "
    "frame-types idct keyframe lossless lossy motion-compensation muxing overlay packetizing "
    "post-processing pcr-program-clock-reference ps pts sample-rate transcode ts transport-stream"
).split()
GIMP_IDS = (  # noqa: SIM905
    "alpha alpha-channel antialiasing bézier-curve bitmap bmp bump-mapping channel-mask channels "
    "clipboard cmy-cmyk color-depth color-model dithering exif feathering file-format "
    "floating-selection floyd-steinberg-dithering gamma gamut gif gnu grayscale guides histogram "
    "hsv html-notation image-hose incremental-paint-mode indexed-colors interpolation jpeg lab "
    "layer marching-ants masks moiré-effect parasite path pdb pdf pixel plugin png postscript psd "
    "quantization rendering-intent rgb sample-merge saturation supersampling svg tga tiff tile "
    "uri url value xcf ycbcr yuv"
).split()


def _entries(name: str) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / name)}


@pytest.fixture(scope="module")
def codec() -> dict[str, Entry]:
    return _entries("codec-glossary.mediawiki")


@pytest.fixture(scope="module")
def gimp() -> dict[str, Entry]:
    return _entries("gimp-glossary.po")


def test_the_new_suffixes_are_glossary_files() -> None:
    for suffix in (".mediawiki", ".wiki", ".po", ".pot"):
        assert suffix in GLOSSARY_SUFFIXES
    assert sniff_dialect('msgid ""\nmsgstr ""\n', "glossary.pot") == "gettext"


def test_mediawiki_page_is_one_entry_per_heading_with_the_shown_title(
    codec: dict[str, Entry],
) -> None:
    assert list(codec) == CODEC_IDS
    assert codec["lossy"].title == "Lossy"  # [[Lossless and Lossy|Lossy]]: the shown text
    assert codec["pcr-program-clock-reference"].aliases[:1] == ("PCR",)
    for stub in ("encode", "fourcc", "packetizing", "pcr-program-clock-reference"):
        assert codec[stub].body == ""  # title-only entries are kept
    assert codec["transport-stream"].see_also == ("MPEG-TS",)


def test_mediawiki_templates_comments_and_categories_are_no_text(
    codec: dict[str, Entry],
) -> None:
    # "=== [[Frame types]] === <!--...-->": the comment hid the heading (it was Framerate's text)
    assert "Frame types" not in codec["framerate"].body
    assert "wikipedia" not in codec["framerate"].body.lower()
    assert codec["frame-types"].body.startswith("- I-frame: A full 'Intra-coded picture'")
    assert "Category" not in codec["transport-stream"].body
    assert codec["idct"].body == "Inverse Discrete cosine transform"  # its {{wikipedia}} gone
    assert codec["es"].aliases == ("Elementry Stream",)  # '''E'''lementry '''S'''tream
    bodies = " ".join(e.body for e in codec.values())
    assert "{{" not in bodies and "__NOTOC__" not in bodies and "DEFAULTSORT" not in bodies


def test_mediawiki_italics_and_inline_templates_read_as_words() -> None:
    win8 = _entries("vlc-win8-dictionary.mediawiki")
    assert len(win8) == 15
    assert win8["wp8"].body.startswith("Short for Windows Phone 8, WP8 is")
    assert "''" not in " ".join(e.body for e in win8.values())
    assert "applications like VLC that use Win32" in win8["desktop-applications"].body


def test_mediawiki_glossary_templates_and_lists() -> None:
    page = (
        "Intro {{VLC}} here.\n{{Historical}}\n"
        "{{term|1=Aperture}}\n{{defn|1=The opening of a lens.}}\n"
        "{{term|term=Bokeh|content=[[Bokeh]]}}\n{{defn|defn=Blur quality.}}\n"
        "# first\n## nested\n"
    )
    assert mediawiki_source(page).split("\n") == [
        "Intro VLC here.",
        "",
        "; Aperture",
        ": The opening of a lens.",
        "; Bokeh",
        ": Blur quality.",
        "1. first",
        "   1. nested",
        "",
    ]
    terms = "".join(f"{{{{term|{t}}}}}\n{{{{defn|{t} is a word.}}}}\n" for t in "ABCDE")
    entries = parse_text("{{Historical}}\n" + terms, "photo", file="photo.wiki")
    assert [(e.title, e.body) for e in entries] == [(t, f"{t} is a word.") for t in "ABCDE"]
    headless = "".join(f"; {t} : {t} is a word.\n" for t in "ABCDE")  # no heading at all
    assert [e.title for e in parse_text(headless, "photo", file="photo.mediawiki")] == [*"ABCDE"]


def test_gettext_catalogue_is_one_entry_per_glossary_term(gimp: dict[str, Entry]) -> None:
    assert sorted(gimp) == sorted(GIMP_IDS)  # no header, image, index term or caption entry
    assert gimp["bézier-curve"].title == "Bézier curve"  # &eacute; read
    assert gimp["cmy-cmyk"].aliases == ("CMY", "CMYK")
    bodies = " ".join(e.body for e in gimp.values())
    assert "<link" not in bodies and "&eacute;" not in bodies and "@@image" not in bodies
    assert "알파" not in bodies  # the translation is never read: the source text is


def test_gettext_merged_messages_are_put_back_where_each_occurs(gimp: dict[str, Entry]) -> None:
    # gettext merged these terms with earlier strings; the references place their text
    assert gimp["rgb"].body.startswith("RGB is a color model which has components for Red")
    assert gimp["xcf"].body.startswith("XCF is a file format which is special")
    assert gimp["parasite"].body.startswith("A Parasite is additional data")
    assert gimp["saturation"].body.startswith("This term refers to color purity.")
    assert gimp["yuv"].body.startswith("YUV is a color model")
    # a variable list inside a definition keeps its labels; list items stay lines
    assert "\n\nSaturation: This value describes how pale" in gimp["hsv"].body
    assert gimp["color-model"].body.endswith("- RGB\n- HSV\n- CMY(K)\n- YUV\n- YCbCr")
    assert "Additive color model" not in gimp["rgb"].body  # an image's text, not a term


def test_sphinx_catalogue_reads_name_over_paragraph_as_a_term() -> None:
    python = _entries("python-glossary-fr.po")
    assert len(python) == 137
    # mostly translated: read in French since round 44 (tests/test_round44_PO.py)
    assert python["abstract-base-class"].body.startswith(
        "Les classes mères abstraites (ABC, suivant l'abréviation anglaise"
    )
    assert ">>>" in {e.title for e in python.values()}
    assert "Glossary" not in {e.title for e in python.values()}  # the page title
    bodies = " ".join(e.body for e in python.values())
    assert ":term:" not in bodies and "``" not in bodies
    assert "Glossaire" not in {e.title for e in python.values()}


def test_interface_catalogue_gives_no_entries(tmp_path: Path) -> None:
    shutil.copy(FORMATS / "indicator-location-eo.po", tmp_path)
    with pytest.raises(CorpusError, match="no message is a glossary term of a documentation page"):
        load_corpus(tmp_path)


def test_itstool_and_po4a_comments_name_the_element() -> None:
    catalogue = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        "#. (itstool) path: glossentry/glossterm\n#: C/glossary.xml:4\n"
        'msgid "Aperture"\nmsgstr ""\n\n'
        "#. (itstool) path: glossdef/para\n#: C/glossary.xml:6\n"
        'msgid "The opening of a <em>lens</em>."\nmsgstr ""\n\n'
        "#. type: Content of: <glossary><glossentry><glossterm>\n#: C/glossary.xml:9\n"
        'msgid "Bokeh"\nmsgstr ""\n\n'
        "#. type: Content of: <glossary><glossentry><glossdef><para>\n#: C/glossary.xml:11\n"
        'msgid "Blur quality."\nmsgstr ""\n'
    )
    entries = parse_text(catalogue, "photo", file="photo.pot")
    assert [(e.title, e.body) for e in entries] == [
        ("Aperture", "The opening of a lens."),
        ("Bokeh", "Blur quality."),
    ]
