"""Round 48 lane PA: bilingual titles and labelled name lines give aliases.

A title naming its term in two scripts (``Container（コンテナ）``, ``共识机制 (Consensus
Mechanism)``: ASCII or full-width parentheses, glued or spaced) gives both names; several
names in the parentheses split at " / " or "、" when each is a name (cjk_names.py). A line
labelled with a language's name or "other names" (``Tiếng Việt: ...``, ``Synonyms: ...``)
gives names (language_labels.py). Chinese / Japanese labelled bullets (``- 定義:``,
``- 関連用語:``) are a record's definition, fields and see-also (md_fields.py); hard-wrapped
Chinese / Japanese lines join without a blank. Ids never change: the title slug stays.

Fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 48, lane PA").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from format_fixtures import FORMATS, fixture_entries

from rag_glossary.parsing.base import Section, acronym_aliases
from rag_glossary.parsing.cjk_names import bilingual_names, join_cjk_wraps
from rag_glossary.parsing.dialects import parse_file
from rag_glossary.parsing.language_labels import labelled_names
from rag_glossary.parsing.md_fields import split_labelled_fields


def _tied(head: str, name: str) -> list[str]:
    return acronym_aliases(f"{head} ({name})")


@pytest.mark.parametrize(
    ("title", "names"),
    [
        # tests/fixtures/formats/is6200-keywords-zh.md's items, and the k8s-jp pages' titles
        ("共识机制 (Consensus Mechanism)", ["共识机制", "Consensus Mechanism"]),
        ("区块链(Blockchain)", ["区块链", "Blockchain"]),  # glued ASCII parentheses
        ("Container（コンテナ）", ["Container", "コンテナ"]),  # full-width
        ("Byzantine Failure（拜占庭错误）", ["Byzantine Failure", "拜占庭错误"]),  # round 47
        # a name in each script, split at " / ": the Latin one by the acronym rule
        (
            "TCO(Total Cost of Ownership / 総所有コスト)",
            ["TCO", "Total Cost of Ownership", "総所有コスト"],
        ),
        ("task_struct(PCB / プロセス制御ブロック)", ["task_struct", "PCB", "プロセス制御ブロック"]),
        ("ルートディレクトリ(root directory / 「/」)", ["ルートディレクトリ", "root directory"]),
        # a lone word beside a longer name of its script is a piece of a shared phrase
        ("親子プロセス(parent / child process)", ["親子プロセス", "child process"]),
        (
            "仮想マシン(virtual machine / vm)",
            ["仮想マシン", "virtual machine", "vm"],
        ),  # unless short for it
        ("端末(terminal、ターミナル)", ["端末", "terminal", "ターミナル"]),  # "、" lists too
        # Hangul titles with the English name
        ("고가용성 (High Availability)", ["고가용성", "High Availability"]),  # viassh-wordbook-ko
        # one script only: the Latin rules decide, here on glued parentheses
        ("TCO(Total Cost of Ownership)", ["TCO", "Total Cost of Ownership"]),
        ("Bank (river)", []),
        # a symbol is no name in another script (pk-, ocean-, eclipse-glossary titles)
        ("Theta (θ)", []),
        ("Eddy Diffusivity (κₜ)", []),
        ("μ (Greenwich hour angle of the shadow axis)", []),
    ],
)
def test_a_bilingual_title_gives_its_names(title: str, names: list[str]) -> None:
    assert bilingual_names(title, _tied) == names


@pytest.mark.parametrize("name", ["k8s-jp-glossary-image.md", "k8s-jp-glossary-container.md"])
def test_a_term_page_titled_in_two_scripts_keeps_its_id(name: str) -> None:
    (entry,) = parse_file(FORMATS / name)
    english, japanese = entry.title.rstrip("）").split("（")
    assert entry.aliases[:2] == (english, japanese)
    assert entry.anchor == f"{english.casefold()}{japanese}"  # the title's slug, as before


def test_a_keyword_list_gives_no_entry_per_item(tmp_path: Path) -> None:
    """``- 货币 (Money)`` items without definitions stay the text of their section."""
    entries = fixture_entries(tmp_path, "is6200-keywords-zh.md")
    assert len(entries) == 26 and all(not e.aliases for e in entries)


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["Tiếng Việt: Kiến trúc Lục giác"], ["Kiến trúc Lục giác"]),  # swarch README's example
        (["中文: 共识", "English：consensus"], ["共识", "consensus"]),
        (["Tiếng Việt: Tập hợp (Domain-Driven Design)"], ["Tập hợp"]),  # a note, no name
        (["Tiếng Việt: Tạo, Đọc, Cập nhật, Xóa"], ["Tạo, Đọc, Cập nhật, Xóa"]),  # one name
        (["Synonyms: feature, field, measurement"], ["feature", "field", "measurement"]),
        (["English: the language spoken in England, and far beyond it."], []),  # a sentence
        (["Giải thích: Pattern kiến trúc tách biệt business logic"], []),  # not a name label
    ],
)
def test_a_line_labelled_with_a_language_gives_names(lines: list[str], names: list[str]) -> None:
    assert labelled_names(lines) == names


def test_hard_wrapped_japanese_joins_without_a_blank() -> None:
    text = (
        "ゲーム内に存在する「モノ」を一意に識別するためのIDで、\n"
        "エンティティ自体は状態を持たず、単なる識別子です。\n"
        "名前\n"
        "次の行"
    )
    assert join_cjk_wraps(text) == (
        "ゲーム内に存在する「モノ」を一意に識別するためのIDで、"
        "エンティティ自体は状態を持たず、単なる識別子です。名前\n"  # one paragraph, as rendered
        "次の行"  # after a short line (a name, a label) the break stays
    )
    korean = "서버와 네트워크, 프로그램과 같은 시스템, 서비스가 오랜기간 동안\n고장나지 않고"
    assert join_cjk_wraps(korean) == korean  # Hangul is written with blanks: its break stays


def test_japanese_labelled_bullets_are_definition_fields_and_see_also() -> None:
    """Entries written as ``- **定義**: ...`` / ``- **実装**: ...`` / ``- **関連用語**: ...``
    (the bold already dropped, as the Markdown reader hands them over)."""
    bodies = [
        "- 定義: ゲーム内に存在する「モノ」を一意に識別するためのIDです。\n"
        "- 実装: `src/domain/types.ts` で定義されています。\n- 関連用語: Component、System",
        "- 定義: エンティティの特性や状態を表す、純粋なデータコンテナです。\n"
        "- 実装: `src/domain/components.ts` に集約されています。\n- 関連用語: Entity、System",
        "- 定義: ゲームのロジックを実装する部分です。\n"
        "- 実装: `Effect` プログラムとして実装されます。\n- 関連用語: Entity、Component",
    ]
    sections = [Section(title=t, line=1, body=b) for t, b in zip("ECS", bodies, strict=True)]
    split_labelled_fields(sections)
    entity = sections[0]
    assert entity.body == "ゲーム内に存在する「モノ」を一意に識別するためのIDです。"
    assert entity.fields == ["実装: `src/domain/types.ts` で定義されています。"]
    assert entity.see_also == ["Component", "System"]
