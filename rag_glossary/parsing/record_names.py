"""A data record's names in other languages and its alternative names (data_language.py).

A bilingual term base keys each record's term by language and its alternatives by language
too (``{en: data warehouse, et: andmeladu, alt: {et: [andmeait], en: []}}``); a
multilingual one has ``term_en`` / ``term_ru`` or ``term: {en, cs}``. The record is read in
one language (data_language.py); its names in the others are still names of the term:
``gathered`` turns them into the record's ``other names`` (an alias key, fields.py). A
record with no definition that gives such names is no empty entry: its body is one
``Estonian: andmeladu; andmeait`` line per language (``names_body``); beside a definition
they are aliases only (Glosario's thirty languages are no part of an English body).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from rag_glossary.parsing.fields import ALIAS_NAMES, ID_NAMES, URL_NAMES, key_name, plain

NAMES_KEY = "other names"  # fields.ALIAS_NAMES has it: find_columns reads it as aliases
_LINES_KEY = "names by language"
_OWN_LABEL = "Also known as"
# ISO 639-1 codes of the languages a glossary is commonly written in, with their English
# names (a line's label); a key so named in a record keyed by language is a language.
LANGUAGE_NAMES = {
    "af": "Afrikaans", "am": "Amharic", "ar": "Arabic", "az": "Azerbaijani",
    "be": "Belarusian", "bg": "Bulgarian", "bn": "Bengali", "bs": "Bosnian",
    "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German",
    "el": "Greek", "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian",
    "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fil": "Filipino", "fr": "French",
    "ga": "Irish", "gl": "Galician", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian",
    "is": "Icelandic", "it": "Italian", "ja": "Japanese", "ka": "Georgian", "kk": "Kazakh",
    "km": "Khmer", "kn": "Kannada", "ko": "Korean", "ky": "Kyrgyz", "lt": "Lithuanian",
    "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam", "mn": "Mongolian",
    "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "my": "Burmese", "nb": "Norwegian",
    "ne": "Nepali", "nl": "Dutch", "nn": "Norwegian", "no": "Norwegian", "or": "Odia",
    "pa": "Punjabi", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "th": "Thai", "tl": "Tagalog",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese",
    "zh": "Chinese",
}  # fmt: skip
_REGIONAL = re.compile(r"(?P<code>[a-z]{2,3})(?:[_-][A-Za-z]{2,4})?")  # pt-BR, zh_Hans
# keys that hold other names without saying so in fields.ALIAS_NAMES' words (``alt``)
_ALTERNATIVE_KEYS = frozenset(
    ("alt", "alts", "alternative", "alternatives", "alternate", "alternates", "variants")
)
_NOT_NAMES = frozenset((*ID_NAMES, *URL_NAMES))
_WORD_CODES = frozenset(("am", "be", "he", "hi", "id", "is", "it", "me", "my", "no", "or", "to"))
_SHARED_TENTHS = 9  # a key most records have
_MAX_NAME_WORDS = 8
_MAX_NAME_CHARS = 80
_SENTENCE = re.compile(r"[.!?;:]\s|[.!?]$")
_LISTED = re.compile(r"\s*[;,，、]\s+|\s*[;；、]\s*")  # "аддитивный метод, аддитивное ..."


def language_code(key: object) -> str | None:
    """``et`` / ``pt-BR`` / ``zh_Hans`` -> its ISO 639-1 code; None for any other key."""
    match = _REGIONAL.fullmatch(str(key))
    code = match.group("code") if match else None
    return code if code in LANGUAGE_NAMES else None


def label(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def names_of(value: Any) -> list[str]:
    """The names a value gives: a short text, or a list of them; [] for prose."""
    values = value if isinstance(value, list | tuple) else [value]
    names = [plain(v) for v in values if isinstance(v, str | int | float)]
    names = [" ".join(n.split()) for n in names if n]
    fit = all(
        len(n) <= _MAX_NAME_CHARS and len(n.split()) <= _MAX_NAME_WORDS and not _SENTENCE.search(n)
        for n in names
    )
    return names if fit else []


def gathered(record: dict[str, Any], own: str, others: Mapping[str, Any]) -> dict[str, Any]:
    """The record with ``others`` (other languages' names by code, already left out of it)
    and its language-keyed alternatives (``alt: {et: [...], en: [...]}``) as
    ``other names`` and one labelled line per other language."""
    by_language: dict[str, list[str]] = {}
    for code, value in others.items():
        found = [n for name in names_of(value) for n in _LISTED.split(name) if n]
        by_language.setdefault(code, []).extend(found)
    out: dict[str, Any] = {}
    own_names: list[str] = []
    for key, value in record.items():
        alternatives = _by_language(key, value)
        if alternatives is None:
            out[key] = value
            continue
        for code, names in alternatives.items():
            if code == own:
                own_names.extend(names)
            else:
                by_language.setdefault(code, []).extend(names)
    lines = {label(c): "; ".join(_unique(n)) for c, n in by_language.items() if _unique(n)}
    names = _unique([*own_names, *(n for found in by_language.values() for n in found)])
    if not names:
        return out
    old = out.get(NAMES_KEY)
    out[NAMES_KEY] = _unique([*names_of(old), *names]) if old else names
    if lines:  # a list: no ``Name: value`` field beside a definition (fields.plain)
        out[_LINES_KEY] = [f"{name}: {value}" for name, value in lines.items()]
    return out


def _by_language(key: str, value: Any) -> dict[str, list[str]] | None:
    """``alt: {et: [andmeait], en: []}`` -> ``{"et": ["andmeait"], "en": []}``: an
    alternative-names key whose value is keyed by language; None for any other field."""
    name = key_name(key)
    if not isinstance(value, Mapping) or not value:
        return None
    if name not in _ALTERNATIVE_KEYS and name not in ALIAS_NAMES:
        return None
    codes = {k: language_code(k) for k in value}
    if not all(codes.values()):
        return None
    found: dict[str, list[str]] = {}
    for k, v in value.items():
        names = names_of(v) if v else []
        found.setdefault(str(codes[k]), []).extend(names)
    return found


def sibling_languages(record: Mapping[str, Any], term_key: str) -> dict[str, Any]:
    """The keys of a record that give its term in other languages, by key: beside a term
    keyed by language (``{en: data warehouse, et: andmeladu}``, ``en`` the term) the other
    language codes whose values are names; beside a term keyed by name (DCASE's ``{term:
    filter, fi: suodin, de: filter}``) the same, unless every such key is also a word
    (``it``, ``no``: a flag or a count)."""
    own = language_code(term_key)
    found = {
        key: value
        for key, value in record.items()
        if key != term_key
        and (code := language_code(key)) is not None
        and code != own
        and key_name(key) not in _NOT_NAMES
        and any(map(_has_letters, names_of(value)))
    }
    if own is None and all(key in _WORD_CODES for key in found):
        return {}
    return found


def _has_letters(name: str) -> bool:
    return any(c.isalpha() for c in name)


def language_term_key(
    records: Sequence[Mapping[str, Any]], taken: set[str], wanted: str
) -> str | None:
    """``[{en: data warehouse, et: andmeladu}, ...]``: records that give their term under
    two or more language codes are read in ``wanted``'s (corpus.toml's language, else
    English), whatever the values' shape says; None when that language is not among them."""
    counts: dict[str, int] = {}
    for record in records:
        for key, value in record.items():
            if key not in taken and language_code(key) and isinstance(value, str) and value:
                counts[key] = counts.get(key, 0) + 1
    shared = [k for k, n in counts.items() if n * 10 >= len(records) * _SHARED_TENTHS]
    if len(shared) < 2:
        return None
    return next((k for k in shared if language_code(k) == wanted and k == wanted), None)


def names_body(record: Mapping[str, Any]) -> str:
    """The text of a record with no definition that gives names in other languages: its
    ``Estonian: ...`` lines, then its own alternatives; empty when it gives none."""
    lines = [line for line in record.get(_LINES_KEY) or () if isinstance(line, str)]
    if not lines:
        return ""
    shown = {n.casefold() for line in lines for n in line.split(": ", 1)[1].split("; ")}
    own = [n for n in names_of(record.get(NAMES_KEY)) if n.casefold() not in shown]
    if own:
        lines.append(f"{_OWN_LABEL}: {', '.join(own)}")
    return "\n".join(lines)


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out
