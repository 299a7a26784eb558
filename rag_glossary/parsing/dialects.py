"""Text of one glossary file to ``Entry`` records, through the parser of its dialect."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence

from rag_glossary.corpus_files import source_stem
from rag_glossary.errors import CorpusError, UsageError
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.models import Entry
from rag_glossary.parsing import (
    archive,
    asciidoc,
    bib_glossary,
    chapter,
    clojure_data,
    component_file,
    datafile,
    generic,
    gettext_catalog,
    jekyll,
    js_data,
    json_lines,
    jsonld,
    latex_glossary,
    md_terms,
    notebook,
    page_scripts,
    perl_data,
    php_page,
    pod,
    python_source,
    resource_files,
    roff,
    rst,
    scribble,
    script_data,
    site_text,
    skos,
    source_maps,
    sql_data,
    tabular,
    template_lines,
    term_page,
    texinfo,
    toml_data,
    web_annotations,
    xml_glossary,
)
from rag_glossary.parsing.base import Parsed, acronym_aliases, build_entries
from rag_glossary.parsing.clean import blank_html_comments, normalize_newlines, prepare
from rag_glossary.parsing.decode import decode
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.inline import clean_title
from rag_glossary.parsing.md_abbreviations import (
    Abbreviations,
    abbreviation_definitions,
    new_names,
)
from rag_glossary.parsing.md_html_lists import HtmlLists, html_definition_lists
from rag_glossary.parsing.md_references import add_reference_aliases
from rag_glossary.parsing.mdx import is_mdx, strip_mdx
from rag_glossary.parsing.mediawiki import is_mediawiki, mediawiki_source
from rag_glossary.parsing.org import is_org, org_markdown
from rag_glossary.parsing.sniff import sniff_dialect
from rag_glossary.parsing.wiki_markup import is_wiki_markup, wiki_to_markdown
from rag_glossary.validation import check_path, check_text

Parser = Callable[[Sequence[str], str], Parsed]
# Readers of the other formats get the text itself (newlines normalised) and the
# corpus.toml field names; each imports its parser library only when called.
Reader = Callable[[str, str, FieldSpec], Parsed]

PARSERS: dict[str, Parser] = {
    "ai-glossary": jekyll.parse,
    "site-text": site_text.parse,
    "chapter": chapter.parse,
    "archive": archive.parse,
    "annotations": web_annotations.parse,
    "generic": generic.parse,
    "term-page": term_page.parse,
}
READERS: dict[str, Reader] = {
    "md-terms": md_terms.parse_md_terms,
    "csv": tabular.parse_table,
    "yaml": datafile.parse_yaml,
    "json": datafile.parse_json,
    "jsonl": json_lines.parse_json_lines,
    "jsonld": jsonld.parse_jsonld,
    "toml": toml_data.parse_toml,
    "python": python_source.parse_python,
    "rst": rst.parse_rst,
    "html": page_scripts.parse_page,
    "asciidoc": asciidoc.parse_asciidoc,
    "latex": latex_glossary.parse_latex_glossary,
    "bibtex": bib_glossary.parse_bib_glossary,
    "xml": xml_glossary.parse_xml,
    "javascript": js_data.parse_js,
    "gettext": gettext_catalog.parse_po,
    "resx": resource_files.parse_resx,
    "properties": resource_files.parse_properties,
    "strings": resource_files.parse_strings,
    "notebook": notebook.parse_notebook,
    "sql": sql_data.parse_sql,
    "texinfo": texinfo.parse_texinfo,
    "roff": roff.parse_roff,
    "php": php_page.parse_php,
    "skos": skos.parse_skos,
    "source": source_maps.parse_program,
    "pod": pod.parse_pod,
    "perl-data": perl_data.parse_perl_data,
    "scribble": scribble.parse_scribble,
    "component": component_file.parse_component,
    "lua": script_data.parse_lua,
    "ruby": script_data.parse_ruby,
    "elixir": script_data.parse_elixir,
    "clojure": clojure_data.parse_clojure,
    "haml": template_lines.parse_haml,
    "slim": template_lines.parse_slim,
    "pug": template_lines.parse_pug,
}
DIALECTS: tuple[str, ...] = (*PARSERS, *READERS)
# Dialects that read Markdown source, where an HTML comment is not shown: its text goes.
MARKDOWN_DIALECTS = frozenset(
    ("ai-glossary", "chapter", "archive", "generic", "term-page", "md-terms")
)


def check_dialect(dialect: str) -> str:
    if dialect not in DIALECTS:
        raise UsageError(f"unknown dialect {dialect!r}: use one of {', '.join(DIALECTS)}")
    return dialect


def parse_document(
    text: str,
    source: str,
    dialect: str | None = None,
    *,
    file: str = "",
    url_base: str | None = None,
    fields: FieldSpec | None = None,
    warnings: list[str] | None = None,
) -> tuple[str, Parsed, list[Entry]]:
    """Like ``parse_text`` but also returns the dialect used and the document metadata.

    Problems worth a word (cut titles, a forced dialect that merges entries) are
    appended to ``warnings`` when given.
    """
    title = None
    if is_mdx(file):
        text = strip_mdx(text)
    elif is_org(file):
        org = org_markdown(text)  # Markdown, line for line
        text, title = org.text, org.title
    if is_mediawiki(file):  # MediaWiki by its name: templates, comments and categories go
        text = wiki_to_markdown(mediawiki_source(text), mediawiki=True)
    elif not is_org(file) and is_wiki_markup(text):  # DokuWiki / MediaWiki page source
        text = wiki_to_markdown(text)
    chosen = check_dialect(dialect) if dialect else sniff_dialect(text, file)
    spec = fields or FieldSpec()
    parsed = _read(chosen, text, source, spec)
    parsed.title = parsed.title or title
    if chosen in MARKDOWN_DIALECTS:
        _drop_outside_references(parsed, text)
        add_reference_aliases(parsed.sections, text)
    if parsed.note:
        _title_note(parsed, file or source)
    base = url_base or parsed.permalink
    entries = build_entries(
        parsed.sections, source, file=file or source, url_base=base, warnings=warnings
    )
    if dialect and warnings is not None:
        _check_forced(text, source, chosen, len(parsed.sections), file or source, spec, warnings)
    return chosen, parsed, entries


# "[wikipedia-cognitive-load]: https://en.wikipedia.org/...": a reference definition whose
# destination is another site. A "[Cognitive load][wikipedia-cognitive-load]" link names no
# entry (as an inline link to another site gives no see-also either).
_OUTSIDE_REFERENCE = lazy_regex(r"^ {0,3}\[([^\[\]\n]+)\]:[ \t]*<?https?://", re.MULTILINE)


def _drop_outside_references(parsed: Parsed, text: str) -> None:
    labels = {m.group(1).strip().casefold() for m in _OUTSIDE_REFERENCE.finditer(text)}
    if not labels:
        return
    for section in parsed.sections:
        section.see_also = [s for s in section.see_also if s.casefold() not in labels]


def _title_note(parsed: Parsed, file: str) -> None:
    """A note's one entry takes its title from the file name (``Markov property.md``)."""
    title = clean_title(os.path.splitext(os.path.basename(file))[0]) or file
    for section in parsed.sections:
        section.title = section.slug_text = title
        section.aliases = [*acronym_aliases(title), *section.aliases]
    if len(parsed.sections) == 1 and (match := _OTHER_NAME_OF.match(parsed.sections[0].body)):
        parsed.redirect = match.group(1)  # "Synonym for Deep Q-Network.": another name of it


# A note that only says whose other name it is (Google's ML glossary: "Synonym for X.",
# "Abbreviation for X.").
_OTHER_NAME_OF = re.compile(
    r"^\s*(?:synonym|abbreviation|acronym|short|another name|other name) (?:for|of)\s+"
    r"([^.\n]{2,80}?)\.?\s*$",
    re.IGNORECASE,
)


def read_embedded(text: str, source: str, fields: FieldSpec, file: str) -> tuple[str, Parsed]:
    """A glossary held inside another file (a notebook's Markdown cells, a string in a
    Python module), read as a file of its own named ``file`` would be: (dialect, Parsed)."""
    dialect = sniff_dialect(text, file)
    parsed = _read(dialect, text, source, fields)
    if dialect in MARKDOWN_DIALECTS:
        _drop_outside_references(parsed, text)
        add_reference_aliases(parsed.sections, text)
    return dialect, parsed


def _read(dialect: str, text: str, source: str, fields: FieldSpec) -> Parsed:
    listed = HtmlLists(text, ())
    abbreviations = Abbreviations(text, ())
    if dialect in MARKDOWN_DIALECTS:
        listed = html_definition_lists(blank_html_comments(normalize_newlines(text)))
        abbreviations = abbreviation_definitions(listed.text)
        text = abbreviations.text
    if dialect in READERS:
        parsed = READERS[dialect](normalize_newlines(text), source, fields)
    elif abbreviations.sections and not text.strip():
        parsed = Parsed([])  # an abbreviations snippet and nothing else
    else:
        parsed = PARSERS[dialect](prepare(text), source)
    added = [*listed.sections, *new_names(abbreviations, parsed.sections)]
    if added:
        parsed.sections = sorted([*parsed.sections, *added], key=lambda s: s.line)
    return parsed


def _check_forced(
    text: str,
    source: str,
    forced: str,
    found: int,
    file: str,
    fields: FieldSpec,
    warnings: list[str],
) -> None:
    """Warn when the dialect the content looks like reads more entries than the forced one."""
    sniffed = sniff_dialect(text, file)
    if sniffed == forced:
        return
    other = len(_read(sniffed, text, source, fields).sections)
    if other > found:
        warnings.append(
            f"{file}: dialect {forced!r} (forced in corpus.toml) finds {found} "
            f"entr{'y' if found == 1 else 'ies'} where {sniffed!r} finds {other}: "
            "entries may be merged; check the dialect"
        )


def parse_text(
    text: str,
    source: str,
    dialect: str | None = None,
    *,
    file: str = "",
    url_base: str | None = None,
) -> list[Entry]:
    """Every entry of one glossary document; ``dialect=None`` sniffs it from the content.

    ``url_base`` (from corpus.toml) wins over a front-matter ``permalink``;
    with neither, entries have no url.
    """
    check_text(text, "the glossary text")
    check_text(source, "source")
    return parse_document(text, source, dialect, file=file, url_base=url_base)[2]


def parse_file(
    path: str | os.PathLike[str],
    dialect: str | None = None,
    *,
    source: str | None = None,
    url_base: str | None = None,
) -> list[Entry]:
    """Every entry of one file; source id defaults to the file stem."""
    path = check_path(path, "path")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror or exc}") from exc
    decoded = decode(data, path.name)
    if decoded.text is None:
        raise CorpusError(f"{path} is a binary file, not a text glossary")
    stem = source or source_stem(path)
    return parse_text(decoded.text, stem, dialect, file=path.name, url_base=url_base)
