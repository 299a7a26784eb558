"""Every entry of every corpus (eval/corpora/* and corpus/) as JSON lines, to diff what a
parser change does: ``python eval/parse_snapshot.py OUT.json``."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from rag_glossary.errors import CorpusError
from rag_glossary.parsing.corpus import load_corpus


def snapshot() -> dict[str, list[dict[str, object]]]:
    folders = [Path("corpus"), *sorted(p for p in Path("eval/corpora").iterdir() if p.is_dir())]
    out: dict[str, list[dict[str, object]]] = {}
    for folder in folders:
        try:
            corpus = load_corpus(folder)
        except CorpusError:  # no entries at all: an empty list, not a crash
            out[folder.name] = []
            continue
        out[folder.name] = [
            {
                "id": e.id,
                "title": e.title,
                "aliases": list(e.aliases),
                "see_also": list(e.see_also),
                "line": e.line,
                "body": hashlib.sha1(e.body.encode()).hexdigest()[:10],
            }
            for e in corpus.entries
        ]
    return out


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(snapshot(), indent=1))
