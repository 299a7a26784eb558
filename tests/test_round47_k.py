"""Round 47 lane K: glossaries and questions written without blanks (Chinese, Japanese).

BM25 reads runs of Han / Kana / Hangul as characters and character pairs
(word_tokens.cjk_tokens); the key-term check looks a question's pieces up as substrings
(coverage/cjk_terms.py); plain bullets may end their term at a full-width colon
(plain_terms._PLAIN_LEAD, sniff_formats._PLAIN_TERM) and a ``Term（中文名）`` title gives
both names (parsing/cjk_names.py).

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 47, lane K").
"""

from __future__ import annotations

import pytest
from format_fixtures import FORMATS

from rag_glossary.coverage.cjk_terms import cjk_pieces
from rag_glossary.coverage.lookup import CoverageIndex
from rag_glossary.lexical import tokenize
from rag_glossary.models import Entry
from rag_glossary.parsing.dialects import parse_file
from rag_glossary.parsing.sniff import sniff_dialect

ETHFANS = "ethfans-crypto-terms-zh.md"  # ### English title, the Chinese name on the next line
BULLETS = "blockchain-terms-zh.md"  # * English（中文）：定义


@pytest.fixture(scope="module")
def ethfans() -> list[Entry]:
    return parse_file(FORMATS / ETHFANS)


@pytest.fixture(scope="module")
def bullets() -> list[Entry]:
    return parse_file(FORMATS / BULLETS)


def test_a_run_of_chinese_reads_as_characters_and_pairs_its_asking_cut_out() -> None:
    assert tokenize("什么是冷钱包？") == ["冷", "钱", "包", "冷钱", "钱包"]
    assert tokenize("DAO是什么意思") == ["dao"]
    assert tokenize("Gas价格是什么") == ["gas", "价", "格", "价格"]
    assert tokenize("過学習とは何ですか") == ["過", "学", "習", "過学", "学習"]  # Japanese
    assert tokenize("Cold wallet") == ["cold", "wallet"]  # text without CJK as before


def test_an_entry_text_shares_the_pairs_a_question_asks_by(ethfans: list[Entry]) -> None:
    cold = next(e for e in ethfans if e.title == "Cold Wallet")
    assert {"冷钱", "钱包"} <= set(tokenize(cold.body))


def test_a_question_splits_into_pieces_at_asking_words_and_scripts() -> None:
    assert cjk_pieces("什么是冷钱包？") == ["冷钱包"]
    assert cjk_pieces("Gas价格是什么") == ["gas价格", "gas", "价格"]
    assert cjk_pieces("硬分叉和软分叉有什么区别") == ["硬分叉", "软分叉", "区别"]
    assert cjk_pieces("what is a cold wallet") == []


@pytest.mark.parametrize(
    ("question", "anchor", "how"),
    [
        ("什么是冷钱包？", "cold-wallet", "title"),  # the name line under ### Cold Wallet
        ("分片技术是什么？", "sharding", "title"),  # a name and a word after it
        ("Gas价格是什么", "gas-price", "title"),  # "Gas 价格", blanks aside
        ("EVM是什么？", "ethereum-virtual-machine-evm-", "title"),  # its alias
    ],
)
def test_a_chinese_question_finds_the_entry_naming_its_term(
    ethfans: list[Entry], question: str, anchor: str, how: str
) -> None:
    found = CoverageIndex(ethfans).check(question)
    assert found.found and found.how == how
    assert found.entry_ids[0].endswith("#" + anchor)


@pytest.mark.parametrize("question", ["什么是量子计算机？", "股票期权是什么意思"])
def test_a_term_the_glossary_does_not_write_is_missing(ethfans: list[Entry], question: str) -> None:
    found = CoverageIndex(ethfans).check(question)
    assert found.found is False and found.named_missing


def test_plain_bullets_with_a_full_width_colon_are_terms(bullets: list[Entry]) -> None:
    text = (FORMATS / BULLETS).read_text(encoding="utf-8")
    assert sniff_dialect(text, BULLETS) == "md-terms"
    titles = {e.title: e for e in bullets}
    assert len(bullets) == 91
    assert titles["Consensus（共识）"].body.startswith("分布式系统中多个参与方")
    assert {"Consensus", "共识"} <= set(titles["Consensus（共识）"].aliases)
    assert titles["DLT"].body.startswith("Distributed Ledger Technology")
