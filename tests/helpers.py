"""Test helpers: a deterministic fake embedder and hand-made entries."""

from __future__ import annotations

import hashlib
import re
import signal
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from rag_glossary.embedding.encoder import DEFAULT_BATCH_SIZE, encode_in_batches
from rag_glossary.errors import ModelLoadError
from rag_glossary.models import Entry
from rag_glossary.unit_vectors import UnitSimilarity

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

_WORD = re.compile(r"\w+")


class FakeEncoder:
    """Bag of hashed words: texts sharing words get similar vectors. Deterministic.

    Good enough to test ranking logic (fusion, MMR, collapsing, confidence
    plumbing) without loading a model; it claims nothing about retrieval quality.
    """

    model_id = "fake-bag-of-words"
    dimension = 64
    max_seq_length = 128

    def __init__(self) -> None:
        self.calls = 0
        self.texts_encoded = 0

    def _word_vector(self, word: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.sha256(word.encode()).digest()[:8], "little")
        return np.random.default_rng(seed).standard_normal(self.dimension).astype(np.float32)

    def encode(self, texts: Sequence[str], **_: object) -> np.ndarray:
        self.calls += 1
        self.texts_encoded += len(texts)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                out[row] += self._word_vector(word)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode(texts)

    def encode_documents(
        self,
        texts: Sequence[str],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        on_progress: Callable[[int], None] | None = None,
    ) -> np.ndarray:
        return encode_in_batches(
            self.encode, texts, self.dimension, batch_size=batch_size, on_progress=on_progress
        )

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 2

    def export_onnx(self, dest: Path) -> None:
        raise ModelLoadError("the fake encoder has no ONNX export")


def make_entry(
    source: str,
    anchor: str,
    title: str,
    body: str,
    aliases: tuple[str, ...] = (),
    *,
    url: str | None = None,
    line: int = 1,
) -> Entry:
    return Entry(
        id=f"{source}#{anchor}",
        source=source,
        anchor=anchor,
        title=title,
        aliases=aliases,
        body=body,
        see_also=(),
        url=url,
        file=f"{source}.md",
        line=line,
    )


class FixedBest:
    """A unit similarity whose best unit cosine per entry is given (no model)."""

    def __init__(self, best: dict[str, float]) -> None:
        self.scores = best

    def best(self, entry_id: str) -> float | None:
        return self.scores.get(entry_id)

    def __call__(self, entry_id: str, unit: object) -> float | None:
        return None


def fixed_meaning(best: dict[str, float]) -> UnitSimilarity:
    """``FixedBest`` typed as the retriever's ``UnitSimilarity`` (it has the methods used)."""
    return FixedBest(best)  # type: ignore[return-value]


def sigint_disposition() -> tuple[object, bool]:
    """SIGINT's Python handler, and whether the process ignores it (also when C code set it)."""
    status = Path("/proc/self/status")
    lines = status.read_text(encoding="ascii").splitlines() if status.exists() else []
    ignored = next((line.split()[1] for line in lines if line.startswith("SigIgn:")), "0")
    return signal.getsignal(signal.SIGINT), bool(int(ignored, 16) >> (signal.SIGINT - 1) & 1)
