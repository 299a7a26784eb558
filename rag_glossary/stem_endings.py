"""The cuts the light stemmers share (icelandic_stems.py, bengali_stems.py, marathi_stems.py,
tamil_stems.py, mongolian_stems.py, odia_stems.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def cut_ending(word: str, endings: Sequence[str], min_stem: int) -> str:
    """``word`` without the first of ``endings`` (longest first) it ends in that leaves
    ``min_stem`` characters or more; ``word`` itself when none does."""
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            return word[: -len(ending)]
    return word


def cut_repeatedly(word: str, cut: Callable[[str], str], times: int) -> str:
    """``word`` after ``cut`` at most ``times`` times, stopping at the first that cuts
    nothing ("ପିଲାମାନଙ୍କୁ": "ମାନଙ୍କୁ", then nothing more)."""
    for _ in range(times):
        shorter = cut(word)
        if shorter == word:
            break
        word = shorter
    return word


def cut_endings(word: str, endings: Sequence[str], min_stem: int, times: int) -> str:
    """``word`` without up to ``times`` of ``endings``, one after another (``cut_ending``)."""
    return cut_repeatedly(word, lambda w: cut_ending(w, endings, min_stem), times)
