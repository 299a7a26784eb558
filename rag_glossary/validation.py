"""Argument checks shared by the library and the CLI: one ``UsageError`` line each.

The public API takes arguments from programs, not only from the CLI's parser:
``search(None)``, ``k="5"`` or ``k=2.5`` must fail as clearly as ``-k 0`` does.
"""

from __future__ import annotations

import math
import numbers
import os
from pathlib import Path
from typing import Any

from rag_glossary.errors import UsageError

MIN_K = 1
MAX_K = 50
MAX_TIMEOUT = 3600.0


def _kind(value: Any) -> str:
    return "None" if value is None else type(value).__name__


def check_text(value: Any, what: str = "the question") -> str:
    """``value`` itself when it is a string."""
    if not isinstance(value, str):
        raise UsageError(f"{what} must be a string, got {_kind(value)}")
    return value


def check_int(value: Any, what: str, low: int, high: int) -> int:
    """An int (not a bool, float or string) in ``low..high``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise UsageError(f"{what} must be a whole number from {low} to {high}, got {value!r}")
    number = int(value)
    if not low <= number <= high:
        raise UsageError(f"{what} must be from {low} to {high}, got {number}")
    return number


def check_k(value: Any, what: str = "k") -> int:
    """How many results: a whole number from 1 to 50."""
    return check_int(value, what, MIN_K, MAX_K)


def check_seconds(value: Any, what: str = "timeout") -> float:
    """A finite, positive number of seconds, at most an hour."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise UsageError(f"{what} must be a number of seconds, got {value!r}")
    seconds = float(value)
    if not math.isfinite(seconds) or not 0 < seconds <= MAX_TIMEOUT:
        raise UsageError(
            f"{what} must be more than 0 and at most {MAX_TIMEOUT:g} seconds, got {value}"
        )
    return seconds


def check_flag(value: Any, what: str) -> bool:
    if not isinstance(value, bool):
        raise UsageError(f"{what} must be True or False, got {value!r}")
    return value


def check_path(value: Any, what: str) -> Path:
    """A path given as a non-empty string or an ``os.PathLike``."""
    if isinstance(value, str) and value.strip():
        return Path(value)
    if isinstance(value, os.PathLike) and not isinstance(value, bytes):
        return Path(value)
    raise UsageError(f"{what} must be a path (a string or pathlib.Path), got {value!r}")


def check_number(value: Any, what: str) -> float:
    """A real number (not a bool, not a string)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise UsageError(f"{what} must be a number, got {value!r}")
    return float(value)
