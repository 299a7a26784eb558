"""Index a corpus with a fake encoder and print the build's peak memory as JSON.

Run in a subprocess by tests/test_hostile_corpus.py (peak RSS is per process):

    python tests/memory_probe.py CORPUS_DIR INDEX_DIR [--real-token-count]

``--real-token-count`` sizes chunks with the packaged model's own tokenizer
(``tokenizers`` only, no torch) instead of the fake word count, so chunking sees
what the real model would.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

import numpy as np
from helpers import FakeEncoder

_WORD_VECTORS: dict[str, np.ndarray] = {}


class FastFakeEncoder(FakeEncoder):
    """FakeEncoder computing each word's vector once: the original seeds a generator
    per word occurrence, which alone takes minutes on 20 MB."""

    def _word_vector(self, word: str) -> np.ndarray:
        vector = _WORD_VECTORS.get(word)
        if vector is None:
            vector = _WORD_VECTORS[word] = super()._word_vector(word)
        return vector


class TokenCountingFakeEncoder(FastFakeEncoder):
    """Fake vectors, but chunks sized in the real model's word pieces."""

    def __init__(self) -> None:
        from rag_glossary.embedding import TokenCounter, resolve_model

        super().__init__()
        self._counter = TokenCounter.for_model(resolve_model(None))
        self.max_seq_length = 256

    def count_tokens(self, text: str) -> int:
        return self._counter.count(text)


def peak_mb() -> float:
    """This process's peak RSS: VmHWM, which belongs to the process's own memory map.

    Not ``getrusage``'s ru_maxrss: Linux carries it across exec, and Python starts a
    subprocess with vfork, so the probe's ru_maxrss began at pytest's own peak. After
    the index-building tests pytest's peak hid the build's (the module passed, the
    memory tests alone failed)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str]) -> None:
    corpus, index = Path(argv[1]), Path(argv[2])
    # Import every library the build uses first: the baseline includes them.
    import bm25s  # noqa: F401
    import faiss  # noqa: F401
    import langchain_text_splitters  # noqa: F401

    from rag_glossary.chunking import chunk_body
    from rag_glossary.index import build_index, load_index
    from rag_glossary.parsing import load_corpus  # noqa: F401

    encoder = TokenCountingFakeEncoder() if "--real-token-count" in argv else FastFakeEncoder()
    baseline = peak_mb()
    started = time.perf_counter()
    report = build_index(corpus, index, encoder=encoder)
    seconds = time.perf_counter() - started
    peak = peak_mb()
    loaded = load_index(index)
    longest = max(encoder.count_tokens(c.text) for c in loaded.chunks)
    body_chars = sum(len(chunk_body(c)) for c in loaded.chunks)
    print(
        json.dumps(
            {
                "baseline_mb": round(baseline, 1),
                "peak_mb": round(peak, 1),
                "seconds": round(seconds, 2),
                "n_entries": report.n_entries,
                "n_chunks": report.n_chunks,
                "longest_chunk_tokens": longest,
                "chunk_body_chars": body_chars,
                "warnings": list(report.warnings),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv)
