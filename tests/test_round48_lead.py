"""Round 48 lead: Japanese lines hard-wrapped before a Latin word join their sentence."""

from __future__ import annotations

from pathlib import Path

from rag_glossary.parsing.cjk_names import join_cjk_wraps

KERNEL = Path(__file__).parent.parent / "eval/corpora/kernel-glossary/kernel-glossary.md"


def _definition(heading: str) -> str:
    """The 定義 bullet of ``heading`` in the kernel glossary, its wrapped lines as written."""
    text = KERNEL.read_text(encoding="utf-8")
    after = text[text.index(heading) :]
    start = after.index("**定義**: ") + len("**定義**: ")
    return after[start : after.index("\n- **", start)]


def test_a_wrap_before_a_latin_word_joins_with_a_blank() -> None:
    written = _definition("### task_struct(")
    assert "本文の標準表記は\n  Linux" in written  # the file wraps mid-sentence here
    assert "本文の標準表記は Linuxの文脈では「task_struct」" in join_cjk_wraps(written)


def test_no_blank_after_a_comma_or_a_middle_dot() -> None:
    assert "を許す、Linux 既定の方針" in join_cjk_wraps(_definition("### オーバーコミット("))
    assert "カレントディレクトリ・umask" in join_cjk_wraps(_definition("### fork"))


def test_a_numbered_item_and_a_short_line_keep_their_line() -> None:
    items = "手順は次のとおりで、設定ファイルを書き換えてから再起動する、\n1. 編集\n2. 再起動"
    assert join_cjk_wraps(items) == items
    label = "用語\nAPI"  # a short line is a line of its own (a name, a label)
    assert join_cjk_wraps(label) == label
