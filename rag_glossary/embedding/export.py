"""The ONNX export of a sentence-transformers model, with its self-check.

:func:`export_onnx` writes what :class:`~rag_glossary.embedding.query.QueryEncoder`
loads (model.onnx, tokenizer.json, encoder.json) and refuses an export whose
embeddings differ from sentence-transformers' own (cosine below
EXPORT_MIN_COSINE on a few probe texts, queries and documents).
"""

from __future__ import annotations

import inspect
import warnings
from pathlib import Path
from typing import Any

from rag_glossary.embedding.document import DocumentEncoder, first_line
from rag_glossary.embedding.query import (
    ENCODER_CONFIG_FILE,
    ONNX_FILE,
    POOLING_MODES,
    TOKENIZER_FILE,
    EncoderConfig,
    QueryEncoder,
)
from rag_glossary.errors import IndexCorruptError, ModelLoadError

# Minimum cosine between the two paths accepted by the self-check after export.
EXPORT_MIN_COSINE = 0.9999
_EXPORT_CHECK_TEXTS = (
    "what is masked self-attention",
    "Markov decision process (MDP): a tuple of states, actions, transitions and rewards.",
    "Régularisation — naïve café über straße",
)
_INPUT_ORDER = ("input_ids", "attention_mask", "token_type_ids")
_LEGACY_POOLING_KEYS = {
    "cls": "pooling_mode_cls_token",
    "max": "pooling_mode_max_tokens",
    "mean": "pooling_mode_mean_tokens",
    "mean_sqrt_len_tokens": "pooling_mode_mean_sqrt_len_tokens",
    "weightedmean": "pooling_mode_weightedmean_tokens",
    "lasttoken": "pooling_mode_lasttoken",
}


def export_onnx(encoder: DocumentEncoder, dest: Path) -> None:
    """Write model.onnx, tokenizer.json and encoder.json into ``dest``, then check them."""
    dest.mkdir(parents=True, exist_ok=True)
    config = encoder_config(encoder)
    _export_graph(encoder, dest / ONNX_FILE, config.input_names)
    _save_tokenizer(encoder.model, dest / TOKENIZER_FILE)
    # encoder.json last: its presence means the export completed.
    (dest / ENCODER_CONFIG_FILE).write_text(config.to_json(), encoding="utf-8")
    check_export(encoder, dest)


def encoder_config(encoder: DocumentEncoder) -> EncoderConfig:
    """What the ONNX path must reproduce of ``encoder``'s model (or why it can't)."""
    name, model = encoder.spec.name, encoder.model
    modules = list(model)
    kinds = [type(m).__name__ for m in modules]
    if kinds[:2] != ["Transformer", "Pooling"] or kinds[2:] not in ([], ["Normalize"]):
        raise ModelLoadError(
            f"embedding model '{name}' has modules {kinds}: "
            "only Transformer + Pooling (+ Normalize) can be exported to ONNX"
        )
    transformer, pooling = modules[0], modules[1]
    _check_text_forward(transformer, name)
    tokenizer = model.tokenizer
    if not getattr(tokenizer, "is_fast", False):
        raise ModelLoadError(f"embedding model '{name}' has no fast tokenizer: cannot export it")
    prompt, document_prompt = _query_prompt(model), _document_prompt(model)
    if (prompt or document_prompt) and not getattr(pooling, "include_prompt", True):
        raise ModelLoadError(
            f"embedding model '{name}' excludes its prompt from pooling: cannot export it"
        )
    return EncoderConfig(
        model_id=encoder.model_id,
        pooling_modes=_pooling_modes(pooling),
        normalize=True,
        max_seq_length=int(getattr(transformer, "query_length", None) or encoder.max_seq_length),
        dimension=encoder.dimension,
        input_names=_input_names(transformer, tokenizer),
        pad_token_id=int(tokenizer.pad_token_id or 0),
        pad_token=str(tokenizer.pad_token or "[PAD]"),
        padding_side=str(getattr(tokenizer, "padding_side", "right")),
        prompt=prompt,
        document_prompt=document_prompt,
        document_max_seq_length=int(
            getattr(transformer, "document_length", None) or encoder.max_seq_length
        ),
    )


def check_export(encoder: DocumentEncoder, dest: Path) -> None:
    """Refuse an export whose embeddings differ from sentence-transformers'."""
    name = encoder.spec.name
    texts = list(_EXPORT_CHECK_TEXTS)
    try:
        onnx = QueryEncoder.load(dest)
    except IndexCorruptError as exc:
        raise ModelLoadError(f"ONNX export of '{name}' is unusable: {exc}") from exc
    pairs = [
        (encoder.encode_queries(texts), onnx.encode_queries(texts)),
        (encoder.encode_documents(texts), onnx.encode_documents(texts)),
    ]
    worst = min(float((st * ort).sum(axis=1).min()) for st, ort in pairs)
    if worst < EXPORT_MIN_COSINE:
        raise ModelLoadError(
            f"ONNX export of '{name}' disagrees with sentence-transformers (cosine {worst:.5f})"
        )


def _query_prompt(model: Any) -> str:
    """The prompt `encode_query` prepends ('' for most models)."""
    prompts: dict[str, str] = getattr(model, "prompts", None) or {}
    if "query" in prompts:
        return prompts["query"] or ""
    return _default_prompt(model, prompts)


def _document_prompt(model: Any) -> str:
    """The prompt `encode_document` prepends ('' for most models)."""
    prompts: dict[str, str] = getattr(model, "prompts", None) or {}
    for name in ("document", "passage", "corpus"):
        if name in prompts:
            return prompts[name] or ""
    return _default_prompt(model, prompts)


def _default_prompt(model: Any, prompts: dict[str, str]) -> str:
    default = getattr(model, "default_prompt_name", None)
    return prompts.get(default, "") if default else ""


def _export_graph(encoder: DocumentEncoder, path: Path, input_names: tuple[str, ...]) -> None:
    import torch

    model = encoder.model
    wrapper = _export_wrapper(next(iter(model)).auto_model, input_names).eval()
    # Padding in the example keeps the attention-mask path in the traced graph.
    sample = model.tokenizer(
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
            f"ONNX export of embedding model '{encoder.spec.name}' failed: {first_line(exc)}"
        ) from exc


def _save_tokenizer(model: Any, path: Path) -> None:
    from tokenizers import Tokenizer

    # A copy, so that clearing truncation/padding leaves the live tokenizer alone.
    copy = Tokenizer.from_str(model.tokenizer.backend_tokenizer.to_str())
    copy.no_truncation()
    copy.no_padding()
    copy.save(str(path))


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
        modes = tuple(m for m in POOLING_MODES if legacy.get(_LEGACY_POOLING_KEYS[m]))
    else:
        modes = (mode,) if isinstance(mode, str) else tuple(mode)
    if not modes or set(modes) - set(POOLING_MODES):
        raise ModelLoadError(f"unsupported pooling mode {modes!r}: cannot export it")
    return modes


def _input_names(transformer: Any, tokenizer: Any) -> tuple[str, ...]:
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
