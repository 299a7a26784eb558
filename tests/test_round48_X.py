"""Round 48 lane X: negatives answered from an entry sharing a word or characters.

* The unit rescue ("one unit of the best entry matches the question") reads the packaged
  English model's cosine; a question written in Han, Kana or Hangul meets the units
  character by character, so a Chinese description was answered from whichever entry
  shared common characters (judgement_terms.written_without_blanks / unit_rescuable).
* A question that is only a name of two or more words the glossary lacks, answered
  because one entry stands out, is refused when that entry does not say the name's head
  word: it shares a modifier, not the thing named (judgement_terms.headless_bare_name).
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant, shared_index

from rag_glossary.judgement_terms import headless_bare_name, written_without_blanks
from rag_glossary.retrieval import Retriever


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("同一个品种同时开多单和空单锁仓有什么用", True),
        ("OCO订单是什么", True),  # four Han letters, three Latin
        ("what is a stop order 止价盘", False),
        ("roslyn компилятор что это", False),
    ],
)
def test_written_without_blanks(question: str, expected: bool) -> None:
    assert written_without_blanks(question) is expected


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        # negatives the unit rescue answered from Swap and Marked-to-Market
        ("同一个品种同时开多单和空单锁仓有什么用", False),
        ("除了买卖差价以外平台每手还收的佣金怎么算", False),
        # a name the glossary writes is answered as before
        ("什么是斩仓", True),
    ],
)
def test_chinese_descriptions_not_rescued(
    question: str, covered: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert shared_assistant("forex-glossary", tmp_path_factory).ask(question).covered is covered


def _headless(corpus: str, question: str, factory: pytest.TempPathFactory) -> bool:
    retriever = Retriever.load(shared_index(corpus, factory))
    hits = tuple(retriever.search(question, k=5))
    term = retriever.coverage.check(question, [h.id for h in hits])
    return headless_bare_name(question, term, hits, retriever.coverage.language)


@pytest.mark.parametrize(
    ("corpus", "question", "expected"),
    [
        # DR stood out for "armor class"; it says neither word
        ("rpg-glossary", "what is armor class", True),
        # Binärt stood out for "binärt sökträd" (binary search tree): no "sökträd"
        ("csharp-glossary", "binärt sökträd", True),
        # a setting follows the name: no bare name (Abyssinia answers)
        ("cabinet-glossary", "old name for ethiopia", False),
    ],
)
def test_headless_bare_name(
    corpus: str, question: str, expected: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert _headless(corpus, question, tmp_path_factory) is expected
    covered = shared_assistant(corpus, tmp_path_factory).ask(question).covered
    assert covered is not expected
