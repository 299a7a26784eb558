"""Whether an index is up to date: built from this corpus, by this parser, with this
model, and with every stored part (units, vocabularies, BM25 stems, calibration) of the
current version, and its language detected by the current detection (language_stamp.py).
A build writes these same stamps (``version_stamps``) into its manifest.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypedDict

from rag_glossary.calibration import CALIBRATION_VERSION
from rag_glossary.corpus_files import PARSER_VERSION, corpus_fingerprint
from rag_glossary.coverage.vocabulary import VOCABULARY_VERSION
from rag_glossary.errors import IndexMissingError, ModelMismatchError
from rag_glossary.index import store
from rag_glossary.index.store import FORMAT_VERSION, LoadedIndex, Manifest
from rag_glossary.language_stamp import detection_stamp
from rag_glossary.lexical import LEXICAL_VERSION
from rag_glossary.unit_vectors import UNITS_VERSION

if TYPE_CHECKING:
    import os

    from rag_glossary.index.build import IndexSettings

    PathLike = str | os.PathLike[str]


class VersionStamps(TypedDict):
    parser_version: int
    units_version: int
    vocabulary_version: int
    lexical_version: int
    language_stamp: str


def version_stamps() -> VersionStamps:
    """The versions of the parser and the stored parts a manifest records."""
    return VersionStamps(
        parser_version=PARSER_VERSION,
        units_version=UNITS_VERSION,
        vocabulary_version=VOCABULARY_VERSION,
        lexical_version=LEXICAL_VERSION,
        language_stamp=detection_stamp(),
    )


IndexState = Literal["missing", "stale", "ok"]


@dataclass(frozen=True)
class IndexStatus:
    state: IndexState
    reason: str
    manifest: Manifest | None = None


def index_status(
    corpus_dir: PathLike, index_dir: PathLike, model: str | None = None
) -> IndexStatus:
    """Is the index there, and built from this corpus (and this model, if one is asked)?

    Reads the manifest only: cheap enough to run before every query.
    """
    index_dir = Path(index_dir)
    try:
        manifest = store.read_manifest(index_dir)
    except IndexMissingError:
        return IndexStatus("missing", f"no index at {index_dir} yet")
    if model is not None:
        _check_model(manifest, model)
    if manifest.format_version < FORMAT_VERSION:
        return IndexStatus("stale", "the index was built by an older rag-glossary", manifest)
    if manifest.corpus != corpus_fingerprint(Path(corpus_dir)):
        return IndexStatus("stale", "the corpus changed since the index was built", manifest)
    if manifest.parser_version != PARSER_VERSION:
        return IndexStatus("stale", "the index was built by an older parser", manifest)
    if not _calibration_current(manifest):
        return IndexStatus("stale", "the coverage calibration changed", manifest)
    if manifest.units_version != UNITS_VERSION:
        return IndexStatus("stale", "the index's answer units are out of date", manifest)
    if manifest.vocabulary_version != VOCABULARY_VERSION:
        return IndexStatus("stale", "the index's stored vocabularies are out of date", manifest)
    if manifest.lexical_version != LEXICAL_VERSION:
        return IndexStatus("stale", "its BM25 words were stemmed by an older rule", manifest)
    if manifest.language_stamp != detection_stamp():
        return IndexStatus(
            "stale", "its language was detected by an older rule or word list", manifest
        )
    return IndexStatus("ok", "up to date", manifest)


def _calibration_current(manifest: Manifest) -> bool:
    """An index calibrated by an older rule is recalibrated (its vectors are reused)."""
    return (manifest.calibration or {}).get("version") == CALIBRATION_VERSION


def _check_model(manifest: Manifest, model: str) -> None:
    from rag_glossary.embedding import resolve_model

    asked = resolve_model(model)
    if asked.model_id != manifest.model_id:
        raise ModelMismatchError(
            f"the index was built with model {manifest.model_id!r} but {asked.model_id!r} "
            f"was asked for: run `rag-glossary index --rebuild --embed-model {model}`"
        )


def is_current(
    live: LoadedIndex | None, model_id: str, fingerprint: dict[str, str], settings: IndexSettings
) -> bool:
    """The one up-to-date check of a build: same model, corpus, chunking and index type."""
    return (
        live is not None
        and live.manifest.model_id == model_id
        and live.manifest.corpus == fingerprint
        and live.manifest.chunking == settings.chunking.to_dict()
        and live.manifest.index_type_requested == settings.index_type
        and live.manifest.parser_version == PARSER_VERSION
        and _calibration_current(live.manifest)
        and live.manifest.units_version == UNITS_VERSION
        and live.manifest.vocabulary_version == VOCABULARY_VERSION
        and live.manifest.lexical_version == LEXICAL_VERSION
        and live.manifest.language_stamp == detection_stamp()
    )
