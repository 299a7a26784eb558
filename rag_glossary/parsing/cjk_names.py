"""Names of bilingual titles written the Chinese / Japanese way: ``Consensus（共识）``."""

from __future__ import annotations

import re

from rag_glossary.lexical import CJK

# a name, then another in full-width parentheses, nothing after
_FULL_WIDTH_PAREN = re.compile(r"^(?P<head>[^（）()]+?)\s*（(?P<name>[^（）()]{1,40})）$")


def bilingual_names(title: str) -> list[str]:
    """Both names of a title naming its term in two scripts with full-width parentheses,
    one of them CJK (``Byzantine Failure（拜占庭错误）``: ``Byzantine Failure`` and
    ``拜占庭错误``); [] for any other title."""
    match = _FULL_WIDTH_PAREN.match(title.strip())
    if not match or not CJK.search(title):
        return []
    return [match.group("head").strip(), match.group("name").strip()]
