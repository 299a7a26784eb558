"""Records of tabular and data glossaries (CSV rows, YAML/JSON objects) to Sections.

Which column or key holds the term, the definition, the aliases, an explicit
id and a link is found by name (``Term``/``Word``/``Name``,
``Definition``/``Meaning``/``Description``, ...) unless corpus.toml names it.
Other short text fields become ``Name: value`` lines (Section.fields), which the
body carries after the definition and the entry lists apart (models.Entry.fields).
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rag_glossary.parsing.base import Section, acronym_aliases, defined_acronym_aliases
from rag_glossary.parsing.clean import markdown_text
from rag_glossary.parsing.mojibake import fix_mojibake
from rag_glossary.parsing.record_prose import prose_paragraphs
from rag_glossary.parsing.slug import slugify

TERM_NAMES = (
    "term", "name", "word", "title", "concept", "headword", "entry", "label", "keyword",
    "glossary term", "acronym", "abbreviation",
    # Dutch (woord, begrip, trefwoord)
    "woord", "begrip", "trefwoord",
)  # fmt: skip
DEFINITION_NAMES = (
    "definition", "def", "meaning", "description", "explanation", "desc", "gloss",
    "summary", "text", "body", "content", "details", "value", "long", "sense",
    # Dutch (betekenis, definitie, omschrijving, uitleg)
    "betekenis", "definitie", "omschrijving", "uitleg",
    # Japanese, Chinese, Korean, Vietnamese (definition, explanation)
    "定義", "定义", "釋義", "释义", "説明", "说明", "解釋", "解释", "정의", "설명", "định nghĩa",
    "giải thích",
)  # fmt: skip
# SKOS's ``altLabel`` and the usual schema spellings of "other names of the term".
ALIAS_NAMES = (
    "aliases", "alias", "synonyms", "synonym", "abbreviation", "abbr", "acronym",
    "also known as", "aka", "also called", "alternate names", "alternate name", "other names",
    "other name", "alternative names", "alternative name", "alternative terms",
    "alternate terms", "alt labels", "alt label", "altlabel", "altlabels", "skos:altlabel",
    "alternative labels", "alternative label",
    # an abbreviation's spelled-out form, kept beside it (``{name: 'ASIN', full: '...'}``)
    "full", "full form", "full name", "expansion", "long form", "stands for",
)  # fmt: skip
# A one-line summary next to the definition (kgateway's ``short:`` beside ``long:``): text
# that opens the entry's body, not another name of the term.
SUMMARY_NAMES = ("short", "short description", "tagline", "tldr", "brief")
ID_NAMES = ("id", "slug", "anchor")
# A record that only names the entry it is another spelling or name of (a dictionary's
# variant line: ``{"plaintext": "bawde", "synonymOf": "baude"}``): folded into that entry.
POINTER_NAMES = (
    "synonym of", "variant of", "alias of", "alternative of", "other name of", "same as",
    "see", "use", "redirect", "redirect to", "abbreviation of", "short for",
)  # fmt: skip
URL_NAMES = ("url", "link", "href", "permalink", "source url", "website")
SEE_ALSO_NAMES = (
    "see also", "related", "related terms", "ref", "refs", "cross reference", "intra link",
    # Japanese, Chinese, Korean, Vietnamese (related terms, see also)
    "関連用語", "関連項目", "相关术语", "相關術語", "相关概念", "参见", "參見", "관련 용어",
    "관련 항목", "thuật ngữ liên quan", "xem thêm",
)  # fmt: skip
# Bookkeeping about the record, not about the term: never shown as a "Name: value" line.
_HOUSEKEEPING_NAMES = frozenset(
    (
        "license", "licence", "status", "draft", "version", "author", "authors",
        "contributors", "owner", "maintainer", "reviewer", "reviewed by", "last reviewed",
        "last updated", "last modified", "updated", "modified", "created", "date", "layout",
        "order", "weight", "sort", "part of speech", "pos",
    )
)  # fmt: skip
_TYPO_MIN_CHARS = 7  # "defnition" is "definition"; a short name is too easy to hit by chance
MAX_FIELD_CHARS = 300  # a longer value is text, no field (md_fields.py too)
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # "synonymOf", not "iOS" or "URLs"
_SLUG_LIKE = re.compile(r"[^\W_]+(?:[-_]+[^\W_]+)+")
_HTML_TAG = re.compile(r"<[^<>\n]{0,500}>")


@dataclass(frozen=True)
class FieldSpec:
    """Column or key names from corpus.toml (None: find by name)."""

    term: str | None = None
    definition: str | None = None
    aliases: str | None = None
    id: str | None = None
    link: str | None = None
    delimiter: str | None = None
    language: str | None = None  # multilingual YAML/JSON: which language to read


@dataclass(frozen=True)
class Columns:
    """Where each role sits in one record's keys (None: absent)."""

    term: str | None
    definition: str | None
    aliases: str | None
    id: str | None
    link: str | None
    see_also: str | None
    more_definition: str | None = None  # ``long_def`` next to ``short_def``: read both
    summary: str | None = None  # a one-line summary: the body's first paragraph
    # More alias-named keys (``abbreviation`` and ``alt_labels`` in one record): all are names.
    more_aliases: tuple[str, ...] = ()

    def alias_keys(self) -> tuple[str, ...]:
        """Every key holding other names of the term."""
        return (self.aliases, *self.more_aliases) if self.aliases else self.more_aliases


def key_name(key: str) -> str:
    """``Also_Known-As`` (or ``synonymOf``) -> ``also known as`` (``synonym of``): how field
    names are compared."""
    return _key_name(str(key))


@functools.lru_cache(maxsize=4096)  # the same field names are read in every record of a file
def _key_name(key: str) -> str:
    spaced = _CAMEL_HUMP.sub(" ", key)
    return " ".join(re.sub(r"[_\-.]+", " ", spaced).split()).casefold()


def _find(
    keys: Sequence[str], wanted: str | None, names: Sequence[str], taken: set[str]
) -> str | None:
    if wanted is not None:
        target = key_name(wanted)
        return next((k for k in keys if key_name(k) == target), None)
    by_name = {key_name(k): k for k in keys if k not in taken}
    return next((by_name[n] for n in names if n in by_name), None)


def _misspelled(keys: Sequence[str], names: Sequence[str], taken: set[str]) -> str | None:
    """A key one typo away from a long known name (``derinition``, ``defnition``)."""
    long_names = [n for n in names if len(n) >= _TYPO_MIN_CHARS]
    return next(
        (k for k in keys if k not in taken and any(_one_edit(key_name(k), n) for n in long_names)),
        None,
    )


def _one_edit(a: str, b: str) -> bool:
    """One substitution, insertion or deletion turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def find_columns(keys: Sequence[str], spec: FieldSpec) -> Columns:
    """The term, definition, alias, id and link columns among ``keys``."""
    known = tuple(keys)
    if len(known) > _CACHED_KEYS:
        return _columns.__wrapped__(known, spec)  # a table's header line, read once
    return _columns(known, spec)


# A data file's records mostly share one key set, read once for them all.
_CACHED_KEYS = 32


@functools.lru_cache(maxsize=1024)
def _columns(keys: tuple[str, ...], spec: FieldSpec) -> Columns:
    taken: set[str] = set()
    found: dict[str, str | None] = {}
    for role, names in (
        ("term", TERM_NAMES),
        ("definition", DEFINITION_NAMES),
        ("id", ID_NAMES),
        ("link", URL_NAMES),
        ("aliases", ALIAS_NAMES),
        ("see_also", SEE_ALSO_NAMES),
        ("summary", SUMMARY_NAMES),
    ):
        key = _find(keys, getattr(spec, role, None), names, taken)
        if key is None and role == "definition" and spec.definition is None:
            key = _misspelled(keys, names, taken)
        found[role] = key
        if key is not None:
            taken.add(key)
    more = None
    if found["definition"] is None and spec.definition is None:
        compound = [k for k in keys if k not in taken and _compound_definition(k)]
        found["definition"], more = [*compound, None, None][:2]
    more_aliases: tuple[str, ...] = ()
    if spec.aliases is None:
        more_aliases = tuple(k for k in keys if k not in taken and key_name(k) in ALIAS_NAMES)
    return Columns(
        term=found["term"],
        definition=found["definition"],
        aliases=found["aliases"],
        id=found["id"],
        link=found["link"],
        see_also=found["see_also"],
        more_definition=more,
        summary=found["summary"],
        more_aliases=more_aliases,
    )


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
_ROLE_WORDS = frozenset((*TERM_NAMES, *DEFINITION_NAMES, *ID_NAMES, *URL_NAMES))


def language_keys(keys: Sequence[str], spec: FieldSpec) -> dict[str, str]:
    """``term_en``/``definition_en``/``term_ru``/``definition_ru`` (also ``en_term``,
    ``termEn``, ``Term (EN)``): the keys of one language renamed to their role
    (``{"term_en": "term", "definition_en": "definition"}``); empty when no language has
    both a term and a definition key. corpus.toml's ``language`` is read, else English,
    else the first language."""
    by_language: dict[str, dict[str, str]] = {}
    for key in keys:
        named = language_named(str(key))
        if named is not None:
            by_language.setdefault(named[1], {}).setdefault(key, named[0])
    complete = {
        lang: found
        for lang, found in by_language.items()
        if any(n in TERM_NAMES for n in found.values())
        and any(n in DEFINITION_NAMES for n in found.values())
    }
    if not complete:
        return {}
    wanted = spec.language or "en"
    if wanted in complete:
        return complete[wanted]
    return {} if spec.language else next(iter(complete.values()))


def language_named(key: str) -> tuple[str, str] | None:
    """(role name, language code) of ``term_en``, ``en_term``, ``termEn``, ``Term (EN)``."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key)
    words = key_name(re.sub(r"[()\[\]]", " ", spaced)).split()
    if len(words) < 2 or " ".join(words) in POINTER_NAMES:  # "synonymOf" is no language "of"
        return None
    for name, lang in ((words[:-1], words[-1]), (words[1:], words[0])):
        role = " ".join(name)
        named = role in (*TERM_NAMES, *DEFINITION_NAMES, *ALIAS_NAMES)
        if named and _LANGUAGE_CODE.fullmatch(lang) and lang not in _ROLE_WORDS:
            return role, lang
    return None


def _compound_definition(key: str) -> bool:
    """``short_def``, ``long_definition``, ``description_en``: a definition name and one
    qualifier that names no other role."""
    words = key_name(key).split()
    if len(words) != 2 or not any(w in DEFINITION_NAMES for w in words):
        return False
    other = words[1] if words[0] in DEFINITION_NAMES else words[0]
    return other not in (*TERM_NAMES, *ID_NAMES, *URL_NAMES)


def plain(value: object) -> str:
    """A field's readable text: entities decoded, HTML tags dropped, mojibake fixed."""
    if value is None or isinstance(value, Mapping | list | tuple):
        return ""
    text = str(value)
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = fix_mojibake(text.replace("\r\n", "\n").replace("\r", "\n")).replace("\\\n", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line).strip()


def _items(value: object) -> list[str]:
    if isinstance(value, list | tuple):
        return [t for v in value if (t := plain(v))]
    text = plain(value)
    return [p.strip() for p in re.split(r"[;,|]", text) if p.strip()] if text else []


def title_of(term: str) -> str:
    """A slug-like key (``volcano-plot``) reads as words; anything else as written."""
    term = " ".join(term.split())
    slug_like = _SLUG_LIKE.fullmatch(term) and term == term.lower()
    return re.sub(r"[-_]+", " ", term) if slug_like else term


def slug_keyed(terms: Sequence[str]) -> bool:
    """True when a data file writes its many-word terms as slugs (``volcano-plot``)."""
    multi = [t for t in terms if re.search(r"[\s_-]", t.strip())]
    slugs = sum(bool(_SLUG_LIKE.fullmatch(t.strip())) and t == t.lower() for t in multi)
    return bool(multi) and slugs >= 0.8 * len(multi)


def section_of(
    record: Mapping[str, object],
    cols: Columns,
    line: int,
    term: str | None = None,
    *,
    humanize: bool = False,
    markdown: bool = False,
) -> Section | None:
    """One record as a Section; None when it has no term.

    ``humanize``: the file writes terms as slugs, so ``volcano-plot`` is titled
    ``volcano plot`` (its anchor stays ``volcano-plot``). ``markdown``: the
    definition is Markdown (YAML/JSON values), rendered as Markdown bodies are.
    """
    raw = term if term is not None else plain(record.get(cols.term) if cols.term else None)
    raw = " ".join(raw.split())
    if not raw:
        return None
    title = title_of(raw) if humanize else raw
    values = [record.get(c) for c in (cols.definition, cols.more_definition) if c]
    if markdown:
        values = [markdown_text(v) if isinstance(v, str) else v for v in values]
    definition = "\n\n".join(text for v in values if (text := plain(v)))
    explicit = slugify(plain(record.get(cols.id))) if cols.id else ""
    aliases = [name for key in cols.alias_keys() for name in _items(record.get(key))]
    summary = plain(record.get(cols.summary)) if cols.summary else ""
    if summary and not re.search(r"\s", summary):
        aliases.append(summary)  # ``short: API``: an abbreviation
    elif summary and summary.casefold() not in definition.casefold():
        definition = f"{summary}\n\n{definition}".strip()
    link = plain(record.get(cols.link)) if cols.link else _url_field(record, cols)
    more = prose_paragraphs(record, _used(cols), definition, markdown=markdown)
    body = "\n\n".join([definition, *more]).strip()
    return Section(
        title=title,
        line=line,
        body=body,
        fields=_metadata(record, cols) if body else [],
        aliases=[*aliases, *acronym_aliases(title), *defined_acronym_aliases(title, definition)],
        see_also=(_items(record.get(cols.see_also)) if cols.see_also else [])
        or closing_pointer(definition),
        slug_text=raw,
        anchor=explicit or (slugify(raw) if title != raw else None),
        url=link if link.startswith(("http://", "https://")) else None,
    )


# "Adding clay to surface of work as forming/decorating method.  See subtractive.": the
# definition's last sentence sends the reader to another entry by its name.
_CLOSING_SEE = re.compile(
    r"(?<=[.!?])\s+[Ss]ee\s+(?!also\b|below\b|above\b|page\b|p\.|fig|table\b|chapter\b"
    r"|section\b|appendix\b|separate\b|http)(?P<name>[^\W\d_][\w'-]*(?:\s[\w'-]+){0,3})\.?\s*$"
)


def closing_pointer(definition: str) -> list[str]:
    """The name a definition's closing ``See X.`` sentence points to (its text stays), for
    a record with no see-also field of its own. A definition that is only the pointer is
    read by redirects.alias_pointers."""
    match = _CLOSING_SEE.search(definition.strip())
    return [match.group("name")] if match else []


_URL_ONLY = re.compile(r"https?://\S+")


def _url_field(record: Mapping[str, object], cols: Columns) -> str:
    """The first field whose value is one URL ("wikipedia: https://..."): with no link
    column, it is the record's link (the Sources list shows it, the body does not)."""
    used = _used(cols) - {cols.link}
    urls = (plain(v) for k, v in record.items() if k not in used)
    return next((url for url in urls if _URL_ONLY.fullmatch(url)), "")


def _used(cols: Columns) -> set[str | None]:
    return {
        cols.term, cols.definition, cols.more_definition, *cols.alias_keys(), cols.id,
        cols.link, cols.see_also, cols.summary,
    }  # fmt: skip


def _metadata(record: Mapping[str, object], cols: Columns) -> list[str]:
    """The record's other short fields as ``Name: value`` lines (Entry.fields)."""
    used = _used(cols)
    extra = []
    for key, value in record.items():
        text = plain(value)
        if key in used or not text or len(text) > MAX_FIELD_CHARS or _URL_ONLY.fullmatch(text):
            continue
        if len(text) == 1:
            continue  # an index letter (``letter: 'A'``) or a flag: nothing to read
        if housekeeping(str(key), value):
            continue
        extra.append(f"{' '.join(str(key).split())}: {' '.join(text.split())}")
    return extra


def housekeeping(key: str, value: object) -> bool:
    """Bookkeeping about the record: a named one, a record number (``term_id``) or a
    yes/no flag (``translatable: false``)."""
    name = key_name(key)
    return name in _HOUSEKEEPING_NAMES or name.endswith(" id") or isinstance(value, bool)
