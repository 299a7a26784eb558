"""How clearly the best entry stands out, and the bars it must clear, per index.

A question that describes a concept instead of naming it is judged by its
*standout*: how far the best entry's similarity lies above the similarities of
the next entries (a z-score over the next ``DEPTH``, near-copies of the best
entry left out). It is scale-free, so it travels between glossaries where
absolute similarities do not.

The two bars are set at build time from the index's own corpus:

* ``lenient``, for described questions: a low quantile (2%) of the standout
  of pseudo-questions the corpus answers (the start of an entry's definition,
  at most half of it, with its term masked), so few real descriptions fall
  below it;
* ``plain``, for described questions in everyday words (everyday.py): a low
  quantile (5%) of the standout of the same pseudo-questions with every word
  that is not an everyday English word dropped. A user's paraphrase in everyday
  words stands out less than a pseudo-question that keeps the entry's own rare
  words; the lower of the two bars applies to it;
* ``floor``, under both: a share of the median standout of the same
  pseudo-questions once their entry (and its copies) is left out, i.e. of
  descriptions of concepts the glossary lacks. Where neighbouring entries stand
  out for such descriptions, a low ``lenient`` quantile would answer them;
* ``strict``, for questions naming a term the glossary lacks: the highest
  standout of "what is X" questions once X's entry (and its copies) is left
  out, so a missing term is rescued only by an entry that stands out more
  than any left-out term's neighbour ever did (a synonym, a rewording);
* ``lead``: a low quantile (5%) of the cosine lead of the best entry over the next term's
  (lead_calibration.py) for the same pseudo-questions once their entry is left out: under it,
  the best entry of a described question is as tied as for a concept the glossary lacks;
* ``unit_lenient``: the ``lenient`` quantile of the same pseudo-questions' *unit*
  standout, the z-score over each entry's best answer-unit cosine (unit_vectors.py;
  judgement.py uses it when the answering entry is not the one whose unit is closest).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from rag_glossary.everyday import keep_everyday
from rag_glossary.lead_calibration import LEAD_QUANTILE, lead_of
from rag_glossary.models import Entry
from rag_glossary.word_marks import WORD

if TYPE_CHECKING:
    from rag_glossary.embedding.encoder import Encoder
    from rag_glossary.unit_vectors import UnitVectors

DEPTH = 50
DUPLICATE_COSINE = 0.9
# 2: pseudo-questions copy at most half a definition; 3: plain bar; 4: left-out floor;
# 5: unit bar; 6: a word keeps its combining marks (word_marks.py); 7: lead bar
CALIBRATION_VERSION = 7
SAMPLE = 64  # entries sampled per build: about 1-2 s of query encoding
# Described questions: the bar keeps 98% of the corpus's masked definitions.
LENIENT_QUANTILE = 0.02
# Plain descriptions: a less extreme quantile, so that in a small glossary (tens of
# entries) a single vague pseudo-question cannot set the bar.
PLAIN_QUANTILE = 0.05
# The floor: this share of the median left-out standout (fitted leaving each design set
# out, eval/described_leftout.py; 0.75 already refuses answerable questions).
FLOOR_SHARE = 0.7
_SCAN_BUDGET = 40_000_000  # pseudo-questions x chunks scanned (a few seconds)
MIN_ENTRIES = 20  # below this, standouts are noise: use the defaults
_DEFINITION_WORDS = 14
_MIN_DEFINITION_WORDS = 4
_WORD = re.compile(WORD)


@dataclass(frozen=True)
class Calibration:
    """The standout bars of one index. ``source`` says where they came from."""

    # Defaults for an index built before calibration: the shipped corpus's bars.
    lenient: float = 2.3
    strict: float = 15.0
    source: str = "default"
    version: int = CALIBRATION_VERSION
    n_pseudo: int = 0
    kept_positives: float | None = None
    rejected_negatives: float | None = None
    plain: float | None = None  # None: built before version 3, the lenient bar applies
    floor: float | None = None  # None: built before version 4, no floor
    unit_lenient: float | None = None  # None: built before version 5 or without units
    lead: float | None = None  # None: built before version 7, no lead bar

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Calibration:
        """The stored bars, or the defaults for an index built before calibration.

        An older rule's bars still fit their corpus better than the defaults; the
        next ``ensure_index`` recalibrates such an index (index/freshness.py)."""
        version = data.get("version") if data else None
        if not data or not isinstance(version, int) or not 1 <= version <= CALIBRATION_VERSION:
            return cls()
        try:
            return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})
        except TypeError:
            return cls()


def title_groups(entries: Sequence[Entry]) -> np.ndarray:
    """One number per entry, shared by entries with the same title (copies across files)."""
    ids: dict[str, int] = {}
    return np.array([ids.setdefault(_flat(e.title), len(ids)) for e in entries], dtype=np.int64)


def standout(
    similarity: Mapping[int, float],
    entry_vectors: np.ndarray,
    groups: np.ndarray | None = None,
    depth: int = DEPTH,
) -> float:
    """z-score of the best entry's similarity over the next ``depth`` distinct entries.

    Entries that repeat the best one (nearly the same vector, or the same
    title in another file) are not "the rest": a glossary that defines a term
    twice must not make its own answer look less clear.
    """
    if not similarity:
        return 0.0
    order = sorted(similarity, key=lambda i: -similarity[i])[: depth * 2 + 1]
    top = order[0]
    copies = entry_vectors[order] @ entry_vectors[top] > DUPLICATE_COSINE
    if groups is not None:
        copies |= groups[order] == groups[top]
    rest = np.array([similarity[i] for i, c in zip(order, copies, strict=True) if not c][:depth])
    if len(rest) < 3:
        return 0.0
    spread = max(float(rest.std()), 0.01)
    return (similarity[top] - float(rest.mean())) / spread


def unit_standout(
    query: np.ndarray, units: UnitVectors, entry_vectors: np.ndarray, groups: np.ndarray
) -> tuple[int, float]:
    """The entry whose answer unit is closest to ``query`` (-1: no units), and the standout
    of each entry's best unit cosine: one sentence saying what is asked counts in full,
    not diluted by the rest of its entry as in the whole-entry vector."""
    cos = unit_cosines(units, np.asarray(query, dtype=np.float32))
    best = np.full(len(entry_vectors), -np.inf, dtype=np.float32)
    np.maximum.at(best, units.entry, cos)
    found = np.flatnonzero(np.isfinite(best))
    if not len(found):
        return -1, 0.0
    # standout reads only the best 2 * DEPTH + 1: those, in its own order (best first,
    # ties by entry), not a dict of every entry
    order = found[np.argsort(-best[found], kind="stable")][: DEPTH * 2 + 1]
    similarity = {int(i): float(best[i]) for i in order}
    return int(found[np.argmax(best[found])]), standout(similarity, entry_vectors, groups)


def unit_cosines(units: UnitVectors, query: np.ndarray, block: int = 256) -> np.ndarray:
    """The query's cosine to every stored unit, converted from float16 a block at a time
    (one float32 copy of all rows costs ~10x more: a fresh large buffer per query)."""
    out = np.empty(units.count, dtype=np.float32)
    for i in range(0, units.count, block):
        out[i : i + block] = units.vectors[i : i + block].astype(np.float32) @ query
    return out


def confidence_of(z: float, bar: float, scale: float = 0.75) -> float:
    """A confidence in [0, 1] that crosses 0.5 exactly at the bar."""
    return 1.0 / (1.0 + math.exp(-(z - bar) / scale))


def calibrate(
    entries: Sequence[Entry],
    vectors: np.ndarray,
    chunk_entry: np.ndarray,
    encoder: Encoder,
    *,
    sample: int = SAMPLE,
    seed: int = 0,
    units: UnitVectors | None = None,
) -> Calibration:
    """The bars for this corpus from pseudo-questions built out of its own entries."""
    with_text = [i for i, e in enumerate(entries) if e.body.strip()]
    if len(with_text) < MIN_ENTRIES:
        return Calibration()
    rng = np.random.default_rng(seed)
    # Each pseudo-question scans every vector: fewer of them past a million chunks.
    sample = max(16, min(sample, int(_SCAN_BUDGET / max(len(vectors), 1))))
    picked = sorted(rng.permutation(with_text)[:sample].tolist())
    titles = _encode(encoder, [f"what is {entries[i].title}" for i in picked])
    masked = [_masked_definition(entries[i]) for i in picked]
    definitions = _encode(encoder, masked)
    plain_definitions = _encode(encoder, [keep_everyday(text) for text in masked])
    by_entry = entry_vectors(vectors, chunk_entry, len(entries))
    groups = title_groups(entries)
    described: list[float] = []
    plain: list[float] = []
    left_out: list[float] = []
    described_out: list[float] = []
    leads_out: list[float] = []
    for row, i in enumerate(picked):
        described.append(standout(_best(vectors, chunk_entry, definitions[row]), by_entry, groups))
        plain.append(
            standout(_best(vectors, chunk_entry, plain_definitions[row]), by_entry, groups)
        )
        drop = _copies(i, entries, by_entry)
        out = _best(vectors, chunk_entry, definitions[row], drop)
        described_out.append(standout(out, by_entry, groups))
        leads_out.append(lead_of(out, by_entry, groups)[0])
        left_out.append(standout(_best(vectors, chunk_entry, titles[row], drop), by_entry, groups))
    lenient = float(np.quantile(described, LENIENT_QUANTILE))
    unit_lenient = None
    if units is not None and units.count:
        unit_z = [unit_standout(q, units, by_entry, groups)[1] for q in definitions]
        unit_lenient = round(float(np.quantile(unit_z, LENIENT_QUANTILE)), 4)
    strict = max(float(np.max(left_out)), lenient)
    return Calibration(
        lenient=round(lenient, 4),
        strict=round(strict, 4),
        source="corpus",
        n_pseudo=len(described) + len(left_out),
        kept_positives=round(float(np.mean(np.array(described) >= lenient)), 4),
        rejected_negatives=round(float(np.mean(np.array(left_out) < strict)), 4),
        plain=round(float(np.quantile(plain, PLAIN_QUANTILE)), 4),
        floor=round(FLOOR_SHARE * float(np.median(described_out)), 4),
        unit_lenient=unit_lenient,
        lead=round(float(np.quantile(leads_out, LEAD_QUANTILE)), 4),
    )


def _encode(encoder: Encoder, texts: list[str], batch: int = 16) -> np.ndarray:
    parts = [
        np.asarray(encoder.encode_queries(texts[i : i + batch]))
        for i in range(0, len(texts), batch)
    ]
    return np.concatenate(parts).astype(np.float32)


def _masked_definition(entry: Entry) -> str:
    """The start of the definition, never more than half of it: a user's paraphrase does
    not copy an entry, and a glossary of one-line entries must not set a bar only copies clear."""
    body = entry.body.split()
    text = " ".join(body[: min(_DEFINITION_WORDS, max(_MIN_DEFINITION_WORDS, len(body) // 2))])
    for name in sorted((entry.title, *entry.aliases), key=len, reverse=True):
        if name.strip():
            text = re.sub(re.escape(name), "it", text, flags=re.IGNORECASE)
    return text


def _best(
    vectors: np.ndarray, chunk_entry: np.ndarray, qvec: np.ndarray, drop: set[int] | None = None
) -> dict[int, float]:
    sims = vectors @ qvec
    best = np.full(int(chunk_entry.max()) + 1, -np.inf, dtype=np.float32)
    np.maximum.at(best, chunk_entry, sims)
    top = np.argsort(-best)[: DEPTH * 3]
    skip = drop or set()
    return {int(i): float(best[i]) for i in top if np.isfinite(best[i]) and int(i) not in skip}


def _copies(i: int, entries: Sequence[Entry], entry_vectors: np.ndarray) -> set[int]:
    """The entry and every entry that repeats it (its title in theirs, or nearly the same text)."""
    title = f" {_flat(entries[i].title)} "
    same = {
        j
        for j, e in enumerate(entries)
        if any(title in f" {_flat(name)} " for name in (e.title, *e.aliases))
    }
    close = np.flatnonzero(entry_vectors @ entry_vectors[i] > DUPLICATE_COSINE)
    return same | {int(j) for j in close} | {i}


def entry_vectors(vectors: np.ndarray, chunk_entry: np.ndarray, n_entries: int) -> np.ndarray:
    """One vector per entry: the normalized mean of its chunks (standout, MMR redundancy)."""
    dim = vectors.shape[1] if vectors.ndim == 2 else 0
    out = np.zeros((n_entries, dim), dtype=np.float32)
    if len(chunk_entry):
        np.add.at(out, chunk_entry, vectors)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    normalized: np.ndarray = out / norms
    return normalized


def _flat(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def calibrate_index(
    entries: Sequence[Entry],
    chunk_entry_ids: Sequence[str],
    vectors: np.ndarray,
    onnx_dir: Path,
    build_encoder: Encoder,
    units: UnitVectors | None = None,
) -> dict[str, Any]:
    """The manifest's ``calibration`` field for a new index generation.

    Pseudo-questions go through the query encoder the index will use: its ONNX
    export when there is one, else the build's own encoder.
    """
    from rag_glossary.embedding import QueryEncoder, onnx_files_present

    encoder = QueryEncoder.load(onnx_dir) if onnx_files_present(onnx_dir) else build_encoder
    position = {e.id: i for i, e in enumerate(entries)}
    chunk_entry = np.array([position[c] for c in chunk_entry_ids], dtype=np.int64)
    return calibrate(entries, vectors, chunk_entry, encoder, units=units).to_dict()
