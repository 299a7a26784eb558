"""Round 56 lane WS: the glossary's subject said with a case ending is a setting.

A question in the glossary's language often names the glossary's own subject beside the
name it asks ("lambda nedir pythonda": what is lambda, in Python; "mono в дотнете что
значит": what Mono means in .NET). Said so, the subject word takes the language's case
ending, which neither the language's stems nor the glossary's words meet: Turkish's stem of
"pythonda" is "pytho", and the Russian glossary writes ".NET", never "дотнет". The word
then stayed inside the key term ("lambda pythonda") and the right first entry was refused
under the strict bar. A subject word (``LanguageWords._subject_words``: one in more than a
fifth of the entries' texts, or in most entries' file names) is now met in Latin letters
and with a case ending of at most three letters after it, so it is dropped as the subject
said in passing, is no word "no entry writes" and is no modifier before a name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def pydoc() -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPORA / "pydoc-glossary").entries)


@pytest.fixture(scope="module")
def dotnet() -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPORA / "dotnet-glossary").entries)


def test_subject_words_come_from_the_texts_and_the_file_names(
    pydoc: CoverageIndex, dotnet: CoverageIndex
) -> None:
    assert "python" in pydoc._subject_words  # 44 of 127 entries' texts
    assert "dotnet" in dotnet._subject_words  # "dotnet-glossary.md"; its texts write ".NET"
    assert pydoc._subject_word("pythonda")  # the locative: python + "da"
    assert dotnet._subject_word("дотнете")  # in Latin letters, its case ending cut
    # a longer ending is another word, and a word merely beginning like one is none
    assert not pydoc._subject_word("pythonesque")
    assert not pydoc._subject_word("lambda")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("lambda nedir pythonda", "lambda"),  # pydoc-glossary-001
        ("pythonda dekoratör nedir", "decorator"),
        ("python'da lambda nedir", "lambda"),
    ],
)
def test_turkish_subject_with_a_case_ending_is_a_setting(
    pydoc: CoverageIndex, question: str, entry: str
) -> None:
    found = pydoc.check(question)
    assert found.found
    assert found.entry_ids[0] == f"pydoc-glossary#{entry}"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("mono в дотнете что значит", "mono"),  # dotnet-glossary-003
        ("сборка мусора в дотнете", "сборка-мусора"),
    ],
)
def test_russian_subject_in_the_locative_is_a_setting(
    dotnet: CoverageIndex, question: str, entry: str
) -> None:
    found = dotnet.check(question)
    assert found.found
    assert found.entry_ids[0] == f"dotnet-glossary#{entry}"


@pytest.mark.parametrize(
    ("lookup", "question"),
    [
        ("pydoc", "data class nedir python"),  # pydoc-glossary-033
        ("pydoc", "pythonda walrus operatörü nedir"),
        ("pydoc", "jupyterde lambda nedir"),  # a setting the glossary never names
        ("dotnet", "многоуровневая компиляция (tiered compilation) в дотнет"),  # -037
        ("dotnet", "kestrel в дотнете что это"),
    ],
)
def test_a_missing_name_beside_the_subject_stays_missing(
    pydoc: CoverageIndex, dotnet: CoverageIndex, lookup: str, question: str
) -> None:
    index = pydoc if lookup == "pydoc" else dotnet
    assert index.check(question).found is False
