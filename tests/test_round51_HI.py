"""Round 51 lane HI: Hindi (and other scripts that write marks on their letters).

ethereum-glossary (ethereum.org's Hindi glossary tooltips) was read in fragments: Python's
``\\w`` takes no combining mark, so "गैस" was the two words "ग", "स" and no Hindi word was
read whole by BM25, the name lookup or the count that names a glossary's language. A word
now keeps its marks (word_marks.py); the glossary is then Hindi, its questions lose their
frame ("क्या है", "किसे कहते हैं": data/question_forms.json "hi"), a danda ends an answer
unit, refusals are in Hindi, "... के बारे में और जानें" link texts are no answer sentences,
and "सीड फ्रेज/रिकवरी फ्रेज" gives both names as aliases.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.phrases import phrases, text_language
from rag_glossary.answer.segment import entry_units, units
from rag_glossary.answer.sentences import sentences
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import corpus_language, frame_words
from rag_glossary.coverage.phrases import words
from rag_glossary.judgement_terms import read_by_letters
from rag_glossary.language_stems import index_token
from rag_glossary.lexical import tokenize
from rag_glossary.loan_names import LoanNames, sound_key
from rag_glossary.marks import plain
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.title_names import joined_names
from rag_glossary.pointer_words import opens_with_pointer, points_elsewhere
from rag_glossary.word_marks import WORD, lettered

ETHEREUM = Path(__file__).parent.parent / "eval" / "corpora" / "ethereum-glossary"


@pytest.fixture(scope="module")
def ethereum() -> dict[str, Entry]:
    return {e.anchor: e for e in load_corpus(ETHEREUM).entries}


def test_a_hindi_word_keeps_its_marks() -> None:
    # ethereum-glossary-001's question
    assert words("एथेरियम में गैस क्या होती है") == ["एथेरियम", "में", "गैस", "क्या", "होती", "है"]
    assert tokenize("गैस की फीस") == ["गैस", "की", "फीस"]
    assert re.findall(WORD, "naïve ❤️ x_y") == ["naïve", "x", "y"]  # Latin as before
    assert lettered("सॉफ्ट") and not lettered("ERC-20") and not "सॉफ्ट".isalpha()
    # a Devanagari virama or nukta is no accent a keyboard drops
    assert plain("क्या") == "क्या" and plain("ścieżka") == "sciezka"


def test_the_glossary_is_hindi_and_its_words_stem(ethereum: dict[str, Entry]) -> None:
    assert corpus_language(list(ethereum.values())) == "hi"
    assert index_token("सत्यापनकर्ताओं", "hi") == index_token("सत्यापनकर्ता", "hi")
    # the frame of a Hindi question, typed in Devanagari or in Latin letters, drops
    assert asked_words(words("सिबिल अटेक क्या हे"), "hi") == ("सिबिल", "अटेक")
    assert asked_words(words("ENS kya hai"), "hi") == ("ens",)


def test_a_danda_ends_an_answer_unit(ethereum: dict[str, Entry]) -> None:
    said = [u.text for u in units(ethereum["51-attack"].body)]
    assert len(said) == 2 and said[0].endswith("कर लेता है।")
    # a Latin stop before a word of a script without capitals ends one too
    assert sentences("कुल 6.4 मिनट। बदल दिया जाता है. यह नया है।") == [
        "कुल 6.4 मिनट।",
        "बदल दिया जाता है.",
        "यह नया है।",
    ]


@pytest.mark.parametrize(
    "sentence",
    ["ब्लॉक के बारे में अधिक।", "रोलअप्स के बारे में और जानें।", "साक्ष्य पर अधिक।", "स्मार्ट अनुबंधों का परिचय।"],
)
def test_hindi_learn_more_link_texts_point_elsewhere(sentence: str) -> None:
    assert points_elsewhere(sentence)


def test_a_hindi_sentence_saying_more_states() -> None:
    assert not points_elsewhere("ERC बनाने पर अधिक ध्यान दिया जाता है।")
    assert opens_with_pointer("देखें परत 2।")


def test_a_slash_joins_two_names_of_one_head(ethereum: dict[str, Entry]) -> None:
    assert {"सीड फ्रेज", "रिकवरी फ्रेज"} <= set(ethereum["recovery-phrase"].aliases)
    assert joined_names("Lean Bulk / Clean Bulk") == ["Lean Bulk", "Clean Bulk"]
    assert joined_names("TCP/IP") == [] and joined_names("Read/Write Head") == []


def test_hindi_refusals_are_in_hindi(ethereum: dict[str, Entry]) -> None:
    assert text_language(ethereum["fork"].body) == "hi"
    assert phrases("hi").not_in.format(term="लाइट क्लाइंट") == "लाइट क्लाइंट शब्दावली में नहीं है"


def test_hindi_is_read_by_letters() -> None:
    assert read_by_letters("मर्कल ट्री का रूट कैसे बनता है")
    assert not read_by_letters("what is the merkle root")


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("एथेरियम में गैस क्या होती है", "ethereum-glossary#gas"),  # ethereum-001
        ("सिबिल अटेक क्या हे", "ethereum-glossary#sybil-attack"),  # typed with two slips
        ("ECDSA किस काम आता है", "ethereum-glossary#ecdsa"),  # the words after it: its verb
        ("रिकवरी फ्रेज क्या है", "ethereum-glossary#recovery-phrase"),  # the slash's 2nd name
        ("सॉफ्ट फोर्क क्या होता है", None),  # a kind of Fork the glossary lacks
        ("लाइट क्लाइंट क्या है", None),
        ("मर्कल ट्री का रूट कैसे बनता है", None),  # no rescue by a unit read letter by letter
    ],
)
def test_hindi_questions_are_answered_or_refused(
    tmp_path_factory: pytest.TempPathFactory, question: str, cited: str | None
) -> None:
    answer = shared_assistant("ethereum-glossary", tmp_path_factory).ask(question)
    if cited is None:
        assert not answer.covered
        assert "शब्दावली" in answer.text  # in Hindi
    else:
        assert answer.covered and answer.citations[0] == cited
        assert "और जानें" not in answer.text


def test_a_story_closing_on_a_title_and_its_alias_names_one_term(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # ethereum-glossary-005, its story shortened
    question = (
        "मेरा छोटा भाई कल रात खाने पर बोल रहा था कि उसका transaction अब final हो गया है, अब उसे "
        "कोई पलट नहीं सकता.. तो ये अन्तिम स्थिति यानी finality आखिर होती क्या है"
    )
    answer = shared_assistant("ethereum-glossary", tmp_path_factory).ask(question)
    assert answer.covered and answer.citations[0] == "ethereum-glossary#finality"


def test_an_english_name_typed_in_devanagari_is_the_latin_title(
    ethereum: dict[str, Entry],
) -> None:
    assert sound_key("गैस") == sound_key("Gas") == "gs"
    assert sound_key("वेब3") == sound_key("Web3")
    loans = LoanNames.of(ethereum.values(), frame_words("hi"))
    assert loans.read("एथेरियम में गैस क्या होती है") == "एथेरियम में Gas क्या होती है"
    # an acronym title is spelled letter by letter ("APR" is no "पर"), a frame word stays
    assert loans.read("ब्लॉक पर क्या है") == "ब्लॉक पर क्या है"


def test_a_gloss_ending_in_a_chinese_stop_takes_no_english_one() -> None:
    # forex-glossary's "## Liquidation  - 斩仓" / "1. 强制性执行平仓交易。"
    forex = load_corpus(ETHEREUM.parent / "forex-glossary").entries
    entry = next(e for e in forex if e.title.startswith("Liquidation"))
    assert [u.text for u in entry_units(entry)] == ["1. 强制性执行平仓交易。"]
