"""The corpus folder: every glossary file in it parsed, plus look-ups across them."""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from rag_glossary.corpus_files import (
    CONFIG_FILE,
    GLOSSARY_SUFFIXES,
    glossary_files,
    source_stem,
)
from rag_glossary.errors import CorpusError
from rag_glossary.models import Entry
from rag_glossary.parsing.base import without_parenthetical
from rag_glossary.parsing.decode import decode
from rag_glossary.parsing.dialects import DIALECTS, parse_document
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.redirects import alias_pointers, merge_redirects
from rag_glossary.parsing.slug import slugify
from rag_glossary.validation import check_path

_CONFIG_KEYS = ("dialect", "title", "url")
# Column or key names for tabular and data glossaries (fields.FieldSpec).
_FIELD_KEYS = ("term", "definition", "aliases", "id", "link", "delimiter", "language")
_SOURCE_UNSAFE = re.compile(r"[\s#]+")


@dataclass(frozen=True)
class CorpusFile:
    """One glossary file of the corpus and how it was read."""

    name: str
    source: str
    dialect: str
    sha256: str
    size: int
    title: str
    url_base: str | None


@dataclass(frozen=True)
class FileConfig:
    """What corpus.toml says about one file (``[files."name.md"]``)."""

    dialect: str | None = None
    title: str | None = None
    url: str | None = None
    fields: FieldSpec = field(default_factory=FieldSpec)


@dataclass(frozen=True)
class Corpus:
    """All entries of a corpus folder, in file order then document order."""

    entries: tuple[Entry, ...]
    files: tuple[CorpusFile, ...]
    warnings: tuple[str, ...] = ()

    @cached_property
    def _by_id(self) -> dict[str, Entry]:
        return {entry.id: entry for entry in self.entries}

    @cached_property
    def _by_name(self) -> dict[str, list[Entry]]:
        return _index(self.entries, lambda e: {_name_key(n) for n in _names(e)})

    @cached_property
    def _by_slug(self) -> dict[str, list[Entry]]:
        return _index(self.entries, lambda e: {e.anchor} | {slugify(n) for n in _names(e)})

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def lookup(self, id_or_term: str) -> list[Entry]:
        """The entry with this citation id; else every entry whose title or alias
        matches (case-insensitive); else every entry whose slug matches."""
        query = id_or_term.strip()
        exact = self._by_id.get(query)
        if exact is not None:
            return [exact]
        return self._match(query)

    def resolve(self, term: str) -> list[str]:
        """Citation ids of the entries a see-also term names (empty when none)."""
        return [e.id for e in self._match(term.strip())]

    def stats(self) -> dict[str, int]:
        """Number of entries per source, in file order."""
        counts = {f.source: 0 for f in self.files}
        for entry in self.entries:
            counts[entry.source] = counts.get(entry.source, 0) + 1
        return counts

    def _match(self, term: str) -> list[Entry]:
        if not term:
            return []
        found = self._by_name.get(_name_key(term))
        if found:
            return list(found)
        slug = slugify(term)
        return list(self._by_slug.get(slug, [])) if slug else []


def _names(entry: Entry) -> set[str]:
    names = {entry.title, *entry.aliases}
    bare = without_parenthetical(entry.title)
    if bare:
        names.add(bare)
    return names


def _name_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _index(
    entries: Iterable[Entry], keys_of: Callable[[Entry], set[str]]
) -> dict[str, list[Entry]]:
    index: dict[str, list[Entry]] = {}
    for entry in entries:
        for key in keys_of(entry):
            if key:
                index.setdefault(key, []).append(entry)
    return index


# --- loading ----------------------------------------------------------------------


def load_corpus(corpus_dir: str | os.PathLike[str]) -> Corpus:
    """Parse every glossary file (corpus_files.GLOSSARY_SUFFIXES) of a folder.

    Raises CorpusError when the folder is missing, holds no glossary file, or
    no entry could be read. Problems with single files (binary, not UTF-8,
    no entries) become warnings in ``Corpus.warnings``.
    """
    folder = check_path(corpus_dir, "corpus_dir")
    _check_folder(folder)
    config = read_config(folder / CONFIG_FILE)
    paths = glossary_files(folder)
    if not paths:
        raise CorpusError(
            f"no glossary files ({', '.join(GLOSSARY_SUFFIXES)}) in {folder}: "
            "add some, or point to the folder that has them"
        )
    warnings = skipped_paths(folder)
    entries: list[Entry] = []
    files: list[CorpusFile] = []
    used_sources: set[str] = set()
    redirects: dict[str, str] = {}
    for path in paths:
        file_config = config.get(path.name, FileConfig())
        loaded = _load_file(path, file_config, used_sources, warnings, redirects)
        if loaded:
            files.append(loaded[0])
            entries.extend(loaded[1])
    entries = alias_pointers(merge_redirects(entries, redirects))
    names = {p.name for p in paths}
    warnings.extend(
        f"{CONFIG_FILE} names {name}, which is not a glossary file in {folder}"
        for name in config
        if name not in names
    )
    if not entries:
        raise CorpusError(f"no glossary entries found in {folder}: {_why_empty(warnings)}")
    return Corpus(tuple(entries), tuple(files), tuple(warnings))


def skipped_paths(folder: Path) -> list[str]:
    """One warning per subfolder (not read) and per dangling symbolic link."""
    warnings: list[str] = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if path.name.startswith("."):
            continue
        if path.is_symlink() and not path.exists():
            warnings.append(f"skipped {path.name}: a symbolic link to a missing file")
        elif path.is_dir():
            warnings.append(
                f"skipped the subfolder {path.name}/: only files directly in {folder} are read"
            )
    return warnings


def _why_empty(warnings: list[str], shown: int = 3) -> str:
    """The file problems behind an empty corpus, on one line (the CLI never gets to
    print the warnings of a corpus it refuses)."""
    if not warnings:
        return "the files there have no readable entries"
    more = f"; and {len(warnings) - shown} more" if len(warnings) > shown else ""
    return "; ".join(warnings[:shown]) + more


def _check_folder(folder: Path) -> None:
    if not folder.exists():
        raise CorpusError(
            f"corpus folder {folder} does not exist: create it and put glossary files in it, "
            "or point to another folder"
        )
    if not folder.is_dir():
        raise CorpusError(
            f"corpus path {folder} is not a folder: point to the folder of glossary files"
        )


def _load_file(
    path: Path,
    config: FileConfig,
    used_sources: set[str],
    warnings: list[str],
    redirects: dict[str, str],
) -> tuple[CorpusFile, list[Entry]] | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        warnings.append(f"skipped {path.name}: cannot read it ({exc.strerror or exc})")
        return None
    decoded = decode(data, path.name)
    if decoded.warning:
        warnings.append(decoded.warning)
    if decoded.text is None:
        return None
    if not decoded.text.strip():
        warnings.append(f"skipped {path.name}: the file is empty")
        return None
    source = _unique_source(path, used_sources, warnings)
    dialect, parsed, entries = parse_document(
        decoded.text,
        source,
        config.dialect,
        file=path.name,
        url_base=config.url,
        fields=config.fields,
        warnings=warnings,
    )
    if parsed.redirect and len(entries) == 1:
        redirects[entries[0].id] = parsed.redirect
    if not entries:
        why = f": {parsed.problem}" if parsed.problem else ""
        warnings.append(f"{path.name}: no glossary entries found (read as dialect {dialect}{why})")
    record = CorpusFile(
        name=path.name,
        source=source,
        dialect=dialect,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        title=config.title or parsed.title or source,
        url_base=config.url or parsed.permalink,
    )
    return record, entries


def _unique_source(path: Path, used: set[str], warnings: list[str]) -> str:
    """The file stem, made safe for citation ids and unique inside the corpus."""
    source = _SOURCE_UNSAFE.sub("-", source_stem(path)).strip("-") or "glossary"
    if source in used:
        candidate = f"{source}-{path.suffix.lstrip('.').lower()}"
        n = 2
        while candidate in used:
            candidate = f"{source}-{n}"
            n += 1
        warnings.append(f"{path.name}: source id {source!r} is taken, using {candidate!r}")
        source = candidate
    used.add(source)
    return source


# --- corpus.toml ------------------------------------------------------------------


def read_config(path: str | os.PathLike[str]) -> dict[str, FileConfig]:
    """Per-file settings from corpus.toml: ``[files."name.md"]`` with dialect, title, url."""
    path = Path(path)
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except tomllib.TOMLDecodeError as exc:
        raise CorpusError(f"{path} is not valid TOML: {exc}; fix it or delete it") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"cannot read {path}: {exc}") from exc
    files = data.get("files", {})
    if not isinstance(files, dict):
        raise CorpusError(f'{path}: "files" must be a table such as [files."my.md"]')
    return {name: _file_config(path, name, table) for name, table in files.items()}


def _file_config(path: Path, name: str, table: Any) -> FileConfig:
    where = f'{path}: [files."{name}"]'
    if not isinstance(table, Mapping):
        raise CorpusError(f"{where} must be a table with dialect, title or url")
    known = (*_CONFIG_KEYS, *_FIELD_KEYS)
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise CorpusError(f"{where} has unknown key {unknown[0]!r}: use {', '.join(known)}")
    values: dict[str, str] = {}
    for key in known:
        value = table.get(key)
        if value is not None and not isinstance(value, str):
            raise CorpusError(f"{where} {key} must be a string")
        if value:
            values[key] = value
    dialect = values.get("dialect")
    if dialect is not None and dialect not in DIALECTS:
        raise CorpusError(
            f"{where} dialect {dialect!r} is unknown: use one of {', '.join(DIALECTS)}"
        )
    delimiter = values.get("delimiter")
    if delimiter is not None and len(delimiter.replace("\\t", "\t")) != 1:
        raise CorpusError(f'{where} delimiter must be one character, such as "," or "\\t"')
    fields = FieldSpec(
        term=values.get("term"),
        definition=values.get("definition"),
        aliases=values.get("aliases"),
        id=values.get("id"),
        link=values.get("link"),
        delimiter=delimiter.replace("\\t", "\t") if delimiter else None,
        language=values.get("language"),
    )
    return FileConfig(
        dialect=dialect, title=values.get("title"), url=values.get("url"), fields=fields
    )
