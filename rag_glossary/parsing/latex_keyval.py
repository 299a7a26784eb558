"""LaTeX ``key=value`` lists (``name={A, B}, description=...``), as keyval/pgfkeys read them.

Commas and ``=`` inside braces belong to the value; one pair of braces around a whole value
is dropped; ``%`` comments end at the line's end. A value closed by ``}`` and followed on the
next line by ``key=`` ends there even without its comma (a slip LaTeX would also misread).
"""

from __future__ import annotations

import re

_NEXT_KEY = re.compile(r"[ \t]*\n\s*[A-Za-z]+\s*=")


def keyvals(source: str) -> dict[str, str]:
    """Each key (lower-cased) and its value, the first of a repeated key kept."""
    out: dict[str, str] = {}
    for item in _items(_without_comments(source)):
        key, sep, value = item.partition("=")
        key = key.strip().lower()
        if key and sep:
            out.setdefault(key, _unbraced(value.strip()))
    return out


def braced_list(value: str) -> list[str]:
    """``see=[see also]{a,b}`` / ``see={a,b}`` / ``see=a``: the keys named."""
    value = re.sub(r"^\s*\[[^\]]*\]\s*", "", value)
    return [k.strip() for k in _items(_unbraced(value.strip())) if k.strip()]


def _items(source: str) -> list[str]:
    items: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(depth - 1, 0)
            if depth == 0 and _NEXT_KEY.match(source, i + 1):
                items.append(source[start : i + 1])
                start = i + 1
        elif ch == "," and depth == 0:
            items.append(source[start:i])
            start = i + 1
        i += 1
    items.append(source[start:])
    return items


def _unbraced(value: str) -> str:
    if len(value) >= 2 and value[0] == "{" and value[-1] == "}" and _closes_at_end(value):
        return value[1:-1].strip()
    return value


def _closes_at_end(value: str) -> bool:
    """The first ``{`` is closed by the last ``}`` (not ``{a} and {b}``)."""
    depth = 0
    i = 0
    while i < len(value):
        if value[i] == "\\":
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(value[i], 0)
        if depth == 0 and i < len(value) - 1:
            return False
        i += 1
    return True


def _without_comments(source: str) -> str:
    return re.sub(r"(?<!\\)%[^\n]*", "", source)
