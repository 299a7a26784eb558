"""Round 30 lane T: tables inside entries as answer units and as names (issue 10).

Real entries of eval/corpora audio-glossary (six pipe tables inside bullets),
weather-glossary (the Beaufort scale inside its entry), morph-glossary (Lacuna's paradigm)
and writing-glossary (the Brahmi matrix):

- a table row is one unit, its first cell the name and the header cells labels where
  they say something ("LUFS m / ML: Momentary Loudness; Measure Time Range: 400 ms"),
  never cells run on with pipes; the sentence introducing a table is a unit of its own;
- a term that only a row names ("lkfs", "stl", "momentary loudness") is answered by that
  row, cited to the entry holding the table; an entry's own name is answered by its entry;
- two terms compared that are rows of the best hit's table are its two rows;
- the retriever ranks the entry whose table names the term ("stl" -> LUFS).
"""

from __future__ import annotations

from answer_helpers import outside_corpus, outside_coverage, ranked_hits

from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.answer.row_answer import compared_rows, row_answer
from rag_glossary.answer.segment import entry_units
from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.coverage import TEXT_FOUND
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.models import Entry, RetrievalResult
from rag_glossary.query_names import by_other_name
from rag_glossary.table_rows import body_rows, named_row, row_names, row_text

A = "audio-basics#"


def _entry(corpus: str, entry_id: str) -> Entry:
    entries, _ = outside_corpus(corpus)
    return entries[entry_id]


def _texts(corpus: str, entry_id: str) -> list[str]:
    return [u.text for u in entry_units(_entry(corpus, entry_id))]


# --- rows as units ------------------------------------------------------------------------


def test_a_unit_table_row_reads_name_colon_meaning() -> None:
    texts = _texts("audio-glossary", f"{A}full-scale")
    assert "LKFS: Loudness K-weighted relative to Full Scale (ITU-R BS.1770)" in texts
    assert "dB SPL: Decibel relative to Sound Pressure Level" in texts  # not "DB SPL"
    assert not [t for t in texts if "|" in t]


def test_a_third_column_is_labelled_by_its_header() -> None:
    texts = _texts("audio-glossary", f"{A}lufs")
    assert "LUFS m / ML: Momentary Loudness; Measure Time Range: 400 ms" in texts


def test_a_value_column_named_by_its_header_is_labelled() -> None:
    texts = _texts("audio-glossary", f"{A}loudness-target")
    assert "Spotify — Loudness Target: -14 LUFS i" in texts
    decibel = _texts("audio-glossary", f"{A}decibel")
    assert "Whispering — dB SPL: 15" in decibel


def test_the_sentence_over_a_table_is_a_unit_and_the_rows_follow_it() -> None:
    units = entry_units(_entry("audio-glossary", f"{A}lufs"))
    assert units[0].text == "LUFS is usually measured over different time ranges."
    assert units[0].kind == "sentence"
    assert [u.kind for u in units[1:4]] == ["item"] * 3


def test_a_numbered_row_is_named_by_its_next_cell_and_the_number_labelled() -> None:
    texts = _texts("weather-glossary", "weather-glossary#beaufort-wind-scale")
    near_gale = next(t for t in texts if t.startswith("Near Gale"))
    assert near_gale.startswith("Near Gale (Beaufort No. 7) — Wind Speed: 49.9 – 61.2 kph;")
    assert "Land Conditions: Whole trees in motion." in near_gale
    assert ". Land Conditions" in near_gale  # a cell that ends a sentence takes no ";"
    assert not dirty_reasons(near_gale)


def test_a_table_without_header_or_name_cells_still_reads() -> None:
    brahmi = _texts("writing-glossary", "writing-glossary#brahmiphoneticmatrix")
    assert "Velar: k, kʰ, g, gʰ, ŋ" in brahmi
    lacuna = _texts("morph-glossary", "morph-glossary#lacuna")
    assert "Singular: —; Plural: pants" in lacuna


# --- rows as names --------------------------------------------------------------------------


def test_a_row_names_its_first_cell_its_halves_and_an_expansion() -> None:
    rows = body_rows(_entry("audio-glossary", f"{A}lufs").definition)
    assert row_names(rows[1]) == ("LUFS s / STL", "LUFS s", "STL", "Short Term Loudness")
    full = body_rows(_entry("audio-glossary", f"{A}full-scale").definition)
    assert "Loudness Unit relative to Full Scale" in row_names(full[3])  # "(EBU R 128)" off
    beaufort = body_rows(
        _entry("weather-glossary", "weather-glossary#beaufort-wind-scale").definition
    )
    assert row_names(beaufort[7]) == ("Near Gale",)  # a number names nothing


def test_a_value_column_is_no_name() -> None:
    rows = body_rows(_entry("audio-glossary", f"{A}loudness-target").definition)
    assert row_names(rows[1]) == ("Spotify",)
    assert named_row(_entry("audio-glossary", f"{A}loudness-target"), ("14",)) is None


# --- answers --------------------------------------------------------------------------------


def _result(question: str, term: str, *ids: str) -> RetrievalResult:
    entries, _ = outside_corpus("audio-glossary")
    hits = tuple(ranked_hits(entries, *ids))
    return RetrievalResult(question, hits, 0.9, True, term, True, reason=TEXT_FOUND)


def test_a_term_only_a_row_names_is_answered_by_that_row() -> None:
    result = _result("lkfs definition", "lkfs", f"{A}full-scale", f"{A}loudness-gain-volume")
    said = row_answer("lkfs definition", result)
    assert said == (
        "LKFS: Loudness K-weighted relative to Full Scale (ITU-R BS.1770).[1]",
        f"{A}full-scale",
    )
    stl = _result("what does STL mean on a loudness meter", "stl", f"{A}lufs", f"{A}volume-meter")
    assert row_answer(stl.query, stl) == (
        "LUFS s / STL: Short Term Loudness; Measure Time Range: 3 s.[1]",
        f"{A}lufs",
    )


def test_an_expansion_names_its_row_too() -> None:
    result = _result("what is momentary loudness", "momentary loudness", f"{A}lufs")
    said = row_answer(result.query, result)
    assert said is not None and said[0].startswith("LUFS m / ML: Momentary Loudness;")


def test_an_entrys_own_name_or_a_content_question_is_no_row_answer() -> None:
    entries, _ = outside_corpus("audio-glossary")
    hits = tuple(ranked_hits(entries, f"{A}lufs", f"{A}full-scale"))
    titled = RetrievalResult("what is lufs", hits, 0.9, True, "lufs", True, reason="key term found")
    assert row_answer("what is lufs", titled) is None  # LUFS's own entry answers
    window = _result(
        "how long is the window for momentary loudness", "momentary loudness", f"{A}lufs"
    )
    assert row_answer(window.query, window) is None  # not asked what it is


def test_two_rows_of_the_best_hits_table_answer_a_comparison() -> None:
    question = "lufs vs lkfs, which standard is each from"
    result = _result(question, "lufs", f"{A}full-scale", f"{A}lufs")
    said = compared_rows(question, result)
    assert said is not None
    text, cited = said
    assert cited == f"{A}full-scale"
    assert text.splitlines() == [
        "LUFS: Loudness Unit relative to Full Scale (EBU R 128).[1]",
        "LKFS: Loudness K-weighted relative to Full Scale (ITU-R BS.1770).[1]",
    ]


def test_a_comparison_whose_best_hit_is_a_sides_own_entry_is_no_row_pair() -> None:
    entries, _ = outside_corpus("weather-glossary")
    hits = tuple(
        ranked_hits(entries, "weather-glossary#gale", "weather-glossary#beaufort-wind-scale")
    )
    result = RetrievalResult("gale vs strong gale", hits, 0.9, True, "gale", True)
    assert compared_rows(result.query, result) is None


def test_mixed_case_first_words_keep_their_case() -> None:
    assert clean_unit("dB TP is the unit of true peaks in audio meters.") == (
        "dB TP is the unit of true peaks in audio meters."
    )
    assert clean_unit("the unit of true peaks in audio meters.") == (
        "The unit of true peaks in audio meters."
    )


def test_a_row_text_is_one_statement_for_every_table_row_of_the_four_sets() -> None:
    for corpus, entry_id in (
        ("audio-glossary", f"{A}decibel"),
        ("audio-glossary", f"{A}human-way-of-hearing"),
        ("audio-glossary", f"{A}decibel-1"),
        ("weather-glossary", "weather-glossary#beaufort-wind-scale"),
    ):
        for row in body_rows(_entry(corpus, entry_id).definition):
            text = row_text(row)
            assert text and "|" not in text and not dirty_reasons(text), text
            assert phrase_key(words(text))


def test_the_entry_whose_table_names_the_term_is_named_for_retrieval() -> None:
    entries, _ = outside_corpus("audio-glossary")
    listed = list(entries.values())
    position = {e.id: i for i, e in enumerate(listed)}
    coverage = outside_coverage("audio-glossary")
    question = "what does STL mean on a loudness meter"
    named = by_other_name(listed, position, coverage, question, coverage.check(question))
    assert [listed[i].id for i in named] == [f"{A}lufs"]
    rms = "what is RMS"  # LUFS says "RMS" too; only Full Scale's table has its row
    named = by_other_name(listed, position, coverage, rms, coverage.check(rms))
    assert [listed[i].id for i in named] == [f"{A}full-scale"]
