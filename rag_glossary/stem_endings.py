"""The cut the light stemmers share (icelandic_stems.py, bengali_stems.py, marathi_stems.py)."""

from __future__ import annotations

from collections.abc import Sequence


def cut_ending(word: str, endings: Sequence[str], min_stem: int) -> str:
    """``word`` without the first of ``endings`` (longest first) it ends in that leaves
    ``min_stem`` characters or more; ``word`` itself when none does."""
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            return word[: -len(ending)]
    return word
