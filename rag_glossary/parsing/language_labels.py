"""Other names an entry gives on a labelled line of its own: ``Tiếng Việt: Kiến trúc Lục
giác`` under ``### Hexagonal Architecture``, ``中文: 共识``, ``Also known as: VM``.

A label names a language (data/language_names.json: every language the project reads stop
words for, named in each of them, so ``English``, ``Englisch``, ``英語``, ``영어`` and
``Tiếng Anh`` all qualify) or says "other names" (fields.ALIAS_NAMES, the keys data files
give them under, and "synonyms" in each language: data/synonym_labels.json, ``Синоними:
кокс, марсилеза``). A numbered sense may open the line (``3. Synonyma: ...``). The value
must read as names: a few words, no sentence; several are split at a spaced slash, "、"
or ";" (a comma may join the words of one name:
``Tạo, Đọc, Cập nhật, Xóa`` is CRUD). A note in parentheses after a name
(``Tập hợp (Domain-Driven Design)``) is no part of it.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "data" / "language_names.json"
_SYNONYM_DATA = _DATA.with_name("synonym_labels.json")
# "Tiếng Việt: ...", "- **中文名**: ...", "English：...", "3. Синоними: ...": a short label
# (after a bullet or a numbered sense), its colon, a value
_LABELLED = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?[*_]*"
    r"(?P<label>[^\W\d_][^:：*_\n]{0,24}?)[*_]*[ \t]*[:：][*_]*[ \t]*(?P<value>\S[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
# the same line written whole as inline code (Obsidian Help's "`Aliases: локальне сховище,
# локальні дані`" under "## Сховище")
_CODE_LABELLED = re.compile(
    r"^[ \t]*`(?P<label>[^\W\d_][^:：`\n]{0,24}?)[ \t]*[:：]"
    r"[ \t]*(?P<value>[^\s`][^`\n]*?)[ \t]*`[ \t]*$",
    re.MULTILINE,
)
_LISTED = re.compile(r"\s+/\s+|\s*[、;；]\s*")
_COMMA_LISTED = re.compile(r"\s+/\s+|\s*[、;；,，]\s*")
_NOTE = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")
# a sentence's marks: a part holding one is no name (cjk_names reads titles with it too)
SENTENCE_MARKS = re.compile(r"[。！？!?；;:：]|\.\s")
# a labelled value also ends no name with a full stop (cjk_names lets ``Co.`` end a name
# in a title's parentheses); its ";" never reaches here, _LISTED splits at it
_SENTENCE = re.compile(SENTENCE_MARKS.pattern + r"|\.$")
_MAX_VALUE_CHARS = 80
_MAX_NAME_WORDS = 6
# "Chinese name", "中文名", "한국어 이름": a language's name and a word for "name"
_NAME_WORDS = ("name", "term", "名", "名称", "名稱", "表記", "이름", "명", "용어", "tên")


def _key(label: str) -> str:
    return " ".join(re.sub(r"[_\-.]+", " ", label).split()).casefold()


@functools.cache
def _labels() -> frozenset[str]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    languages = {_key(n) for code, names in data.items() if code[0] != "_" for n in names}
    named = {f"{lang} {w}" for lang in languages for w in _NAME_WORDS}
    named |= {f"{lang}{w}" for lang in languages for w in _NAME_WORDS}
    return frozenset(languages | named | _alias_names())


def labelled_names(lines: Iterable[str]) -> list[str]:
    """The names the labelled lines of an entry's text (its body and its fields) give."""
    names: list[str] = []
    for text in lines:
        for match in (*_LABELLED.finditer(text), *_CODE_LABELLED.finditer(text)):
            label = _key(match.group("label"))
            if label in _labels():
                names += _names(match.group("value"), listed=label in _alias_names())
    return names


def without_code_labels(body: str) -> str:
    """The body without its inline-code alias lines (``_CODE_LABELLED``): markup that names
    the entry's aliases (``labelled_names`` reads them), not text a reader is shown."""
    if "`" not in body:
        return body

    def drop(match: re.Match[str]) -> str:
        return "" if _key(match.group("label")) in _alias_names() else match.group()

    return re.sub(r"\n{3,}", "\n\n", _CODE_LABELLED.sub(drop, body)).strip("\n")


@functools.cache
def _alias_names() -> frozenset[str]:
    from rag_glossary.parsing.fields import ALIAS_NAMES  # fields.py imports base.py

    data = json.loads(_SYNONYM_DATA.read_text(encoding="utf-8"))
    synonyms = {_key(w) for code, words in data.items() if code[0] != "_" for w in words}
    return frozenset(ALIAS_NAMES) | synonyms


def _names(value: str, *, listed: bool) -> list[str]:
    """The names of a labelled value; ``listed``: an "other names" label, whose names a
    comma also parts (``Synonyms: feature, field``)."""
    value = value.strip("*_ ").rstrip(".")
    if len(value) > _MAX_VALUE_CHARS:
        return []
    split = (_COMMA_LISTED if listed else _LISTED).split(value)
    parts = [_NOTE.sub("", p).strip("「」“”\"' ") for p in split]
    if not all(p and len(p.split()) <= _MAX_NAME_WORDS and not _SENTENCE.search(p) for p in parts):
        return []
    return parts
