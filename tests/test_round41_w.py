"""Round 41 lane W: a pointer entry never doubles the answer's label.

bst-glossary's "symmetric traversal" entry says only "inorder traversal." and is merged
(as another name) with Inorder Traversal, which lists "symmetric traversal" as an alias:
the answer was "inorder traversal: symmetric traversal: A type of ...". An entry whose
whole text is another name of its group names no part of the answer (display_name,
asked_alias).
"""

from __future__ import annotations

import pytest
from shared_index import CORPORA, shared_assistant

from rag_glossary.answer.pieces import Group, display_name, speaking_hits
from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.models import Hit
from rag_glossary.parsing import load_corpus


def _hit(corpus: str, anchor: str) -> Hit:
    entry = next(e for e in load_corpus(CORPORA / corpus).entries if e.anchor == anchor)
    return Hit(entry.id, entry.title, entry.source, entry.url, "", 1.0, entry)


def test_pointer_entry_names_no_part_of_the_group() -> None:
    pointer = _hit("bst-glossary", "symmetric-traversal")
    target = _hit("bst-glossary", "inorder-traversal")
    group = Group([pointer, target])
    assert speaking_hits(group) == [target]
    assert display_name(group) == "inorder traversal"


def test_entry_with_text_of_its_own_still_speaks() -> None:
    rotation = _hit("bst-glossary", "rotation")
    tree = _hit("bst-glossary", "binary-search-tree")
    assert speaking_hits(Group([rotation, tree])) == [rotation, tree]


def test_pointer_label_is_not_doubled(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = shared_assistant(CORPORA / "bst-glossary", tmp_path_factory)
    answer = assistant.ask("symmetric traversal of a tree")
    assert answer.citations == ("bst-glossary#inorder-traversal",)
    assert answer.text.startswith("inorder traversal (also symmetric traversal): A type")
    assert not dirty_reasons(answer.text)
