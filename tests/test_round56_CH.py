"""Round 56, lane CH: code health, no answer changed.

coverage/glossary_language.py gave the reading of a question in the glossary's language
(``asked_words`` and its tests) to coverage/asked_in_language.py; coverage/language_lookup.py
gave the lookups of a longer question's parts (its last clause, its first part, a
comparison's sides, an opening title) to coverage/language_parts.py. The named-entry rule
(judgement_named_rest.py) reads listed_terms' English contrast words instead of a list of
its own.
"""

from __future__ import annotations

from pathlib import Path

from rag_glossary import judgement_named_rest
from rag_glossary.coverage import (
    asked_in_language,
    glossary_language,
    language_lookup,
    language_parts,
    listed_terms,
)
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.language_parts import LanguageParts
from rag_glossary.coverage.lookup import CoverageIndex
from rag_glossary.coverage.story_names import StoryNames
from rag_glossary.judgement_named_rest import named_rest_unsaid
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _lines(module: object) -> int:
    return len(Path(str(getattr(module, "__file__", ""))).read_text().splitlines())


def test_the_split_language_modules_stay_under_the_size_rule() -> None:
    for module in (glossary_language, asked_in_language, language_lookup, language_parts):
        assert _lines(module) < 400, module


def test_the_coverage_index_reads_a_longer_question_by_its_parts() -> None:
    assert issubclass(StoryNames, LanguageParts) and issubclass(CoverageIndex, LanguageParts)


def test_a_question_in_the_glossary_language_loses_its_frame() -> None:
    # feuerwehr-glossary's German: "was ist" is the frame, the name is what is asked
    assert asked_words(["was", "ist", "ein", "atemschutzgeräteträger"], "de") == (
        "atemschutzgeräteträger",
    )
    assert asked_words(["what", "is", "a", "pod"], "de") is None  # no German word


def test_the_contrast_words_are_listed_once() -> None:
    assert listed_terms.CONTRAST.search("mean vs median")
    assert not listed_terms.CONTRAST.search("one-vs-rest classifier")
    assert set(listed_terms.CONTRAST_WORDS) <= judgement_named_rest._CONTRAST


def _entry(corpus: str, title: str) -> Entry:
    return next(e for e in load_corpus(CORPORA / corpus).entries if e.title == title)


def test_a_distinction_asked_is_a_comparison_for_the_named_entry_rule() -> None:
    # insurance-glossary's Policy, named in a question whose other words it never says: a
    # comparison asked ("distinction", as listed_terms reads it) keeps its answer
    policy = _entry("insurance-glossary", "Policy")
    said = "i only bought last week and get my money back"
    assert named_rest_unsaid(f"can i cancel a policy {said}", [policy], None)
    assert not named_rest_unsaid(f"can i cancel a policy distinction {said}", [policy], None)
