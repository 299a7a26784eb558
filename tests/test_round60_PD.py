# ruff: noqa: E501  (the excerpt keeps the file's lines)
"""Round 60 lane PD: a Python module's dict literal of multilingual records (``{"ors":
{"def_en": ..., "def_hi": ..., "def_or": ..., "reference": "https://..."}}``) reads one entry
per term key, in one language (parsing/python_languages.py); before, such a module gave no
entries. The real file is eval/corpora/swasthya-glossary/swasthya-glossary.py (Swasthya-Setu's
HEALTH_GLOSSARY: English, Hindi and Odia)."""

from __future__ import annotations

from pathlib import Path

from rag_glossary.parsing import parse_text
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.record_names import language_code

_SET = Path("eval/corpora/swasthya-glossary")

# A real excerpt of the file: its opening, a term written twice, an identifier key.
_EXCERPT = """# knowledge_base/health_glossary_data.py

# A simple dictionary for keyword-based lookups.
# This is the second layer of fallback.
HEALTH_GLOSSARY = {
    "ors": {
        "def_en": "Oral Rehydration Solution (ORS) is a special drink that helps treat dehydration, often caused by diarrhea. It replaces water and electrolytes lost from the body.",
        "def_hi": "ओरल रिहाइड्रेशन सॉल्यूशन (ओआरएस) एक विशेष पेय है जो निर्जलीकरण का इलाज करने में मदद करता है, जो अक्सर दस्त के कारण होता है। यह शरीर से खोए हुए पानी और इलेक्ट्रोलाइट्स की भरपाई करता है।",
        "def_or": "ଓରାଲ୍ ରିହାଇଡ୍ରେସନ୍ ସଲ୍ୟୁସନ୍ (ORS) ଏକ ବିଶେଷ ପାନୀୟ ଯାହା ନିର୍ଜଳୀକରଣର ଚିକିତ୍ସା କରିବାରେ ସାହାଯ୍ୟ କରେ, ଯାହା ପ୍ରାୟତଃ ତରଳ ଝାଡ଼ା କାରଣରୁ ହୋଇଥାଏ। ଏହା ଶରୀରରୁ ହଜିଯାଇଥିବା ଜଳ ଏବଂ ଇଲେକ୍ଟ୍ରୋଲାଇଟ୍ସକୁ ପୂରଣ କରେ।",
        "reference": "https://www.who.int/publications/i/item/WHO-FCH-CAH-06.1"
    },
    "bcg": {
        "def_en": "BCG is a vaccine that protects against tuberculosis, especially in young children.",
        "def_hi": "बीसीजी एक टीका है जो तपेदिक (टीबी) से बचाता है, खासकर छोटे बच्चों में।",
        "def_or": "ବିସିଜି ଏକ ଟିକା ଯାହା ଯକ୍ଷ୍ମା (ଟିବି)ରୁ ସୁରକ୍ଷା କରେ, ବିଶେଷକରି ଛୋଟ ପିଲାମାନଙ୍କୁ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/bcg-vaccines"
    },
    "cholera": {
        "def_en": "Cholera is a water-borne disease causing severe diarrhea and dehydration.",
        "def_hi": "हैजा एक जलजनित बीमारी है जो गंभीर दस्त और निर्जलीकरण करती है।",
        "def_or": "ହାଜା ହେଉଛି ପାଣିରୁ ଛଡ଼ାଇଥିବା ରୋଗ, ଯାହା ଭୟଙ୍କର ଝାଡ଼ା ଓ ନିର୍ଜଳୀକରଣ କରେ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/cholera"
    },
    "covid19": {
        "def_en": "COVID-19 is a viral disease caused by coronavirus, leading to cough, fever, and breathing problems.",
        "def_hi": "कोविड-19 एक वायरल बीमारी है जो कोरोनावायरस से होती है, जिससे खांसी, बुखार और सांस लेने में समस्या होती है।",
        "def_or": "କୋଭିଡ୍-୧୯ ଏକ ଭାଇରସ୍ ରୋଗ, ଯାହା କୋରୋନାଭାଇରସ୍ ଦ୍ୱାରା ହୁଏ ଏବଂ କାଶି, ଜ୍ୱର ଓ ଶ୍ୱାସ ସମସ୍ୟା ସୃଷ୍ଟି କରେ।",
        "reference": "https://www.who.int/emergencies/diseases/novel-coronavirus-2019"
    },
    "cholera": {
        "def_en": "Cholera is a severe diarrheal disease caused by contaminated water or food, leading to dehydration.",
        "def_hi": "हैजा दूषित पानी या भोजन से फैलने वाली गंभीर दस्त की बीमारी है, जिससे निर्जलीकरण होता है।",
        "def_or": "ହେଜା ଦୂଷିତ ପାଣି କିମ୍ବା ଖାଦ୍ୟ ଦ୍ୱାରା ହେଉଥିବା ଗୁରୁତର ତରଳ ଝାଡ଼ା ରୋଗ, ଯାହାରୁ ନିର୍ଜଳୀକରଣ ହୁଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/cholera"
    },
    "vitamina": {
        "def_en": "Vitamin A is a nutrient important for good vision, growth, and immunity.",
        "def_hi": "विटामिन ए अच्छी दृष्टि, विकास और रोग प्रतिरोधक क्षमता के लिए ज़रूरी पोषक तत्व है।",
        "def_or": "ଭିଟାମିନ୍ ଏ ଭଲ ଦୃଷ୍ଟି, ବୃଦ୍ଧି ଏବଂ ରୋଗ ପ୍ରତିରୋଧ ଶକ୍ତି ପାଇଁ ଗୁରୁତ୍ୱପୂର୍ଣ୍ଣ ପୋଷକ।",
        "reference": "https://www.who.int/data/nutrition/nlis/info/vitamin-a"
    }
}
"""


def _entries(text: str, name: str = "health") -> dict[str, object]:
    return {e.anchor: e for e in parse_text(text, name, file=f"{name}.py")}


def test_each_key_is_one_english_entry_with_its_link() -> None:
    entries = _entries(_EXCERPT)
    assert list(entries) == ["ors", "bcg", "cholera", "covid19", "vitamina"]
    ors = entries["ors"]
    assert ors.title == "ORS" and "Oral Rehydration Solution" in ors.aliases
    assert ors.body.startswith("Oral Rehydration Solution (ORS) is a special drink")
    assert ors.url == "https://www.who.int/publications/i/item/WHO-FCH-CAH-06.1"
    # the other languages' definitions and the link are no body text
    assert "ओरल" not in ors.body and "ଓରାଲ" not in ors.body and "who.int" not in ors.body
    assert ors.line == 6


def test_a_key_written_twice_is_one_entry_with_both_wordings() -> None:
    cholera = _entries(_EXCERPT)["cholera"]
    assert cholera.body.splitlines() == [
        "Cholera is a water-borne disease causing severe diarrhea and dehydration.",
        "Cholera is a severe diarrheal disease caused by contaminated water or food, "
        "leading to dehydration.",
    ]
    assert cholera.line == 18


def test_an_identifier_key_is_titled_as_the_texts_write_it() -> None:
    entries = _entries(_EXCERPT)
    assert entries["covid19"].title == "COVID-19"
    assert entries["vitamina"].title == "Vitamin A"
    assert entries["bcg"].title == "BCG"


def test_corpus_toml_language_reads_the_odia_definitions(tmp_path: Path) -> None:
    (tmp_path / "health.py").write_text(_EXCERPT, encoding="utf-8")
    (tmp_path / "corpus.toml").write_text(
        '[files."health.py"]\nlanguage = "or"\n', encoding="utf-8"
    )
    entries = {e.anchor: e for e in load_corpus(tmp_path).entries}
    assert entries["bcg"].title == "BCG"  # written so in the English text
    assert entries["bcg"].body == "ବିସିଜି ଏକ ଟିକା ଯାହା ଯକ୍ଷ୍ମା (ଟିବି)ରୁ ସୁରକ୍ଷା କରେ, ବିଶେଷକରି ଛୋଟ ପିଲାମାନଙ୍କୁ।"
    assert len(entries["cholera"].body.splitlines()) == 2
    assert language_code("or") == "or" and language_code("def") is None


def test_synthetic_variants() -> None:
    bare_codes = (
        "TERMS = {\n"
        '  "latency": {"en": "The time a request takes to be answered.", '
        '"de": "Die Zeit bis zur Antwort auf eine Anfrage.", "source": "https://x.org/l"},\n'
        '  "throughput": {"en": "How many requests are answered each second.", '
        '"de": "Wie viele Anfragen pro Sekunde beantwortet werden."},\n'
        '  "jitter": {"en": "The spread of the latency between requests.", '
        '"de": "Die Streuung der Latenz zwischen Anfragen.", "category": "network"},\n'
        "}\n"
    )
    entries = _entries(bare_codes, "net")
    assert [e.title for e in entries.values()] == ["latency", "throughput", "jitter"]
    assert entries["latency"].url == "https://x.org/l"
    assert entries["jitter"].body.startswith("The spread of the latency between requests.")
    assert "Die" not in entries["jitter"].body
    tagged = bare_codes.replace('"en":', '"description_en":').replace('"de":', '"description_de":')
    assert [e.title for e in _entries(tagged, "net").values()] == list(entries)


def test_settings_and_one_language_records_are_no_multilingual_glossary() -> None:
    settings = (
        "LOCALES = {\n"
        '  "home": {"en": "Home", "de": "Start"},\n'
        '  "back": {"en": "Back", "de": "Zurück"},\n'
        '  "save": {"en": "Save", "de": "Speichern"},\n'
        "}\n"
    )
    assert parse_text(settings, "ui", file="ui.py") == []
    one_language = settings.replace(', "de": "Start"', "").replace(', "de": "Zurück"', "")
    assert (
        parse_text(
            one_language.replace('"Home"', '"The first page of the site."'), "ui", file="ui.py"
        )
        == []
    )


def test_the_real_file_reads_every_term_once() -> None:
    entries = load_corpus(_SET).entries
    assert len(entries) == 45  # 51 keys, six written twice
    assert len({e.id for e in entries}) == 45
    assert all(e.body and e.url and e.url.startswith("https://") for e in entries)


# Phase 2: Odia, which the project had never read (the set's questions are in Odia).


def _odia_entries() -> dict[str, object]:
    return {e.anchor: e for e in load_corpus(_SET).entries}


def test_the_set_reads_odia_and_is_told_odia() -> None:
    from rag_glossary.coverage.glossary_language import corpus_language

    entries = _odia_entries()  # the set's corpus.toml asks for the Odia definitions
    assert entries["dengue"].body.startswith("ଡେଙ୍ଗୁ ମଛରୀରୁ ଛଡ଼ାଇଥିବା ଭାଇରସ୍ ରୋଗ")
    assert corpus_language(list(entries.values())) == "or"
    # the English definitions of the same file are English
    english = _entries(_EXCERPT)
    assert corpus_language(list(english.values())) is None


def test_odia_question_forms_and_function_words() -> None:
    from rag_glossary.coverage.glossary_language import frame_words, question_forms

    framed = frame_words("or")
    # "କ'ଣ" (what) is read as its two pieces; "ର" is a genitive written apart after a
    # Latin word ("heart attack ର ଲକ୍ଷଣ")
    assert {"କ", "ଣ", "କଣ", "କେମିତି", "ର", "ଏବଂ", "ଯାହା", "kana", "mane"} <= framed
    assert {"ରକ୍ତାଳ୍ପତା", "ଡେଙ୍ଗୁ", "ହାଜା"}.isdisjoint(framed)
    forms = question_forms()["or"]
    assert "ଫରକ" in forms.contrast and "ଭିତରେ" in forms.between and "ଓ" in forms.joins


def test_odia_stems_meet_case_endings_and_a_final_virama() -> None:
    from rag_glossary.language_stems import index_token
    from rag_glossary.odia_stems import odia_stem
    from rag_glossary.word_tokens import folded

    assert odia_stem("ଜ୍ୱରର") == odia_stem("ଜ୍ୱର")  # of fever / fever
    assert odia_stem("ପୋଲିଓରୁ") == "ପୋଲିଓ"  # from polio
    assert odia_stem("ପିଲାମାନଙ୍କୁ") == "ପିଲା"  # to the children
    assert odia_stem("କୋଷଗୁଡ଼ିକ") == "କୋଷ"  # the cells
    assert odia_stem("ରୋଗ") == "ରୋଗ"  # three characters stay whole
    # the set's question writes "କ୍ୟାଲସିୟମ", its entry "କ୍ୟାଲସିୟମ୍"
    assert index_token("କ୍ୟାଲସିୟମ୍", "or") == index_token("କ୍ୟାଲସିୟମ", "or")
    assert folded("କ୍ୟାଲସିୟମ୍") == "କ୍ୟାଲସିୟମ" and folded("straße") == "strasse"
    assert index_token("vaccines", "or") == "vaccin"  # a Latin word stems as English


def test_odia_refusals() -> None:
    from rag_glossary.answer.phrases import phrases

    assert phrases("or").not_in == "{term} ଶବ୍ଦକୋଷରେ ନାହିଁ"
    assert "ଶବ୍ଦକୋଷରେ" in phrases("or").not_covered
