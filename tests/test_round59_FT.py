"""Round 59 lane FT: Tamil, told by its script and read by its question forms.

seyyarivu-glossary (a Tamil table of AI coinages) was read as English: "knowledge cutoff
ன்னா என்ன" was one unknown term and refused in English. (1) Tamil is told by its script
(question_forms.json ``ta``: ``script``, own function words, as Marathi is) and its question
forms, in Tamil letters and romanised ("na enna", "என்றால் என்ன"), and the endings its
users write after a hyphen on an English word ("model-க்கு", "neurons-ஐ") are its frame;
refusals are in Tamil. (2) A light Tamil stemmer (Snowball's cuts "கற்றல்" to "க").
(3) In a verb-last question, a name closed by a setting postposition ("reinforcement
learning-ல Q-learning எப்படி") is where the words after it are asked, and a name said in the
description of a thing whose name is asked ("... translation-ஓட n-gram match வச்சு அளக்கிற
score பேரு என்ன") is no name asked, unless the dative closes it ("AI chatbot-க்கு ... பேரு").
(4) "X-க்கும் Y-க்கும் என்ன வித்தியாசம்" is a comparison. (5) A first sentence that only
says the parts a coined word is built of ("மதி (intellect) + மயக்கம் (delusion).") is no
definition. Read on the real glossary's entries.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.answer.definition import word_parts
from rag_glossary.answer.language_cues import comparison_read
from rag_glossary.answer.phrases import phrases
from rag_glossary.answer.sentences import sentences
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import corpus_language
from rag_glossary.coverage.name_in_clause import (
    asked_after_setting,
    name_asked,
    named_in_description,
)
from rag_glossary.coverage.phrases import words
from rag_glossary.language_stems import index_token
from rag_glossary.lexical import LEXICAL_VERSION
from rag_glossary.parsing import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"
SET = CORPORA / "seyyarivu-glossary"


@pytest.fixture(scope="module")
def entries():  # type: ignore[no-untyped-def]
    return {e.title: e for e in load_corpus(SET).entries}


def test_a_tamil_glossary_is_tamil(entries) -> None:  # type: ignore[no-untyped-def]
    assert corpus_language(list(entries.values())) == "ta"
    assert LEXICAL_VERSION >= 17  # 18: Mongolian (round 60 FM), Irish (FG), Odia (PD)


@pytest.mark.parametrize(
    ("name", "language"),
    [("computing-glossary", "mr"), ("ethereum-glossary", "hi"), ("cloud-glossary", "bn")],
)
def test_the_other_indic_glossaries_keep_their_language(name: str, language: str) -> None:
    assert corpus_language(load_corpus(CORPORA / name).entries) == language


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Quantization என்றால் என்ன?", ("quantization",)),
        ("KV cache ன்னா என்ன?", ("kv", "cache")),
        ("hallucination na enna?", ("hallucination",)),
        ("overfitting-னு சொன்னா என்ன அர்த்தம்", ("overfitting", "சொன்னா")),
        ("temperature எவ்வளவு வச்சா accurate-ஆன பதில் வரும்?", None),
    ],
)
def test_tamil_question_forms_are_its_frame(question: str, asked: tuple[str, ...] | None) -> None:
    said = asked_words(words(question), "ta")
    if asked is None:
        assert said is not None and "எவ்வளவு" not in said and "ஆன" not in said
    else:
        assert said == asked


def test_refusals_are_in_tamil() -> None:
    assert phrases("ta").not_in == "{term} சொற்களஞ்சியத்தில் இல்லை"
    assert "சொற்களஞ்சியத்தில்" in phrases("ta").not_covered


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        (("தகவல்", "தகவலை"), "தகவல"),  # Hallucination's "தவறான தகவலை"
        (("சாதனம்", "சாதனத்தில்", "சாதனத்திலேயே"), "சாதன"),  # On-device AI's
        (("மாதிரி", "மாதிரியின்", "மாதிரிக்கு", "மாதிரியை"), "மாதிரி"),
        (("நரம்பு", "நரம்புகள்", "நரம்புகளைத்"), "நரம்ப"),  # Dropout's "நரம்புகளைத்"
        (("கற்றல்", "கற்றலை"), "கற்றல"),  # Snowball's Tamil: "க"
        (("dropout", "Dropout"), "dropout"),  # a Latin word stems as English
    ],
)
def test_tamil_stems(forms: tuple[str, ...], stem: str) -> None:
    assert {index_token(w.lower(), "ta") for w in forms} == {stem}


def test_a_setting_closed_by_its_postposition_is_no_name_asked() -> None:
    full = words("reinforcement learning-ல Q-learning எப்படி வேலை செய்யும்")
    writes = {"reinforcement", "learning", "வேலை"}.__contains__
    assert asked_after_setting(full, ["reinforcement", "learning"], "ta", writes) == "q learning"
    # every word after the setting is written: the name asked in it decides as before
    quantized = words("quantization-ல weights-ஐ எத்தனை bit-ல இருந்து மாத்துவாங்க")
    assert asked_after_setting(quantized, ["quantization"], "ta", lambda w: True) is None
    # a language without setting postpositions is read as before
    assert asked_after_setting(full, ["reinforcement", "learning"], "de", writes) is None


def test_a_name_in_the_description_of_what_is_called_is_no_name_asked() -> None:
    described = words(
        "machine translation output எவ்வளவு நல்லா இருக்குன்னு reference translation-ஓட"
        " n-gram match வச்சு அளக்கிற score பேரு என்ன?"
    )
    assert named_in_description(described, ["machine", "translation"], "ta")
    # the dative closes the name whose Tamil name is asked (AI Chatbot's செய்யுரையினி)
    chatbot = words("AI chatbot-க்கு சொல்லாய்வு குழு வச்ச தமிழ் பேரு என்ன")
    assert name_asked(chatbot, ["ai", "chatbot"], "ta")
    assert not named_in_description(chatbot, ["ai", "chatbot"], "ta")
    # a language that lists no such endings is read as before
    assert not named_in_description(described, ["machine", "translation"], "hi")


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("overfitting-க்கும் underfitting-க்கும் என்ன வித்தியாசம்?", ("overfitting", "underfitting")),
        (
            "supervised learning vs unsupervised learning - rendukkum enna difference",
            ("supervised learning", "unsupervised learning"),
        ),
    ],
)
def test_a_tamil_comparison_reads_as_one(question: str, sides: tuple[str, str]) -> None:
    assert comparison_read(question) == ("ta", f"difference between {sides[0]} and {sides[1]}")


@pytest.mark.parametrize(
    "title", ["Hallucination", "Knowledge Cutoff", "KV Cache", "AI Chatbot", "Gradient Descent"]
)
def test_a_coined_words_parts_are_no_definition(entries, title: str) -> None:  # type: ignore[no-untyped-def]
    # the parts end a sentence, though a Tamil word, no capital, follows their bracket
    opening, definition, *_ = sentences(entries[title].body)
    assert word_parts(opening)
    assert not word_parts(definition)


def test_other_openings_are_definitions() -> None:
    assert not word_parts("c² = a² + b²")
    assert not word_parts("The sum (a) + b is c.")
    assert not word_parts("AI தவறான தகவலை உண்மையைப் போல நம்பிக்கையாக உருவாக்கும் நிலை.")
