"""Round 57, lane FC: Bengali (cloud-glossary, the CNCF Cloud Native Glossary in Bengali).

A Bengali glossary is told by its function words (question_forms.json ``bn``, the
stop-words package has no Bengali list), its question forms are dropped from a question
("কাকে বলে", "মানে কি", "জিনিসটা"), its words are stemmed by bengali_stems' light stemmer,
every text is read in Unicode's composed form (NFC: "য়" precomposed and "য" + nukta are
one spelling), and a Latin acronym the glossary spells in Bengali letters ("এমটিএলএস") is
read as that word (spelled_acronyms.py).
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

from rag_glossary.bengali_stems import bengali_stem
from rag_glossary.coverage.glossary_language import corpus_language, frame_words
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.judgement_terms import _closed_setting
from rag_glossary.language_stems import index_token
from rag_glossary.lexical import tokenize
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.spelled_acronyms import SpelledAcronyms, spelled_letters
from rag_glossary.text import clean_query

CLOUD = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "cloud-glossary"
PRECOMPOSED_YA = "\u09df"  # "য়" as one character
DECOMPOSED_YA = "\u09af\u09bc"  # "য" and a nukta


@functools.cache
def _entries() -> tuple[Entry, ...]:
    return load_corpus(CLOUD).entries


def _entry(stem: str) -> Entry:
    return next(e for e in _entries() if e.id.startswith(stem + "#"))


def test_the_two_spellings_of_ya_are_one_word() -> None:
    # Canary's title writes "ডিপ্লয়মেন্ট" precomposed, most of its body with the nukta
    canary = _entry("canary-deployment")
    assert PRECOMPOSED_YA in canary.title
    assert DECOMPOSED_YA in canary.body
    typed = "ডিপ্ল" + DECOMPOSED_YA + "মেন্ট"
    titled = "ডিপ্ল" + PRECOMPOSED_YA + "মেন্ট"
    assert tokenize(typed) == tokenize(titled)
    assert words(typed) == words(titled)
    assert phrase_key(words(typed)) == phrase_key(words(titled))
    assert clean_query(titled + " কি") == unicodedata.normalize("NFC", titled) + " কি"
    # Zero Trust's motto "বিশ্বাস নয়" is precomposed: a question typing the nukta meets it
    zero = _entry("zero-trust-architecture")
    assert "ন" + PRECOMPOSED_YA + ", সর্বদা" in zero.body
    assert tokenize("নয" + "\u09bc") == tokenize("ন" + PRECOMPOSED_YA)


def test_a_bengali_glossary_is_told_and_its_question_forms_are_frame_words() -> None:
    assert corpus_language(_entries()) == "bn"
    frame = frame_words("bn")
    for w in ("কি", "কী", "কাকে", "বলে", "মানে", "পার্থক্য", "জিনিসটা", "এর", "আর"):
        assert unicodedata.normalize("NFC", w) in frame, w
    # the names the questions ask for are no frame words
    for w in ("সার্ভিস", "মেশ", "স্কেলিং", "ক্যানারি"):
        assert w not in frame, w


def test_bengali_endings_are_cut_alike_on_both_sides() -> None:
    body = _entry("service-mesh").body
    assert "পরিষেবাগুলির" in body
    assert bengali_stem("পরিষেবাগুলির") == bengali_stem("পরিষেবার") == "পরিষেবা"
    assert bengali_stem("সার্ভারের") == bengali_stem("সার্ভারে") == bengali_stem("সার্ভার")
    assert bengali_stem("নামটা") == "নাম"
    assert bengali_stem("নাম") == "নাম"  # a short word stays whole
    assert index_token("ট্র্যাফিকের", "bn") == index_token("ট্র্যাফিক", "bn")
    # a Latin word in a Bengali glossary is stemmed as English
    assert index_token("deployments", "bn") == index_token("deployment", "bn")


def test_a_latin_acronym_spelled_in_bengali_letters_is_read_as_that_word() -> None:
    assert "এমটিএলএস" in _entry("mutual-transport-layer-security").body
    assert "mtls" in spelled_letters("এমটিএলএস", "bn")
    assert "paas" in spelled_letters("পিএএএস", "bn")
    spelled = SpelledAcronyms.of(_entries(), "bn")
    assert spelled.read("mTLS কি?") == "এমটিএলএস কি?"
    # PaaS's page writes "PaaS" in Latin letters too: the question's word meets it as typed
    assert spelled.read("PaaS কাকে বলে") == "PaaS কাকে বলে"
    # a word with fewer than two capitals is no acronym ("Ebpf"), nor is a lowercase one
    assert spelled.read("mtls কি") == "mtls কি"
    # another language's glossary spells none
    assert SpelledAcronyms.of(_entries(), "hi").words == {}


def test_a_postposition_closes_the_setting_a_missing_name_is_asked_in() -> None:
    # "rolling update কি, kubernetes এ কিভাবে হয়": asked in Kubernetes, not about it
    after = words("কি kubernetes এ কিভাবে হয়")
    assert _closed_setting(after, "bn")
    # no postposition after the setting, or too many words in it: no setting
    assert not _closed_setting(words("কি kubernetes কিভাবে হয়"), "bn")
    assert not _closed_setting(words("কি একটা বড় ছোট নতুন পুরানো cluster এ হয়"), "bn")
    # a language without ``setting_after`` reads none
    assert not _closed_setting(words("in kubernetes"), None)
    assert "kubernetes" in words(_entry("kubernetes").title)
