"""Which non-heading format a file is in: HTML, JSON, YAML, CSV/TSV, reST or structured Markdown.

Content decides; the extension only breaks ties a sample cannot (YAML, CSV):
a ``.csv`` that is really a Markdown table is read as one, a ``.txt`` holding
JSON as JSON. Nothing here imports a parser library.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from rag_glossary.corpus_files import ROFF_SUFFIXES
from rag_glossary.parsing.fields import DEFINITION_NAMES, TERM_NAMES, key_name
from rag_glossary.parsing.md_flashcards import is_flashcards
from rag_glossary.parsing.md_glossed_terms import (
    FOOTNOTE_MARKS,
    LANGUAGE_NAMES,
    without_anchor_lines,
)
from rag_glossary.parsing.md_leads import LABELED_LINE, run_in_count
from rag_glossary.parsing.md_run_in import RUN_IN_HEAD, mostly_opened

# Comments before the first tag: with re.S one ``<!--.*?-->`` already spans any run of
# comments, so the group is optional, not repeated (``(...)*`` matched the same texts but
# tried every grouping of the comments, exponentially, when no tag followed).
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)?<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_RST_GLOSSARY = re.compile(r"^\s*\.\. glossary::", re.M)
# GFM: one dash per cell is enough (``| - | - |``, ``|:-|:-|``); outer pipes are optional,
# but ``- | -`` is a list item (markdown-it's table rule says so too).
_MD_TABLE_SEPARATOR = re.compile(r"^\s*(?!-\s)\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")
_ROW_PIPE = re.compile(r"(?<!\\)\|")  # a cell border, not an escaped ``\|``
_TERM_ROWS = 3  # rows of a table of terms whose header names no role
_NAME_WORDS = 3  # mean words of a term cell at most
_TEXT_WORDS = 6  # mean words of a definition cell at least (md_tables.py's prose column)
_OWN_IAL = r"\{:?[ \t]*#[^{}\n]*\}\s*"  # "**Term** { #id }: ...": the term's own anchor
# "**Effektgap** *(residual gap)*": the term's other names in an italic bracket (md_leads.py);
# "**anu**&#178; (en: unknown)": footnote marks, names by language code (md_glossed_terms.py).
_ITALIC_NAMES = r"(?:[*_]\([^()\n]{1,80}\)[*_]|\([*_][^()\n]{1,80}[*_]\))[ \t]*"
_BOLD_TERM = re.compile(
    r"^\s{0,3}(?:[-*+]\s+|\d+[.)]\s+)?(\*\*|__)(?=\S)[^*_\n]{1,100}?"
    r"(?:(?<=:)\1|(?<=[^.]\.)\1(?=[ \t]+\S)"
    r"|(?<=\S)\1(?:" + FOOTNOTE_MARKS + r")?\s*(?:" + _OWN_IAL + r")?(?:" + _ITALIC_NAMES + r")?"
    r"(?:" + LANGUAGE_NAMES + r"[ \t]*)?(?:[:\-–—]|<br\s*/?>|$))"
)
_PLAIN_PER_HEADING = 4
# ``- A [**_space_**](url) defines ...``: a list item whose sentence opens with its bold term.
_SENTENCE_TERM = re.compile(
    r"^\s{0,3}[-*+][ \t]+(?:(?:A|An|The)[ \t]+)?(\[)?(\*\*|__)(?=\S)[^*\n]{1,100}?(?<=\S)\2"
    r"(?(1)\]\([^()\s]*\))(?:[ \t]+[a-z(]|,[ \t]+[a-z])"
)
_BOLD_MARKUP = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+|\*\*|__|[:\-\u2013\u2014]\s*$")
_DEFLIST_MARK = re.compile(r"^ {0,3}:[ \t]+\S")
# ``- Feature Column: A set of ...`` (``1. Epoch - A pass ...``): a top-level list item
# naming a short plain term. Words are split at blanks only: letting a blank be empty made a
# long line without blanks (Chinese text) try every split into six words. A full-width colon
# needs no blank after it (``* Consensus（共识）：分布式...``).
_PLAIN_TERM = re.compile(
    r"^(?:[-*+]|\d{1,3}[.)])[ \t]+(?=[^\s:：*_`\[<#>|])"
    r"(?:[^\s:：]+(?:[ \t]+[^\s:：]+){0,5}[ \t]*(?::(?:[ \t]|$)|：)"
    r"|(?:[^\s:]+[ \t]+){1,6}[-\u2013\u2014][ \t]+\S)"
)
# A line of a paragraph: not a list item, heading, table row, quote, HTML or blank.
_PROSE_LINE = re.compile(r"^ {0,3}(?![-*+>#|<:]|\d{1,3}[.)][ \t])\S")
_MYST_GLOSSARY = re.compile(r"^(?:`{3,}|:{3,})\s*\{glossary\}", re.M)
_CSV_EXT = (".csv", ".tsv", ".tab", ".psv")
_YAML_EXT = (".yml", ".yaml")
_HTML_EXT = (".html", ".htm", ".xhtml")
# A Jinja / Django / Liquid template ("{% extends 'base.html' %}") opens with tags, not "<".
TEMPLATE_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}|\{\{.*?\}\}", re.S)
_BLOCK_ELEMENT = re.compile(
    r"<(?:div|dl|table|section|main|article|body|ul|ol|p|h[1-6])\b", re.IGNORECASE
)
_RST_EXT = (".rst", ".rest")
_JSON_EXT = (".json",)
_ASCIIDOC_EXT = (".adoc", ".asciidoc")
_TEXT_EXT = (".md", ".markdown", ".mdx", ".txt")
_LATEX_EXT = (".tex",)
BIB_EXT = (".bib",)
_TOML_EXT = (".toml",)
_PYTHON_EXT = (".py",)
_XML_EXT = (".xml", ".dita", ".dbk", ".tbx", ".xlf", ".xliff", ".tmx")
_JS_EXT = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx")
_GETTEXT_EXT = (".po", ".pot")
CPP_EXT = (".cpp", ".cc", ".cxx", ".hpp", ".hh", ".h")  # C++: its string maps (source_maps)
RESOURCE_EXT = {".resx": "resx", ".properties": "properties", ".strings": "strings"}
_NOTEBOOK_EXT = (".ipynb",)
_SQL_EXT = (".sql",)
JSON_LINES_EXT = (".jsonl", ".ndjson")
JSON_LD_EXT = (".jsonld",)
PHP_EXT = (".php", ".phtml")
SKOS_EXT = (".ttl", ".rdf", ".skos")
_TEXINFO_EXT = (".texi", ".texinfo", ".txi", ".w")
SOURCE_EXT = (".cs", ".java", ".kt", ".kts", ".swift", ".go", ".rs", ".dart", ".scala", *CPP_EXT)
POD_EXT = (".pod", ".pm", ".pl")
COMPONENT_EXT = (".vue", ".svelte", ".astro")
LUA_EXT = (".lua",)
RUBY_EXT = (".rb",)
ELIXIR_EXT = (".ex", ".exs")
CLOJURE_EXT = (".clj", ".cljs", ".cljc", ".edn")
# Page templates that nest elements by indentation (indent_markup.py): by extension only.
TEMPLATE_EXT = {".haml": "haml", ".slim": "slim", ".pug": "pug", ".jade": "pug"}
SCRIBBLE_EXT = (".scrbl",)
ROFF_EXT = ROFF_SUFFIXES


def sniff_format(sample: str, filename: str = "") -> str | None:
    """``html``, ``json``, ``yaml``, ``toml``, ``csv``, ``rst``, ``asciidoc``, ``latex``,
    ``bibtex``, ``python``, ``xml``, ``javascript``, ``gettext``, ``resx``, ``properties``,
    ``strings``, ``notebook``, ``sql``, ``texinfo``, ``roff``, ``jsonl``, ``jsonld``, ``php``,
    ``skos``, ``source``, ``pod``, ``component``, ``lua``, ``ruby``, ``elixir``, ``clojure``,
    ``haml``, ``slim``, ``pug``, ``scribble`` or ``md-terms`` (a Markdown table in a .csv),
    or None for Markdown/text (and Org) left to the heading dialects."""
    ext = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    stripped = sample.lstrip("\ufeff \t\r\n")
    if ext in _ASCIIDOC_EXT:
        return "asciidoc"
    if ext in _LATEX_EXT:
        return "latex"  # glossaries-package macros or nothing: never read as prose
    if ext in BIB_EXT:
        return "bibtex"  # bib2gls glossary records, or a bibliography: no entries
    if ext in _TOML_EXT:
        return "toml"  # by extension only: "[Term]" lines of a text file are no TOML
    if ext in _PYTHON_EXT:
        return "python"  # string constants read with ast, never run
    if ext in _XML_EXT:
        return "xml"
    if ext in _JS_EXT:
        return "javascript"  # data literals in code: by extension only
    if ext in _GETTEXT_EXT:
        return "gettext"  # a translation catalogue: by extension only
    if ext in RESOURCE_EXT:
        return RESOURCE_EXT[ext]  # key-value resources (.resx, .properties, .strings)
    if ext in _NOTEBOOK_EXT:
        return "notebook"  # Jupyter JSON: cells read by their type, outputs never
    if ext in _SQL_EXT:
        return "sql"  # the literal rows a script inserts, never run
    if ext in JSON_LINES_EXT:
        return "jsonl"  # one JSON value a line: by extension only
    if ext in JSON_LD_EXT:
        return "jsonld"  # linked data: its DefinedTerms and SKOS concepts
    if ext in PHP_EXT:
        return "php"  # code, page and scripts: by extension only, nothing run
    if ext in SKOS_EXT:
        return "skos"  # RDF (Turtle or RDF/XML) read for its SKOS concepts
    if ext in SOURCE_EXT:
        return "source"  # constructor calls and struct literals: by extension only
    if ext in LUA_EXT:
        return "lua"  # table constructors: by extension only
    if ext in RUBY_EXT:
        return "ruby"  # hash and array literals, seed calls: by extension only
    if ext in ELIXIR_EXT:
        return "elixir"  # maps, keyword lists and structs: by extension only
    if ext in CLOJURE_EXT:
        return "clojure"  # EDN data and defs' values: by extension only
    if ext in TEMPLATE_EXT:
        return TEMPLATE_EXT[ext]  # HAML / Slim / Pug markup: by extension only
    if ext in _TEXINFO_EXT:
        return "texinfo"  # @-commands: by extension only (a .w is sniffed when listed)
    if ext in SCRIBBLE_EXT:
        return "scribble"  # Racket's @-expressions: by extension only
    if ext in COMPONENT_EXT:
        return "component"  # markup and code of one web component: by extension only
    if ext in POD_EXT:
        return "pod"  # Perl's POD: by extension (Perl code listed only with a glossary part)
    if ext in ROFF_EXT:
        return "roff"  # requests and escapes: by extension (listed only when roff-shaped)
    if _HTML_START.match(stripped) or (ext in _HTML_EXT and _html_template(stripped)):
        return "html"
    if stripped[:1] in "[{" and (ext in _JSON_EXT or _is_json(stripped)):
        return "json"
    if ext in _JSON_EXT:
        return "json"
    if _RST_GLOSSARY.search(sample) or (ext in _RST_EXT and not _MYST_GLOSSARY.search(sample)):
        return "rst"
    if ext in _TEXT_EXT:
        return None
    if ext in _CSV_EXT:
        return "md-terms" if _markdown_table(sample) else "csv"
    if ext in _YAML_EXT:
        return "yaml"
    return None


def _html_template(sample: str) -> bool:
    """An .html file: markup first, or a template whose tags come before block elements."""
    if sample.startswith("<"):
        return True
    return bool(TEMPLATE_TAG.match(sample)) and bool(_BLOCK_ELEMENT.search(sample))


def markdown_structured(lines: Sequence[str], in_code: Sequence[bool], headings: int) -> bool:
    """Bold terms, term tables or definition lists name more terms than the headings do."""
    if any(_MYST_GLOSSARY.match(line) for line in lines) or is_flashcards(lines, in_code):
        return True
    lines = without_anchor_lines(lines, in_code)  # "&nbsp; ." over "**Term**"
    deflist = table_rows = plain = prose = run_in = 0
    bold: set[str] = set()  # the names bold terms give, each counted once
    heads: list[str] = []  # paragraphs opening with a bold term, separator or none
    bare = 0  # those with none
    starts = 0  # paragraphs
    previous = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        if in_code[i]:
            i += 1
            continue
        if not previous.strip() or previous.startswith("#"):
            head = RUN_IN_HEAD.match(line)
            starts += head is not None or _PROSE_LINE.match(line) is not None
            if head:
                heads.append(_bold_name(head.group(0)))
                bare += _BOLD_TERM.match(line) is None
        if bold_term := _BOLD_TERM.match(line) or _SENTENCE_TERM.match(line):
            bold.add(_bold_name(bold_term.group(0)))
            run_in += run_in_count(line)
        elif _PLAIN_TERM.match(line):
            plain += 1
        elif _DEFLIST_MARK.match(line) and _deflist_term(lines, i, previous):
            deflist += 1
        elif LABELED_LINE.match(line):
            deflist += 1  # ``Term:: definition``, a labeled list as AsciiDoc writes it
        elif i + 1 < len(lines) and "|" in line and _MD_TABLE_SEPARATOR.match(lines[i + 1]):
            rows = _table_rows(lines, i + 2)
            named = _term_header(line) or line.count("|") <= 3
            table_rows += rows if named or _term_cells(lines[i + 2 : i + 2 + rows]) else 0
            i += 2 + rows
            continue
        elif _PROSE_LINE.match(line):
            prose += 1
        previous = line
        i += 1
    # Plain ``- Term: def`` bullets count under at most a title heading, or when they are
    # many per heading (``## A`` letter groups): under ``## Term`` headings such bullets are
    # the terms' notes (``- Formula: ...``, two or three a term). Either way they must
    # outnumber the paragraphs: in prose about terms, such bullets are notes too.
    many = headings <= 1 or plain >= _PLAIN_PER_HEADING * headings
    lists_terms = many and plain > prose
    if mostly_opened(heads, starts, bare):  # "**account (konto)** Der er ...": md_run_in.py
        bold.update(heads)
    found = len(bold) + run_in + deflist + table_rows + (plain if lists_terms else 0)
    return found >= 3 and found > headings


def _deflist_term(lines: Sequence[str], i: int, previous: str) -> bool:
    """``: definition`` at ``lines[i]`` defines the term on the line above it, or (Pandoc,
    kramdown) on a one-line paragraph one blank line above (``DAP`` / blank / ``:   Vezi
    ...``); a definition's second ``:`` is no other term."""
    if previous.strip():
        return not _DEFLIST_MARK.match(previous)
    if i < 2 or not lines[i - 2].strip() or _DEFLIST_MARK.match(lines[i - 2]):
        return False
    return i < 3 or not lines[i - 3].strip()


def _bold_name(lead: str) -> str:
    """A bold lead's name as a key: a glossary names each term once, so a bold label
    that recurs (``**Why it matters:**``, ``**See also:**`` under every ``## Term``
    heading) is a field of the headings' entries and counts as one name, not a term each
    time it is written."""
    return " ".join(_BOLD_MARKUP.sub(" ", lead).split()).rstrip(":.").casefold()


def _table_rows(lines: Sequence[str], start: int) -> int:
    n = 0
    while start + n < len(lines) and "|" in lines[start + n] and lines[start + n].strip():
        n += 1
    return n


def _term_header(line: str) -> bool:
    cells = {key_name(c.strip(" *_`")) for c in line.strip().strip("|").split("|")}
    return bool(cells & set(TERM_NAMES)) or bool(cells & set(DEFINITION_NAMES))


def _term_cells(rows: Sequence[str]) -> bool:
    """Whatever language its header is in (``| Svenska | Engelska | Beskrivning |``), a
    table whose first column holds distinct short names and another column sentences is a
    term table (md_tables.py reads it so)."""
    cells = [[c.strip(" \t*_`") for c in _ROW_PIPE.split(row.strip().strip("|"))] for row in rows]
    names = [row[0].casefold() for row in cells if row[0]]
    if len(names) < _TERM_ROWS or len(set(names)) < len(names):
        return False
    if sum(len(n.split()) for n in names) > _NAME_WORDS * len(names):
        return False
    for k in range(1, max(len(row) for row in cells)):
        texts = [row[k] for row in cells if len(row) > k and row[k]]
        words = sum(len(t.split()) for t in texts)
        if len(texts) * 2 >= len(cells) and words >= _TEXT_WORDS * len(texts):
            return True
    return False


def _markdown_table(sample: str) -> bool:
    lines = [line for line in sample.split("\n")[:5] if line.strip()]
    return (
        len(lines) >= 2
        and lines[0].lstrip().startswith("|")
        and bool(_MD_TABLE_SEPARATOR.match(lines[1]))
    )


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True
