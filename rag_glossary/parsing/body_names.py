"""Other names an entry gives in words: a line or sentence of its own in the definition
("Also known as VM", "... depth. Also called the focus."), or a title's parenthesis
("Birth defect rate (also called malformation rate)"). Split from base.py."""

from __future__ import annotations

import re

from rag_glossary.lazy_re import lazy_regex
from rag_glossary.parsing.inline import display_title
from rag_glossary.parsing.name_phrases import NamePhrases, name_phrases

__all__ = [
    "MAX_ALIAS_SOURCE",
    "also_known_aliases",
    "closing_names",
    "joined_title_names",
    "opening_names",
    "quoted_aliases",
    "second_name_aliases",
    "title_synonyms",
]

MAX_ALIAS_SOURCE = 200  # longer "titles" are prose; skip the regexes on them

_MAX_ALSO_WORDS = 5
_MAX_PHRASE_WORDS = 6


# "... layers of thick-walled cells. Synonymous: internal cylinder, stereome, sclerodermis":
# a closing sentence or line of its own (maybe a numbered sense's, "2. Synonyms: ...")
# listing the term's synonyms after a colon.
_SYNONYM_LIST = re.compile(
    r"(?:(?<=[.!?])[ \t]+|^[ \t]*(?:\d{1,2}[.)][ \t]+)?)[*_]*"
    r"(?:synonyms?|synonymous(?:[ \t]+with)?)[*_]*[ \t]*:[*_]*"
    r"[ \t]+(?P<name>[^\s*_][^\n.;:()]{0,78}?)[.]?[*_]*[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# "... equal to TAI + 32.184 s. Older eclipse tables call it TDT, TD or Ephemeris Time (ET).":
# a sentence of its own whose short subject calls the term ("it") by other names, to the
# sentence's end. A longer or joined opening ("In case of ... so we call it 1 dimentional
# data") may call something else "it".
_CALL_IT = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)(?P<subject>[A-Z][\w-]*(?:[ \t]+[\w-]+){0,3})[ \t]+"
    r"(?:calls?|called)[ \t]+it[ \t]+(?P<name>[^\s*_][^\n.;:]{0,78}?)\.(?=[ \t]*$|[ \t]+[A-Z])",
    re.MULTILINE,
)
_JOINED = re.compile(r"\b(?:so|and|but|or|if|then|because)\b", re.IGNORECASE)


def _called_it(body: str) -> list[re.Match[str]]:
    return [
        m
        for m in _CALL_IT.finditer(body)
        if not name_phrases(None).clause_words.intersection(m.group("subject").casefold().split())
        and not _JOINED.search(m.group("subject"))
        and _one_list(m.group("name"))
    ]


def also_known_aliases(body: str, language: str | None = None) -> list[str]:
    """The name a line or sentence of its own gives the term: ``Also known as VM``,
    ``Also called control groups``, ``a.k.a. data volume``, ``... depth. Also called the
    focus.`` (the text stays in the body), a closing ``Synonymous: internal cylinder,
    stereome`` list, or the first sentence's closing apposition
    (``The main group of riders, also known as the pack, bunch or field.``), or a sentence
    calling it other names (``Older eclipse tables call it TDT, TD or Ephemeris Time (ET).``).
    The phrases are English's and the glossary ``language``'s (name_phrases.py: ``...
    edificio. También llamado sellador de junta.``); a name is a few words, no clause."""
    said = name_phrases(language)
    found = [m for p in (*said.line, *said.sentence) for m in p.finditer(body)]
    found += _SYNONYM_LIST.finditer(body)
    found += _called_it(body)
    for pattern in said.clause:
        clause = pattern.match(body.lstrip())
        if clause and _restates(clause.group("phrase"), said) and _one_list(clause["name"], said):
            found.append(clause)
    names = (name for m in found for name in _listed_names(m.group("name"), said))
    return [name for name in names if _short_name(name, said)]


def closing_names(body: str, language: str | None) -> list[str]:
    """The names a line or sentence closes with after a comma or a relative word, in a
    language whose data says it names terms so (name_phrases.json ``closing``):
    ``..., λέγεται και σιμότητα ή λουνάδα (Δαμιανίδης)`` -> σιμότητα, λουνάδα; ``... που
    λέγεται και ράουλο`` -> ράουλο. A list is names when its last is joined by "or"; a
    "name" with no letter (``λέγεται και ???``) is none."""
    said = name_phrases(language)
    found = (m["name"] for p in said.closing for m in p.finditer(body))
    kept = (n for n in found if re.match(r"[^\W\d_]", n) and _one_list(n, said))
    return [name for n in kept for name in _listed_names(n, said) if _short_name(name, said)]


def _short_name(name: str, said: NamePhrases) -> bool:
    words = name.casefold().split()
    return 0 < len(words) <= _MAX_ALSO_WORDS and not said.clause_words.intersection(words)


def _restates(phrase: str, said: NamePhrases) -> bool:
    words = phrase.casefold().split()
    described = bool(words) and words[0] in said.articles
    clause = said.clause_words.intersection(words)
    return described and len(words) <= _MAX_PHRASE_WORDS and not clause


def _one_list(names: str, said: NamePhrases | None = None) -> bool:
    """``the pack, bunch or field``: names, the last after "or"; not ``field, rides on``."""
    joins = "|".join(map(re.escape, (said or name_phrases(None)).joins))
    return "," not in names or bool(re.search(rf"\b(?:{joins})\s+[^,]+$", names))


def _listed_names(text: str, said: NamePhrases | None = None) -> list[str]:
    """``a tip, outer node, or terminal node`` -> each name; ``freewheeling or snubber
    diode`` -> ``freewheeling diode``, ``snubber diode`` (a lone first word shares the
    second name's head noun, where a language puts it last); quotes around a name are no
    part of it."""
    said = said or name_phrases(None)
    joins = "|".join(map(re.escape, said.joins))
    split = re.compile(rf"\s*,\s*(?:(?:{joins})\s+)?|\s+(?:{joins})\s+")
    parts = [" ".join(re.sub(r"[\"“”]", "", p).strip("' ").split()) for p in split.split(text)]
    parts = [_without_article(p, said) for p in parts if p]
    lone_first = len(parts) == 2 and len(parts[0].split()) == 1 and len(parts[1].split()) > 1
    if said.shared_head and lone_first:
        parts[0] = f"{parts[0]} {parts[1].split()[-1]}"
    return parts


def _without_article(name: str, said: NamePhrases) -> str:
    first, _, rest = name.partition(" ")
    return rest if rest and first.casefold() in said.articles else name


# "Crude mortality (or death) rate", "Birth defect rate (also called congenital anomaly rate)",
# "commit-ish (also committish)".
_SECOND_NAME = re.compile(
    r"^(?P<head>[^()]*?)\s*\((?:or|aka|a\.k\.a\.?|also called|also known as|also)\s+"
    r"(?P<name>[^()]{1,80}?)\s*\)(?P<tail>[^()]*)$",
    re.IGNORECASE,
)


def second_name_aliases(title: str) -> list[str]:
    """The other name a title gives in parentheses: at its end, that name alone
    (``Birth defect rate (also called malformation rate)`` -> ``malformation rate``);
    inside it, the title with the name in place of as many words before the parentheses
    (``Crude mortality (or death) rate`` -> ``Crude death rate``)."""
    match = _SECOND_NAME.match(display_title(title)) if len(title) <= MAX_ALIAS_SOURCE else None
    if not match:
        return []
    head, name, tail = match.group("head").split(), match.group("name"), match.group("tail")
    if not tail.strip():
        return _comma_or_names(name)
    kept = head[: max(0, len(head) - len(name.split()))]
    return [" ".join([*kept, name, *tail.split()])]


_MAX_JOINED_WORDS = 3
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def joined_title_names(title: str, language: str | None) -> list[str]:
    """``καρένα ή καρίνα``, ``υδραίικος βαρκαλάς ή υδραίικια βάρκα``: in a glossary of a
    language that lists its own "or" in the data (name_phrases.json; English's titles have
    their own rule, title_names.joined_names, as "True or False" names no one term), a
    title joining two short names of plain words with that word gives both names."""
    joins = name_phrases(language).title_joins if language not in (None, "en") else ()
    if not joins or len(title) > MAX_ALIAS_SOURCE:
        return []
    alternation = "|".join(map(re.escape, joins))
    sides = [" ".join(s.split()) for s in re.split(rf"\s+(?:{alternation})\s+", title.strip())]
    if len(sides) != 2 or sides[0].casefold() == sides[1].casefold():
        return []
    plain = all(
        len(s.split()) <= _MAX_JOINED_WORDS and all(map(_NAME_WORD.fullmatch, s.split()))
        for s in sides
    )
    return sides if plain else []


# "Low-Pressure Area, or simply Low or Depression": a comma before "or" marks a list of names
# ("or simply" / "or just" give the shorter ones). Without the comma, "congenital anomaly or
# malformation rate" may share its head noun and stays one string.
_COMMA_OR = lazy_regex(r",\s+or\s+(?:simply\s+|just\s+)?|\s+or\s+", re.IGNORECASE)


def _comma_or_names(name: str) -> list[str]:
    if not re.search(r",\s+or\s", name):
        return [name]
    parts = [" ".join(p.split()) for p in _COMMA_OR.split(name)]
    short = all(0 < len(p.split()) <= _MAX_ALSO_WORDS for p in parts)
    return parts if short else [name]


# "Adverse event (AE); synonym: Adverse experience", "Spontaneous report, synonym: Spontaneous
# notification": the term, then the other names the title lists after "synonym(s):".
_TITLE_SYNONYMS = re.compile(
    r"^(?P<head>[^;:]+?)\s*[;,]\s*synonyms?\s*:\s*(?P<names>\S.*)$", re.IGNORECASE
)
_OUTSIDE_BRACKETS = re.compile(r"\s*[,;]\s*(?![^()]*\))")
# "Suspected adverse (drug) reaction": a word in brackets inside a name that may be left out
_OPTIONAL_WORD = re.compile(r"\s\((?P<word>[a-z][\w-]*(?:\s[a-z][\w-]*)?)\)\s(?=\w)")


def title_synonyms(title: str) -> tuple[str, list[str]]:
    """The term a title names and the synonyms it lists: ``Adverse reaction; synonyms:
    Adverse drug reaction (ADR), Adverse effect`` -> (``Adverse reaction``, [``Adverse drug
    reaction (ADR)``, ``Adverse effect``]); a title listing none is itself, no names. A
    name with an optional word in brackets (``Adverse (drug) reaction report``) is also
    spelled with and without it."""
    match = _TITLE_SYNONYMS.match(title) if len(title) <= MAX_ALIAS_SOURCE else None
    if not match:
        return _semicolon_names(title)
    names: list[str] = []
    for name in _OUTSIDE_BRACKETS.split(match.group("names")):
        name = " ".join(name.split()).rstrip(".")
        if not name:
            continue
        names.append(name)
        if _OPTIONAL_WORD.search(name):
            names += [_OPTIONAL_WORD.sub(r" \g<word> ", name), _OPTIONAL_WORD.sub(" ", name)]
    return match.group("head"), names


_SEMICOLON = re.compile(r"\s*;\s+(?![^()]*\))")  # "tl;dr" is one word
_MAX_LISTED_WORDS = 4
_NO_NAME = re.compile(r"[.:!?…]$|[.!?]\s|^(?:see|cf)\b", re.IGNORECASE)


def _semicolon_names(title: str) -> tuple[str, list[str]]:
    """``BISQUE ROLLER; ROULETTE; COGGLE``, ``Blunge; blunging``: short names of one term
    listed with semicolons (outside brackets); the first is the title, the others its
    names. A part that reads as a sentence or a pointer (``see ...``) keeps the title whole."""
    parts = [" ".join(p.split()) for p in _SEMICOLON.split(title)]
    if len(parts) < 2 or len(title) > MAX_ALIAS_SOURCE:
        return title, []
    if not all(0 < len(p.split()) <= _MAX_LISTED_WORDS and not _NO_NAME.search(p) for p in parts):
        return title, []
    return parts[0], parts[1:]


# "(Step-by-Step or Strowger switch) - An electromechanical ...", "(often called reorder) -
# An audible busy signal ...": the definition opens with the term's other names in
# parentheses, set off from its text by a dash.
_OPENING_NAMES = re.compile(r"^\((?P<names>[^()\n]{2,80})\)[ \t]*[-\u2013\u2014][ \t]")
_NAMING = re.compile(
    r"^(?:(?:often|also|sometimes|commonly)[ \t]+)?(?:called|known as|referred to as)[ \t]+"
    r"|^or[ \t]+",
    re.IGNORECASE,
)


def opening_names(title: str, body: str) -> list[str]:
    """The other names a definition opens with in parentheses before a dash: ``SxS``
    defined as ``(Step-by-Step or Strowger switch) - An electromechanical ...`` gets both
    names, ``Fast Busy`` as ``(often called reorder) - ...`` gets ``reorder``. A note in
    parentheses with no dash after it (``(ringing).``, ``(noun) A ...``) names nothing."""
    match = _OPENING_NAMES.match(body[:MAX_ALIAS_SOURCE].lstrip())
    if match is None:
        return []
    found = _listed_names(_NAMING.sub("", match.group("names").strip()))
    return [n for n in found if 0 < len(n.split()) <= _MAX_ALSO_WORDS and n != title]


# 'It is often referred to as the "target".': only a quoted name is taken.
_QUOTED_NAME = re.compile(
    r"\b(?:referred to as|also called|also known as|can be called)\s+(?:the\s+|an?\s+)?"
    r"[\"“]([^\"”\n]{2,40})[\"”]",
    re.IGNORECASE,
)


def quoted_aliases(body: str) -> list[str]:
    """Names the definition gives in quotes: ``often referred to as the "target"``."""
    if len(body) > 20 * MAX_ALIAS_SOURCE:
        body = body[: 20 * MAX_ALIAS_SOURCE]
    return [" ".join(m.group(1).split()) for m in _QUOTED_NAME.finditer(body)]
