"""The query path: ONNX session, tokenizer, pooling and token counting.

:class:`QueryEncoder` embeds text with onnxruntime and the model's
``tokenizer.json`` alone, reproducing sentence-transformers' pooling and
normalization in numpy; :class:`TokenCounter` counts a model's word pieces.
This module imports neither torch, transformers nor sentence-transformers
(tests/test_embedding.py checks it in a fresh interpreter): every search
process loads it, and those imports cost seconds.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from rag_glossary.embedding.encoder import Vectors, encode_in_batches
from rag_glossary.embedding.spec import ModelSpec, not_available_message
from rag_glossary.errors import REBUILD_HINT, IndexCorruptError, ModelLoadError

if TYPE_CHECKING:
    import onnxruntime
    import tokenizers

ONNX_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
ENCODER_CONFIG_FILE = "encoder.json"
ENCODER_FORMAT = 1
POOLING_MODES = ("cls", "max", "mean", "mean_sqrt_len_tokens", "weightedmean", "lasttoken")
# Documents per ONNX run. onnxruntime keeps a batch's activations in its arena: 32 texts
# of 256 pieces peaked at ~800 MB embedding cooking-glossary, 8 at ~390 MB, in half the
# time (less padding), with the same vectors (max difference 0.0).
ONNX_DOCUMENT_BATCH = 8


# --------------------------------------------------------------------------- token counting


def _load_tokenizer(path: Path) -> tokenizers.Tokenizer:
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(path))


class TokenCounter:
    """Counts a model's word pieces (special tokens included) with `tokenizers` only."""

    def __init__(self, tokenizer_json: Path) -> None:
        try:
            tokenizer = _load_tokenizer(tokenizer_json)
        except Exception as exc:
            raise ModelLoadError(f"cannot read tokenizer {tokenizer_json}: {exc}") from exc
        # tokenizer.json files often ship with truncation/padding enabled (all-MiniLM:
        # 128): counting must see the full text.
        tokenizer.no_truncation()
        tokenizer.no_padding()
        self._tokenizer = tokenizer

    @classmethod
    def for_model(cls, spec: ModelSpec) -> TokenCounter:
        path = Path(spec.path) / TOKENIZER_FILE
        if not path.is_file():
            if not spec.is_local:
                raise ModelLoadError(not_available_message(spec))
            raise ModelLoadError(
                f"no {TOKENIZER_FILE} in {spec.path}: the embedding model needs a fast tokenizer"
            )
        return cls(path)

    def count(self, text: str) -> int:
        return len(self._tokenizer.encode(text).ids)

    def count_batch(self, texts: Sequence[str]) -> list[int]:
        return [len(e.ids) for e in self._tokenizer.encode_batch(list(texts))]


# --------------------------------------------------------------------------- encoder config


@dataclass(frozen=True)
class EncoderConfig:
    """What the ONNX path needs besides the graph and the tokenizer.

    ``prompt``/``max_seq_length`` apply to queries, the ``document_*`` pair to
    documents (they differ only for models trained with asymmetric prompts).
    """

    model_id: str
    pooling_modes: tuple[str, ...]
    normalize: bool
    max_seq_length: int
    dimension: int
    input_names: tuple[str, ...]
    pad_token_id: int
    pad_token: str
    padding_side: str
    prompt: str
    document_prompt: str = ""
    document_max_seq_length: int = 0
    format: int = ENCODER_FORMAT

    def to_json(self) -> str:
        data = {**self.__dict__}
        data["pooling_modes"] = list(self.pooling_modes)
        data["input_names"] = list(self.input_names)
        return json.dumps(data, indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> EncoderConfig:
        data = json.loads(text)
        if data.get("format") != ENCODER_FORMAT:
            raise ValueError(f"unknown encoder format {data.get('format')!r}")
        config = cls(
            model_id=str(data["model_id"]),
            pooling_modes=tuple(str(m) for m in data["pooling_modes"]),
            normalize=bool(data["normalize"]),
            max_seq_length=int(data["max_seq_length"]),
            dimension=int(data["dimension"]),
            input_names=tuple(str(n) for n in data["input_names"]),
            pad_token_id=int(data["pad_token_id"]),
            pad_token=str(data["pad_token"]),
            padding_side=str(data["padding_side"]),
            prompt=str(data["prompt"]),
            document_prompt=str(data.get("document_prompt", "")),
            document_max_seq_length=int(
                data.get("document_max_seq_length") or data["max_seq_length"]
            ),
        )
        unknown = set(config.pooling_modes) - set(POOLING_MODES)
        if unknown or not config.pooling_modes:
            raise ValueError(f"unsupported pooling modes {sorted(unknown)}")
        return config


def onnx_files_present(folder: str | os.PathLike[str]) -> bool:
    """True when `folder` holds every file :meth:`QueryEncoder.load` needs."""
    folder = Path(folder)
    names = (ONNX_FILE, TOKENIZER_FILE, ENCODER_CONFIG_FILE)
    return all((folder / name).is_file() for name in names)


# --------------------------------------------------------------------------- pooling (numpy)


def _pool_one(mode: str, tokens: Vectors, mask: Vectors) -> Vectors:
    """Pool token embeddings (batch, seq, dim) with a 0/1 mask (batch, seq, 1)."""
    rows = np.arange(tokens.shape[0])
    pooled: Any
    if mode == "cls":
        pooled = tokens[rows, mask[:, :, 0].argmax(axis=1)]
    elif mode == "lasttoken":
        pooled = tokens[rows, mask.shape[1] - 1 - mask[:, ::-1, 0].argmax(axis=1)]
    elif mode == "max":
        pooled = np.where(mask > 0, tokens, -np.inf).max(axis=1)
    elif mode == "weightedmean":
        pad_lengths = mask[:, :, 0].argmax(axis=1)
        positions = np.arange(1, mask.shape[1] + 1, dtype=np.float32)[None, :, None]
        weights = mask * (positions - pad_lengths[:, None, None])
        pooled = (tokens * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    else:
        counts = np.clip(mask.sum(axis=1), 1e-9, None)
        pooled = (tokens * mask).sum(axis=1) / (counts if mode == "mean" else np.sqrt(counts))
    return np.asarray(pooled, dtype=np.float32)


def pool(modes: Sequence[str], tokens: Vectors, attention_mask: npt.NDArray[np.int64]) -> Vectors:
    """Reproduce sentence-transformers' Pooling module (concatenating several modes)."""
    mask = attention_mask[:, :, None].astype(np.float32)
    parts = [_pool_one(mode, tokens.astype(np.float32), mask) for mode in modes]
    return np.concatenate(parts, axis=1).astype(np.float32)


def l2_normalize(vectors: Vectors) -> Vectors:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(vectors / np.clip(norms, 1e-12, None), dtype=np.float32)


# --------------------------------------------------------------------------- query encoder


# Threads of a session that embeds one query at a time (a search's question, its windows).
# One query alone (the CLI, the library) is answered sooner on two threads (241 questions:
# p50 9.5 vs 11.7 ms, wall 3.9 vs 5.2 s) for ~9% more CPU; a server already runs two
# searches at once on the two cores, so its session takes one thread (same vectors, bit for
# bit) and spends that CPU on other requests. Documents keep both threads.
QUERY_THREADS = 2
SERVER_QUERY_THREADS = 1


def _session_options(threads: int | None = None) -> onnxruntime.SessionOptions:
    import onnxruntime as ort

    options = ort.SessionOptions()
    # Sized for the 2-core target machine; one query is too small for inter-op parallelism.
    options.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    # Spinning threads lose badly when other processes share the 2 cores (2x slower).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return options


class QueryEncoder:
    """Embeds text with onnxruntime + `tokenizers` only (no torch, no transformers).

    Meant for queries, but :meth:`encode_documents` reproduces
    :meth:`DocumentEncoder.encode_documents` too, so re-indexing can skip
    sentence-transformers. ``folder`` holds the files it was loaded from.
    """

    def __init__(
        self,
        session: onnxruntime.InferenceSession,
        tokenizer: tokenizers.Tokenizer,
        config: EncoderConfig,
        folder: Path,
    ) -> None:
        self._session = session
        self._tokenizers = {config.max_seq_length: tokenizer}
        self._config = config
        self._folder = folder
        self._counter: TokenCounter | None = None

    @classmethod
    def load(cls, folder: str | os.PathLike[str], *, threads: int | None = None) -> QueryEncoder:
        """The encoder of an export; ``threads`` sizes its ONNX session (None: one per core,
        at most two, for embedding documents; ``QUERY_THREADS`` for a search's queries)."""
        folder = Path(folder)
        if not onnx_files_present(folder):
            raise IndexCorruptError(f"query encoder files are missing in {folder}: {REBUILD_HINT}")
        config = _read_config(folder / ENCODER_CONFIG_FILE)
        tokenizer = _read_tokenizer(folder / TOKENIZER_FILE, config)
        session = _read_session(folder / ONNX_FILE, config, threads)
        return cls(session, tokenizer, config, folder)

    @property
    def dimension(self) -> int:
        return self._config.dimension

    @property
    def max_seq_length(self) -> int:
        return self._config.max_seq_length

    @property
    def model_id(self) -> str:
        return self._config.model_id

    def encode_queries(self, texts: Sequence[str]) -> Vectors:
        """Embed queries: float32, L2-normalized, shape (len(texts), dimension)."""
        return self._embed(list(texts), self._config.prompt, self._config.max_seq_length)

    def encode_documents(
        self,
        texts: Sequence[str],
        *,
        batch_size: int = ONNX_DOCUMENT_BATCH,
        on_progress: Callable[[int], None] | None = None,
    ) -> Vectors:
        """Embed documents exactly like :meth:`DocumentEncoder.encode_documents`."""
        config = self._config

        def embed(batch: list[str]) -> Vectors:
            return self._embed(batch, config.document_prompt, config.document_max_seq_length)

        return encode_in_batches(
            embed, texts, self.dimension, batch_size=batch_size, on_progress=on_progress
        )

    def export_onnx(self, dest: Path) -> None:
        """Copy this encoder's files to ``dest`` (hard links where the disk allows)."""
        link_export(self._folder, dest)

    def count_tokens(self, text: str) -> int:
        if self._counter is None:
            self._counter = TokenCounter(self._folder / TOKENIZER_FILE)
        return self._counter.count(text)

    def unread_share(self, text: str) -> float:
        """The share of ``text``'s letters the model reads only one at a time or not at all
        (its unknown token): all-MiniLM reads "ゾンビプロセスってなに" as one [UNK] and
        "CoWってなんのこと" as "cow" then a piece per kana, so its vector says little of the
        question. A model whose vocabulary holds the script's words reads them in longer pieces."""
        tokenizer = self._tokenizer_for(self._config.max_seq_length)
        unknown = getattr(tokenizer.model, "unk_token", None)
        unk_id = tokenizer.token_to_id(unknown) if isinstance(unknown, str) else None
        said = sum(1 for c in text if c.isalpha())
        if not said:
            return 0.0
        encoding = tokenizer.encode(text)
        lost = 0
        for i, (a, b) in zip(encoding.ids, encoding.offsets, strict=True):
            piece = text[a:b]
            letters = sum(1 for c in piece if c.isalpha())
            if i == unk_id or (letters == 1 and not piece.isascii()):  # "RLHF": initials
                lost += letters
        return lost / said

    def truncated(self, text: str) -> bool:
        """True when the query `text` exceeds the model's window (its tail is ignored)."""
        tokenizer = self._tokenizer_for(self._config.max_seq_length)
        return len(tokenizer.encode(self._config.prompt + text).overflowing) > 0

    def _tokenizer_for(self, max_length: int) -> tokenizers.Tokenizer:
        if max_length not in self._tokenizers:
            from tokenizers import Tokenizer

            first = next(iter(self._tokenizers.values()))
            clone = Tokenizer.from_str(first.to_str())
            clone.enable_truncation(max_length=max_length)
            self._tokenizers[max_length] = clone
        return self._tokenizers[max_length]

    def _embed(self, texts: list[str], prompt: str, max_length: int) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        encodings = self._tokenizer_for(max_length).encode_batch([prompt + t for t in texts])
        feeds = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        inputs = {name: feeds[name] for name in self._config.input_names}
        (tokens,) = self._session.run(["last_hidden_state"], inputs)
        vectors = pool(self._config.pooling_modes, tokens, feeds["attention_mask"])
        return l2_normalize(vectors) if self._config.normalize else vectors


def _read_config(path: Path) -> EncoderConfig:
    try:
        return EncoderConfig.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexCorruptError(
            f"query encoder config {path} is unreadable: {REBUILD_HINT}"
        ) from exc


def _read_tokenizer(path: Path, config: EncoderConfig) -> tokenizers.Tokenizer:
    try:
        tokenizer = _load_tokenizer(path)
    except Exception as exc:
        raise IndexCorruptError(f"tokenizer {path} is unreadable: {REBUILD_HINT}") from exc
    tokenizer.enable_truncation(max_length=config.max_seq_length)
    tokenizer.enable_padding(
        direction=config.padding_side, pad_id=config.pad_token_id, pad_token=config.pad_token
    )
    return tokenizer


def _read_session(
    path: Path, config: EncoderConfig, threads: int | None = None
) -> onnxruntime.InferenceSession:
    import onnxruntime as ort

    try:
        session = ort.InferenceSession(
            str(path), sess_options=_session_options(threads), providers=["CPUExecutionProvider"]
        )
    except Exception as exc:
        raise IndexCorruptError(f"ONNX model {path} is unreadable: {REBUILD_HINT}") from exc
    inputs = {i.name for i in session.get_inputs()}
    outputs = {o.name for o in session.get_outputs()}
    if inputs != set(config.input_names) or "last_hidden_state" not in outputs:
        raise IndexCorruptError(
            f"ONNX model {path} does not match {ENCODER_CONFIG_FILE}: {REBUILD_HINT}"
        )
    return session


def link_export(folder: Path, dest: Path) -> None:
    """Copy an export's files to ``dest`` as hard links: one copy on disk however many
    indexes (and generations) hold it; a plain copy across file systems or where links
    are refused. Deleting the source never breaks ``dest``."""
    shutil.copytree(folder, dest, copy_function=_link_or_copy)


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
