"""Round 59 lane FW: a Swahili glossary (eval/corpora/langchain-glossary, the glossary of a
LangChain4j course machine-translated into Swahili: English term names, Swahili
definitions) and Swahili questions that keep the English technical words.

Swahili is told by its own function words (question_forms.json ``sw``; the stop-words
package has no Swahili list): its connectives and class-agreeing particles ("na", "ya",
"za", "kwa", "katika"), demonstratives, possessives, relatives ("ambayo"), the forms of
"have" ("ina", "zina": "X ina hatua zipi", what steps X has). Its questions are read by
their forms ("ni nini", "maana yake", "inatumika kwa kazi gani", "ni kitu gani", "inaitwaje",
"tofauti kati ya X na Y"), its question clitic "-je" ("inaitwaje": what is it called,
"inasaidiaje": how does it help), and refusals are told in Swahili. In any language a
question opening with a title that then describes a thing and asks what that thing is
called asks no name of the title (language_parts._opening_name).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.answer.language_asks import asked_language
from rag_glossary.answer.language_cues import compared_in_language
from rag_glossary.answer.phrases import phrases
from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.asked_in_language import asked_words, clitic_asked
from rag_glossary.coverage.glossary_language import corpus_language, frame_words
from rag_glossary.coverage.phrases import words
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def langchain() -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPORA / "langchain-glossary").entries)


def test_the_glossary_is_read_as_swahili_and_malay_and_indonesian_stay() -> None:
    assert corpus_language(load_corpus(CORPORA / "langchain-glossary").entries) == "sw"
    assert corpus_language(load_corpus(CORPORA / "suai-glossary").entries) == "ms"
    assert corpus_language(load_corpus(CORPORA / "adopsi-glossary").entries) == "id"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("hallucination ni nini", ("hallucination",)),
        ("embeddings maana yake", ("embeddings",)),
        ("azd inatumika kwa kazi gani", ("azd",)),
        ("tool discovery inaitwaje", ("tool", "discovery")),
        # the forms of "have" are no content: what is asked is the steps and their order
        (
            "document processing pipeline ina hatua zipi",
            ("document", "processing", "pipeline", "hatua"),
        ),
    ],
)
def test_swahili_question_forms_are_frame_words(question: str, asked: tuple[str, ...]) -> None:
    assert asked_language(question) == "sw"
    assert asked_words(words(question), "sw") == asked


def test_the_question_clitic_je() -> None:
    assert clitic_asked("inaitwaje", "sw") == "frame"  # what is it called
    assert clitic_asked("inasaidiaje", "sw") == "verb"  # how does it help: a question
    assert clitic_asked("nje", "sw") is None  # outside: no clitic
    assert {"ni", "nini", "ya", "kwa", "ina", "zina", "gani", "ipi"} <= frame_words("sw")


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "tofauti kati ya zero-shot learning na few-shot learning",
            ("zero-shot learning", "few-shot learning"),
        ),
        (
            "tofauti ya chatmemory na messagewindowchatmemory ni ipi",
            ("chatmemory", "messagewindowchatmemory"),
        ),
        # "dhidi ya": versus
        ("high eagerness dhidi ya low eagerness", ("high eagerness", "low eagerness")),
    ],
)
def test_comparisons_in_swahili(question: str, sides: tuple[str, str]) -> None:
    assert compared_in_language(question) == f"difference between {sides[0]} and {sides[1]}"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Hallucination ni nini?", "hallucination"),
        ("chunking maana yake nini", "chunking"),
        ("azd inatumika kwa kazi gani", "azure-developer-cli-azd"),
        ("embeddingstore ni kitu gani hasa", "embeddingstore"),
        # how does it work: "-je" on the do verb asks how, "kazi" is its work
        ("context window inafanyaje kazi", "context-window"),
        ("document processing pipeline ina hatua zipi", "document-processing-pipeline"),
    ],
)
def test_a_title_said_in_a_swahili_frame_is_found(
    langchain: CoverageIndex, question: str, entry: str
) -> None:
    found = langchain.check(question)
    assert found.found
    assert found.entry_ids == (f"langchain-glossary#{entry}",)
    assert not found.generic


def test_a_title_opening_a_question_that_asks_what_else_is_called(
    langchain: CoverageIndex,
) -> None:
    # "Azure OpenAI gives me error 429 when I send many requests a minute; what is that
    # limit called": the limit is asked, not Azure OpenAI
    found = langchain.check(
        "Azure OpenAI inanipa error 429 nikituma maombi mengi kwa dakika moja, hiyo kikomo"
        " inaitwaje"
    )
    assert found.generic
    assert not langchain.check("Azure OpenAI ni nini").generic


def test_refusals_are_told_in_swahili() -> None:
    told = phrases("sw")
    assert told.not_covered == "Kamusi haijibu swali hili"
    assert told.not_in.format(term="semantic kernel") == "semantic kernel haimo kwenye kamusi"


def test_a_title_whose_own_name_is_asked_stays_asked() -> None:
    # "intensive property - what is it called in Icelandic and what does it mean": no
    # description between the title and the called form, so the title's own name is asked
    chem = CoverageIndex(load_corpus(CORPORA / "chem-glossary").entries)
    found = chem.check("intensive property - hvað heitir það á íslensku og hvað þýðir það")
    assert found.found
    assert not found.generic
