"""Round 48 follow-up FJ: a Japanese glossary (eval/corpora/kernel-glossary: "### 用語(English)"
entries under kana-row headings, Japanese questions as typed).

A kana-row group with no terms yet ("## な行" / "(まだ登録された用語はありません)") gives no
entry; spoken Japanese question frames ("ってなんのこと", "どうやって") are cut from a
question's pieces; a CJK key term that is an entry's name ranks that entry; a question the
English model reads letter by letter is ranked without its vector.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant, shared_retriever

from rag_glossary.coverage.cjk_terms import cjk_pieces, described_whole
from rag_glossary.parsing.dialects import parse_file
from rag_glossary.query_encoding import unread_by

KERNEL = "kernel-glossary"
GLOSSARY = Path(__file__).parent.parent / "eval" / "corpora" / KERNEL / f"{KERNEL}.md"


def test_an_empty_kana_row_gives_no_entry() -> None:
    titles = [e.title for e in parse_file(GLOSSARY)]
    assert "な行" not in titles and "数字・記号" not in titles
    # the terms of the rows, and the rules section (several lines of text), stay
    assert "ゾンビプロセス(zombie process)" in titles and "運用ルール" in titles


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("CoWってなんのこと", "cow"),
        ("名前付きパイプってどうやって作るの", "名前付きパイプ"),
        ("ゾンビプロセスってなに？", "ゾンビプロセス"),
        ("コンテキストスイッチとモード切替のちがい", "コンテキストスイッチとモード切替"),
    ],
)
def test_japanese_frames_leave_the_name(question: str, first: str) -> None:
    assert cjk_pieces(question)[0] == first


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("ゾンビプロセスってなに？", "kernel-glossary#ゾンビプロセスzombie-process"),
        ("オーバーコミット", "kernel-glossary#オーバーコミットovercommit"),
        (
            "ページフォールトってなに？あとなんで大半はエラーじゃないの",
            "kernel-glossary#ページフォールトpage-fault",
        ),
    ],
)
def test_a_japanese_name_is_answered_from_its_entry(
    tmp_path_factory: pytest.TempPathFactory, question: str, entry: str
) -> None:
    answer = shared_assistant(KERNEL, tmp_path_factory).ask(question)
    assert answer.covered and answer.citations and answer.citations[0] == entry


def test_a_question_the_model_reads_letter_by_letter_is_ranked_without_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    encoder = shared_retriever(KERNEL, tmp_path_factory).encoder
    assert unread_by(encoder, "ロードバランシングってなに")
    assert not unread_by(encoder, "what is load balancing")
    assert not unread_by(encoder, "RLHF")  # initials are read letter by letter, as written
    assert not unread_by(encoder, "ロードバランシングってなに", "dense")


@pytest.mark.parametrize(
    ("missing", "named"),
    [
        ("完全公平スケジューラ", False),  # a term (10 letters) is named when missing
        ("ファイルを消してしまったあとで中身を元に戻すやり方", True),
        ("账户里钱不够了平台发消息让我再存钱", True),
    ],
)
def test_a_description_read_whole_is_no_name(missing: str, named: bool) -> None:
    assert described_whole(missing) is named


def test_a_long_description_is_refused_without_being_named(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    question = "ファイルを消してしまったあとで中身を元に戻すためのいちばん簡単なやり方"
    answer = shared_assistant(KERNEL, tmp_path_factory).ask(question)
    assert not answer.covered
    assert answer.text.startswith("この用語集はこの質問を扱っていません")  # round 49: in Japanese
    assert question not in answer.text  # before: "ファイルを…やり方 is not in the glossary"
