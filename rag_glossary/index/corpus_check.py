"""An index belongs to one corpus: using it with another one is refused, not "updated".

Without this check, ``search --corpus OTHER --index IDX`` would re-index IDX with
OTHER's entries, and going back would re-embed everything.
"""

from __future__ import annotations

from pathlib import Path

from rag_glossary.corpus_files import CONFIG_FILE, corpus_fingerprint
from rag_glossary.errors import CorpusMismatchError
from rag_glossary.index.store import Manifest


def check_same_corpus(manifest: Manifest, corpus_dir: Path, index_dir: Path) -> None:
    """Refuse to turn an index of one corpus into the index of another.

    Another corpus is one with no file in common (same name and content) that is
    in another folder, or one with no file name in common at all. A copy of the
    corpus (the same files elsewhere) or an edited corpus is the same corpus.
    """
    current = _glossaries(corpus_fingerprint(corpus_dir))
    if not current:
        return  # no corpus there: loading it says so
    recorded = _glossaries(manifest.corpus)
    same_content = any(recorded.get(name) == sha for name, sha in current.items())
    same_names = bool(set(current) & set(recorded))
    built_from = Path(manifest.corpus_dir) if manifest.corpus_dir else None
    moved = built_from is not None and built_from != corpus_dir.resolve()
    if same_names and (same_content or not moved):
        return
    source = built_from or "another corpus"
    raise CorpusMismatchError(
        f"the index {index_dir} was built from {source}, not from {corpus_dir} "
        f"(no file in common): run `rag-glossary index --rebuild` to replace it, "
        "or use another --index"
    )


def _glossaries(fingerprint: dict[str, str]) -> dict[str, str]:
    return {name: sha for name, sha in fingerprint.items() if name != CONFIG_FILE}
