"""Dialect ``source``, map literals: a program that keeps its glossary as a map from terms
(string keys) to definitions (string values).

Go's ``var Terms = map[string]string{"perimeter": "how far it is all the way around ...",
...}``, Swift's and Dart's ``["term": "..."]`` / ``{'term': '...'}``, Kotlin's ``mapOf("term"
to "...")``, Scala's ``"term" -> "..."``, C#'s ``{ ["term"] = "..." }`` and the pair lists of
C#, C++ and Rust (``{ {"term", "..."}, ... }``, ``[("term", "..."), ...]``). Strings decode
as the language reads them (escapes, raw strings, ``"a" + "b"``: source_tokens.py). Lua,
Ruby, Elixir and PHP maps are read by their own dialects (script_data.py, php_source.py).

A program holds many maps: a map is read as a glossary only when it looks like one on its
own, whatever its variable is named: enough pairs, keys that are names rather than the
program's identifiers (``status_ok``, ``.css``, ``camelCase``) or sentences, values that are
phrases longer than their keys rather than codes, labels, numbers or URLs, and no sibling
map with the same keys (parallel tables of one message per language are translations).
The kept map's pairs go through the JSON/YAML record reader (datafile.py) as a
``{term: definition}`` object: each key is an entry's title as written, its slug the anchor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.script_data import glossary_like, literal_sections
from rag_glossary.parsing.script_values import Literal
from rag_glossary.parsing.source_records import parse_source
from rag_glossary.parsing.source_tokens import Token, tokens
from rag_glossary.parsing.term_groups import MIN_GROUPS, distinct_groups

_NOTHING = "no constructor calls, struct literals or map literals of glossary records"
_MIN_PAIRS = 5  # a map of fewer pairs is settings or one page's strings (i18n tables of 3)
_PAIR_SHARE = 0.9  # items of a map literal that must be string pairs
_SEPARATORS = frozenset((":", "to"))
_ARROWS = frozenset(("-", "="))  # "->" and "=>" are two tokens
_PAIR_CALLS = frozenset(("Pair", "make_pair", "entry", "SimpleEntry", "Tuple2"))
_PROSE_WORDS = 3  # words of a value that can define a term
_LONGER = 2.0  # mean value length over mean key length
_KEY_WORDS = 5  # mean words of keys that name terms (longer keys are messages)
_SAME_KEYS = 0.5  # share of keys two maps share when they are one table's languages
# A program's identifier: snake_case, dotted, a path or an extension, camelCase, a
# placeholder; a key with a blank in it is a name however it is spelt.
_CODE_KEY = re.compile(r"\S*[_./:\\{}%<>=@#$]\S*|[a-z]+[A-Z]\S*|[\d\W]+")
# A value the program fills in or shows as a message: a placeholder, a link, a request.
_MESSAGE = re.compile(
    r"%[-+#0-9.]*[sdvqfx]|\{\d*\}|\{[A-Za-z_]\w*\}|\$\{\w+\}|\{\{|^\w+://"
    r"|(?i:\bplease\b|\btry again\b)"
)
_SENTENCE_KEY = re.compile(r"[.?!:]$")


def parse_program(text: str, source: str, spec: FieldSpec) -> Parsed:
    """Records of constructor calls (source_records.py) or a map literal's pairs: the
    larger glossary of the two."""
    parsed = parse_source(text, source, spec)
    sections = map_sections(tokens(text), text, spec)
    if len(sections) > len(parsed.sections):
        return Parsed(sections)
    return parsed if parsed.sections else Parsed([], problem=_NOTHING)


def map_sections(toks: list[Token], text: str, spec: FieldSpec) -> list[Section]:
    """The entries of the largest map literal that reads as a glossary: one map, or the
    pairs of a collection of labelled groups of them (term_groups.py)."""
    ends, commas = _groups(toks)
    found = [*_map_literals(toks, ends, commas), *_grouped_literals(toks, ends, commas)]
    best: list[Section] = []
    for literal, pairs, span in found:
        others = [p for _, p, s in found if s != span and not _nested(s, span)]
        if not glossary_pairs(pairs) or _parallel(pairs, others):
            continue
        sections = literal_sections(literal, text, spec)
        if glossary_like(sections) and len(sections) > len(best):
            best = sections
    return best


def _nested(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[0] <= b[1] <= a[1] or b[0] <= a[0] <= a[1] <= b[1]


def glossary_pairs(pairs: list[tuple[str, str]]) -> bool:
    """Keys that name terms, values that define them: not codes, labels, URLs, messages."""
    if len(pairs) < _MIN_PAIRS:
        return False
    keys = [k.strip() for k, _ in pairs]
    values = [v.strip() for _, v in pairs]
    code = sum(1 for k in keys if _CODE_KEY.fullmatch(k) and " " not in k)
    sentences = sum(1 for k in keys if _SENTENCE_KEY.search(k))
    if code * 2 > len(keys) or sentences * 4 > len(keys) or not all(keys):
        return False
    if sum(len(k.split()) for k in keys) > _KEY_WORDS * len(keys):
        return False
    prose = sum(1 for v in values if len(v.split()) >= _PROSE_WORDS and not _MESSAGE.search(v))
    if prose * 3 < len(values) * 2:
        return False
    return sum(map(len, values)) >= _LONGER * sum(map(len, keys))


def _parallel(pairs: list[tuple[str, str]], others: list[list[tuple[str, str]]]) -> bool:
    """Another map of mostly the same keys: one table in several languages."""
    keys = {k for k, _ in pairs}
    return any(len(keys & {k for k, _ in o}) > _SAME_KEYS * len(keys) for o in others)


def _map_literals(
    toks: list[Token], ends: dict[int, int], commas: dict[int, list[int]]
) -> Iterator[tuple[Literal, list[tuple[str, str]], tuple[int, int]]]:
    """Each bracket group whose items are (nearly) all string pairs, with its pairs and its
    span; a group inside one already found is part of it. One pass finds every group's end
    and top-level commas, so nested brackets cost no rescans."""
    done = -1
    for i in sorted(ends):
        if i <= done:
            continue
        end = ends[i]
        items = _items(i, ends, commas)
        if len(items) < _MIN_PAIRS:
            continue
        pairs = [
            (p, toks[a].offset) for a, b in items if (p := _pair(toks, a, b, ends)) is not None
        ]
        if len(pairs) >= _PAIR_SHARE * len(items):
            yield _literal(pairs, end), [p for p, _ in pairs], (i, end)
            done = end


def _grouped_literals(
    toks: list[Token], ends: dict[int, int], commas: dict[int, list[int]]
) -> Iterator[tuple[Literal, list[tuple[str, str]], tuple[int, int]]]:
    """Each outermost bracket group whose items are labelled groups of string pairs
    (``"A" to listOf("Address" to "...", ...)``, ``"A": ["Address": "..."]``): all the
    groups' pairs as one map, the labels left out."""
    done = -1
    for i in sorted(ends):
        if i <= done:
            continue
        items = _items(i, ends, commas)
        if len(items) < MIN_GROUPS:
            continue
        opens = [k for a, b in items if (k := _labelled_group(toks, a, b, ends)) is not None]
        if len(opens) < _PAIR_SHARE * len(items):
            continue
        groups: list[list[tuple[tuple[str, str], int]]] = []
        for k in opens:
            inner = _items(k, ends, commas)
            pairs = [(p, toks[a].offset) for a, b in inner if (p := _pair(toks, a, b, ends))]
            if not pairs or len(pairs) < _PAIR_SHARE * len(inner):
                break
            groups.append(pairs)
        else:
            if distinct_groups([[k for (k, _), _ in g] for g in groups]):
                every = [p for g in groups for p in g]
                yield _literal(every, ends[i]), [p for p, _ in every], (i, ends[i])
                done = ends[i]


def _items(i: int, ends: dict[int, int], commas: dict[int, list[int]]) -> list[tuple[int, int]]:
    """The (start, end) token ranges of the items of the bracket group opened at ``i``."""
    bounds = [i, *commas.get(i, []), ends[i]]
    return [(a + 1, b) for a, b in pairwise(bounds) if b > a + 1]


def _literal(pairs: list[tuple[tuple[str, str], int]], end: int) -> Literal:
    mapping: dict[str, object] = {}
    offsets: dict[tuple[object, ...], int] = {}
    for (key, value), offset in pairs:
        if key not in mapping:
            mapping[key] = value
            offsets[(key,)] = offset
    return Literal(mapping, end + 1, offsets)


def _labelled_group(toks: list[Token], a: int, b: int, ends: dict[int, int]) -> int | None:
    """``"A" to listOf(...)``, ``"A": [...]``, ``"A" -> Map(...)``: where the group opens."""
    if b - a < 3 or toks[a].kind != "str":
        return None
    j = a + 1
    if toks[j].text in _ARROWS and toks[j + 1].text == ">":
        j += 2
    elif toks[j].text in _SEPARATORS:
        j += 1
    else:
        return None
    while j < b and (toks[j].kind == "name" or toks[j].text == "."):
        j += 1  # the collection's builder: listOf, mapOf, Map, dict
    if j < b and toks[j].kind == "punct" and toks[j].text in "{[(" and ends.get(j) == b - 1:
        return j
    return None


def _groups(toks: list[Token]) -> tuple[dict[int, int], dict[int, list[int]]]:
    """Each closed bracket's closing index and its top-level ``,`` / ``;`` indexes."""
    ends: dict[int, int] = {}
    commas: dict[int, list[int]] = {}
    stack: list[int] = []
    for j, tok in enumerate(toks):
        if tok.kind != "punct":
            continue
        if tok.text in "{[(":
            stack.append(j)
        elif tok.text in ")]}" and stack:
            ends[stack.pop()] = j
        elif tok.text in ",;" and stack:
            commas.setdefault(stack[-1], []).append(j)
    return ends, commas


def _pair(toks: list[Token], a: int, b: int, ends: dict[int, int]) -> tuple[str, str] | None:
    """``"k": "v"`` (Go, Swift, Dart), ``"k" to "v"`` (Kotlin), ``"k" -> "v"`` (Scala),
    ``["k"] = "v"`` (C#), ``{"k", "v"}`` / ``("k", "v")`` (C#, C++, Rust), ``Pair("k", "v")``
    (Kotlin), ``make_pair("k", "v")`` (C++), ``Map.entry("k", "v")`` (Java): key and value."""
    if toks[a].kind == "name" and toks[a].text in _PAIR_CALLS and toks[a + 1].text == "(":
        a += 1  # the pair's constructor: its arguments are the pair
    if b - a >= 5 and toks[a].text == "[" and toks[a + 1].kind == "str" and toks[a + 2].text == "]":
        return (
            _strings(toks[a + 1].text, _text(toks, a + 4, b)) if toks[a + 3].text == "=" else None
        )
    if toks[a].kind == "punct" and toks[a].text in "{(" and ends.get(a) == b - 1:
        comma = [j for j in range(a + 1, b - 1) if toks[j].text == ","]
        if len(comma) == 1:
            return _strings(_text(toks, a + 1, comma[0]), _text(toks, comma[0] + 1, b - 1))
        return None
    for j in range(a + 1, b - 1):
        if toks[j].kind == "str":
            continue
        width = 1 if toks[j].text in _SEPARATORS else 0
        if toks[j].text in _ARROWS and toks[j + 1].text == ">":
            width = 2
        if width:
            return _strings(_text(toks, a, j), _text(toks, j + width, b))
        return None
    return None


def _text(toks: list[Token], a: int, b: int) -> str | None:
    """A string literal, or several joined by ``+`` or written side by side."""
    span = toks[a:b]
    if span and all(t.kind == "str" or t.text == "+" for t in span):
        return "".join(t.text for t in span if t.kind == "str")
    return None


def _strings(key: str | None, value: str | None) -> tuple[str, str] | None:
    if key is not None and value is not None:
        return key, value
    return None
