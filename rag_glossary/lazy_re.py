"""Module-level regular expressions compiled on first use, not at import.

A fresh ``ask`` process imports about 200 patterns of the answer package; one question
uses about 60% of them, and compiling all of them at import took about 20 ms of the
65 ms that ``ask`` imports beyond ``search`` (round 26). ``lazy_regex`` returns an
object that behaves as the compiled pattern: the first attribute read compiles it and
binds the pattern's methods onto the object, so later calls cost what the compiled
pattern's own do.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, cast

# The methods a caller reaches; after the first use they are plain instance attributes.
_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")

_CREATED: list[_LazyPattern] = []


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        _CREATED.append(self)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and friends probe dunders: no compile
            raise AttributeError(name)
        compiled = self.compiled()
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def __repr__(self) -> str:
        return f"lazy_regex({self._source!r})"


def lazy_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


def compile_all() -> int:
    """Compile every lazy pattern created so far (tests: a bad pattern fails here, not in
    the middle of an answer). Returns how many there are."""
    for pattern in _CREATED:
        pattern.compiled()
    return len(_CREATED)


@lru_cache(maxsize=4096)
def cached_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern built from an entry's or a question's words, compiled once. ``re`` keeps
    512 patterns: an extractive answer builds more than that from titles and names over a
    few hundred questions, and each one pushed out was parsed again (a fifth of ``ask``'s
    CPU in round 32's profile)."""
    return re.compile(pattern, flags)
