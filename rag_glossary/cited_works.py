"""A line that only cites works with their years (``De Bhaldraithe (1978), Ó Dónaill et al.
(1991)``): a glossary's reference list, read by the parsers (a list of such items is no list of
terms) and by the answer (such a line is no answer sentence). Kept outside ``parsing`` so the
query path does not import the parsers."""

from __future__ import annotations

import re

_WORK = re.compile(r"[^\W\d][^,;()]*\((?:1[5-9]|20)\d\d[a-z]?\)[\\*]*")


def sources_only(text: str) -> bool:
    """``De Bhaldraithe (1978), Ó Dónaill et al. (1991)``: works and their years alone."""
    parts = [part.strip() for part in re.split(r"[,;]", text.strip().rstrip("."))]
    return all(_WORK.fullmatch(part) for part in parts)
