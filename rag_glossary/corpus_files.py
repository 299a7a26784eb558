"""Which files of a corpus folder are glossaries, and their fingerprint.

Kept apart from ``parsing`` so that the query path can check whether the
index is up to date without importing the parsers (ftfy alone costs 0.1 s).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from rag_glossary.errors import CorpusError

# POD: a .pod file is always read, Perl code only when its POD has a glossary part.
POD_CODE_SUFFIXES = (".pm", ".pl")
POD_SUFFIXES = (".pod", *POD_CODE_SUFFIXES)
# The heading of a POD glossary part: "GLOSSARY", "Glossary of terms", "Terminology",
# "Terms", "Key concepts", "Terms and definitions".
POD_GLOSSARY_HEADING = re.compile(
    r"(?:[\w ]*\b(?:glossary|glossaire|glossar|terminology|vocabulary|lexicon|jargon)\b.*"
    r"|(?:(?:key|basic|common|main|important)\s+)?(?:terms|definitions|concepts)"
    r"(?:\s+(?:and|&)\s+(?:definitions|concepts|abbreviations))?(?:\s+used)?)",
    re.I,
)
_POD_HEADING = re.compile(rb"^=head[1-6][ \t]+([^\n]*)", re.M)
_POD_BYTES = 4 << 20
# troff / nroff sources: the macro packages' suffixes, man sections (``.1``-``.9``, Tcl/Tk's
# ``.n``, local ``.l``) and what old trees named their documents by (4.4BSD's ``csh.g``,
# ``.t`` chapters, ``.tr``). Each is sniffed: listed only when roff-shaped.
ROFF_SUFFIXES = (
    *(".roff", ".man", ".ms", ".mm", ".me", ".mom", ".mdoc", ".r", ".g", ".t", ".tr"),
    *(".groff", ".troff", ".nroff", ".n", ".l"),
    *(f".{n}" for n in range(1, 10)),
)
GLOSSARY_SUFFIXES = (
    ".md",
    ".markdown",
    ".mdx",
    ".txt",
    ".csv",
    ".tsv",
    ".json",
    ".yml",
    ".yaml",
    ".rst",
    ".html",
    ".htm",
    ".adoc",
    ".asciidoc",
    ".tex",
    ".bib",
    ".org",
    ".toml",
    ".py",
    ".xml",
    ".dita",
    ".dbk",
    ".tbx",
    ".xlf",
    ".xliff",
    ".tmx",
    ".js",
    ".mjs",
    ".cjs",
    ".ts",
    ".mts",
    ".cts",
    ".mediawiki",
    ".wiki",
    ".po",
    ".pot",
    ".jsx",
    ".tsx",
    ".ipynb",
    ".sql",
    ".texi",
    ".texinfo",
    ".txi",
    ".w",
    *ROFF_SUFFIXES,
    ".jsonl",
    ".ndjson",
    ".jsonld",
    ".php",
    ".phtml",
    ".ttl",
    ".rdf",
    ".skos",
    *(".cs", ".java", ".kt", ".kts", ".swift", ".go", ".rs", ".dart", ".scala"),
    *(".cpp", ".cc", ".cxx", ".hpp", ".hh", ".h"),
    ".lua",
    ".rb",
    ".ex",
    ".exs",
    *(".clj", ".cljs", ".cljc", ".edn"),
    *POD_SUFFIXES,
    *(".vue", ".svelte", ".astro"),
    *(".haml", ".slim", ".pug", ".jade"),
    *(".resx", ".properties", ".strings"),
    ".scrbl",
)
# ".w" is TexiWEB's suffix (Texinfo) and CWEB's (TeX and C): read only a Texinfo-shaped one.
# The roff suffixes name other things too (".r" R and Ratfor, ".1" any numbered file, ".g"
# an ANTLR grammar, ".t" a Perl test, ".l" a lex scanner): read only a roff-shaped one.
# ".pl" is Prolog's and Perl's, ".pm" Perl's: read only one whose POD has a glossary part
# or whose __DATA__ / __END__ section is KEY<TAB>TEXT lines (parsing/perl_data.py).
SNIFFED_SUFFIXES = (".w", *ROFF_SUFFIXES, *POD_CODE_SUFFIXES)
_SNIFF_BYTES = 16_384
# Texinfo by its first lines: "\input texinfo", an "@c" comment first, or any @node line.
_TEXINFO_SHAPE = re.compile(rb"\A\s*(?:\\input\s+texinfo|@c(?:omment)?\b)|^@node\s", re.M)
# A roff request line: a control character, a name of one to four characters, then a space
# or the line's end (".PP", ".TP 8", '.gT "term"', ".xR11 x"); or a comment line (.\").
# An R script's ".libPaths()" or ".First <- function()" is no such line.
_ROFF_REQUEST = re.compile(rb"^[.'][ \t]*(?:[A-Za-z0-9()][A-Za-z0-9()]{0,3}(?=[ \t]|$)|\\\")", re.M)
_ROFF_MIN_REQUESTS = 5
_ROFF_SHARE = 0.1  # of the non-blank lines
CONFIG_FILE = "corpus.toml"
# ``rag-glossary eval``'s question sets kept beside their corpus (question_sets.py):
# ``questions.jsonl``, ``questions-2.jsonl``, ``NAME.questions.jsonl``. They are no glossary.
_QUESTION_SET = re.compile(r"(?:.+\.)?questions(?:-\d+)?\.jsonl", re.I)
# What the parsers make of unchanged files, recorded in each manifest: bump it whenever a
# change to parsing/ can change an entry. Each version and what it changed:
# docs/parser-versions.md.
PARSER_VERSION = 157


# A view template's name carries the format it renders before its own suffix (Rails'
# ``glossary.html.haml``, ``terms.html.slim``): that format is no part of its name.
_TEMPLATE_SUFFIXES = (".haml", ".slim", ".pug", ".jade")
_RENDERED_SUFFIXES = (".html", ".htm", ".xhtml")


def source_stem(path: Path) -> str:
    """The file's name without its suffix, and a template's without the format it renders
    (``glossary.html.haml`` -> ``glossary``)."""
    stem = path.stem
    if (
        path.suffix.lower() in _TEMPLATE_SUFFIXES
        and Path(stem).suffix.lower() in _RENDERED_SUFFIXES
    ):
        return Path(stem).stem or stem
    return stem


def glossary_files(folder: str | os.PathLike[str]) -> list[Path]:
    """The glossary files of a folder, sorted by name (hidden, README* and corpus.toml skipped)."""
    folder = Path(folder)
    try:
        children = list(folder.iterdir())
    except OSError as exc:
        raise CorpusError(f"cannot read corpus folder {folder}: {exc.strerror or exc}") from exc
    return sorted(
        (
            p
            for p in children
            if p.suffix.lower() in GLOSSARY_SUFFIXES
            and not p.name.startswith(".")
            and not p.name.upper().startswith("README")
            and p.name.lower() != CONFIG_FILE
            and not _QUESTION_SET.fullmatch(p.name)
            and p.is_file()
            and (p.suffix.lower() not in SNIFFED_SUFFIXES or _shaped(p))
        ),
        key=lambda p: p.name,
    )


def _shaped(path: Path) -> bool:
    """A file of a shared suffix whose first bytes read as the format the suffix is listed
    for: Texinfo for ``.w``, roff for the roff suffixes."""
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as fh:
            head = fh.read(_POD_BYTES if suffix in POD_CODE_SUFFIXES else _SNIFF_BYTES)
    except OSError:
        return True  # let the loader say why it cannot read it
    from rag_glossary.parsing.decode import utf8_head  # (parsing imports this module)

    head = utf8_head(head)
    if suffix in POD_CODE_SUFFIXES:  # a POD glossary part, or a __DATA__ section of terms
        from rag_glossary.parsing.perl_data import data_shaped

        return pod_glossary_shaped(head) or data_shaped(head.decode("utf-8", "replace"))
    if suffix == ".w":
        return _TEXINFO_SHAPE.search(head) is not None
    return roff_shaped(head)


def roff_shaped(head: bytes) -> bool:
    """troff source: at least five request lines, a tenth of the lines that hold text (a
    man page or an ms / mm document is mostly requests; prose or code seldom opens a line
    with a dot and a short name)."""
    lines = sum(1 for line in head.split(b"\n") if line.strip())
    requests = len(_ROFF_REQUEST.findall(head))
    return requests >= _ROFF_MIN_REQUESTS and requests >= _ROFF_SHARE * lines


def pod_glossary_shaped(data: bytes) -> bool:
    """Perl code whose POD has a glossary part (``=head1 GLOSSARY``)."""
    return any(
        POD_GLOSSARY_HEADING.fullmatch(m.group(1).decode("utf-8", "replace").strip())
        for m in _POD_HEADING.finditer(data)
    )


def file_sha256(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def corpus_fingerprint(folder: str | os.PathLike[str]) -> dict[str, str]:
    """sha256 of every glossary file and of corpus.toml: any edit changes it."""
    folder = Path(folder)
    if not folder.is_dir():
        return {}
    paths = glossary_files(folder)
    config = folder / CONFIG_FILE
    if config.is_file():
        paths.append(config)
    fingerprint = {}
    for path in paths:
        try:
            fingerprint[path.name] = file_sha256(path)
        except OSError as exc:
            raise CorpusError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return fingerprint
