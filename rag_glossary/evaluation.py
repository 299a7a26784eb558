"""Retrieval evaluation: a question set, standard metrics, configurations side by side.

A question set is JSON lines: ``{"id", "question", "relevant": [ids], "kind"}``.
Positives are scored with hit@1, hit@5, recall@5, mrr@10 and ndcg@10, and
``false_abstain`` (the retriever said the glossary has no answer); negatives
(``relevant: []``) with ``abstain``. Every metric is a mean in [0, 1].
"""

from __future__ import annotations

import json
import math
import os
import statistics
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rag_glossary.answer_metrics import answer_table as answer_table  # re-exported
from rag_glossary.answer_metrics import evaluate_answers as evaluate_answers  # re-exported
from rag_glossary.errors import EvaluationError
from rag_glossary.question_sets import QuestionSet as QuestionSet  # re-exported
from rag_glossary.question_sets import discover_sets as discover_sets  # re-exported
from rag_glossary.question_sets import eval_index_dir as eval_index_dir  # re-exported
from rag_glossary.retrieval import Retriever, RetrieverConfig
from rag_glossary.validation import check_path

KINDS = ("term", "alias", "paraphrase", "content", "negative")
DEFAULT_CONFIG = "default"

# Single signals run bare (no stub demotion) so each is measured as itself.
CONFIGS: dict[str, RetrieverConfig] = {
    "bm25": RetrieverConfig(
        mode="bm25", term=False, mmr=False, stub_factor=1.0, stub_needs_name=False
    ),
    "dense": RetrieverConfig(
        mode="dense", term=False, mmr=False, stub_factor=1.0, stub_needs_name=False
    ),
    # The textbook LangChain recipe: FAISS similarity then MMR with its defaults.
    "dense+mmr": RetrieverConfig(
        mode="dense",
        term=False,
        mmr=True,
        fetch_k=20,
        lambda_mult=0.5,
        stub_factor=1.0,
        stub_needs_name=False,
    ),
    "term": RetrieverConfig(
        mode="dense", term=True, mmr=False, dense_weight=0.0, stub_factor=1.0, stub_needs_name=False
    ),
    # Fixed-weight fusion: the default also lowers BM25 for questions naming no term.
    "hybrid": RetrieverConfig(mode="hybrid", term=False, mmr=False, described_lexical=1.0),
    "hybrid+term": RetrieverConfig(mode="hybrid", term=True, mmr=False, described_lexical=1.0),
    DEFAULT_CONFIG: RetrieverConfig(),
}
POSITIVE_METRICS = ("hit@1", "hit@5", "recall@5", "mrr@10", "ndcg@10", "false_abstain")
NEGATIVE_METRICS = ("abstain",)


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    relevant: tuple[str, ...]
    kind: str
    must_include: tuple[str | tuple[str, ...], ...] = ()  # key facts a good answer contains

    @property
    def negative(self) -> bool:
        return not self.relevant


def load_questions(path: str | os.PathLike[str]) -> list[Question]:
    """Read a question set, with a one-line error naming the first bad line."""
    path = check_path(path, "path")
    try:
        # split("\n"), not splitlines(): JSON strings may hold U+2028 and friends.
        lines = path.read_text(encoding="utf-8").split("\n")
    except FileNotFoundError as exc:
        raise EvaluationError(f"question file not found: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"cannot read question file {path}: {exc}") from exc
    questions = [_question(path, n, line) for n, line in enumerate(lines, 1) if line.strip()]
    if not questions:
        raise EvaluationError(f"question file {path} holds no questions")
    seen: set[str] = set()
    for q in questions:
        if q.id in seen:
            raise EvaluationError(f"{path}: question id {q.id!r} appears twice")
        seen.add(q.id)
    return questions


def _question(path: Path, n: int, line: str) -> Question:
    try:
        data = json.loads(line)
        relevant = data.get("relevant", [])
        if not isinstance(relevant, list) or not all(isinstance(r, str) for r in relevant):
            raise TypeError("'relevant' must be a list of citation ids")
        text = str(data["question"]).strip()
        if not text:
            raise ValueError("empty question")
        kind = str(data.get("kind") or ("negative" if not relevant else "term"))
        facts = tuple(f if isinstance(f, str) else tuple(f) for f in data.get("must_include", []))
        return Question(str(data.get("id", f"line{n}")), text, tuple(relevant), kind, facts)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise EvaluationError(f"{path}:{n}: not a question object ({exc})") from exc


# ---------------------------------------------------------------- metrics


def question_metrics(
    ranked: Sequence[str], relevant: Iterable[str], covered: bool
) -> dict[str, float]:
    """Metrics of one positive question given the ranked ids returned."""
    rel = set(relevant)
    ranks = [i for i, doc in enumerate(ranked[:10], start=1) if doc in rel]
    dcg = sum(1.0 / math.log2(r + 1) for r in ranks)
    ideal = sum(1.0 / math.log2(r + 1) for r in range(1, min(len(rel), 10) + 1))
    return {
        "hit@1": float(bool(ranks) and ranks[0] == 1),
        "hit@5": float(any(r <= 5 for r in ranks)),
        "recall@5": sum(1 for r in ranks if r <= 5) / len(rel),
        "mrr@10": 1.0 / ranks[0] if ranks else 0.0,
        "ndcg@10": dcg / ideal if ideal else 0.0,
        "false_abstain": float(not covered),
    }


def _mean(rows: Sequence[Mapping[str, float]], names: Sequence[str]) -> dict[str, float]:
    return {m: round(statistics.fmean(r[m] for r in rows), 4) for m in names} if rows else {}


@dataclass
class ConfigResult:
    """Per-question rows of one configuration and their aggregates."""

    name: str
    rows: list[tuple[Question, dict[str, float]]] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)

    def aggregate(self, questions: Sequence[tuple[Question, dict[str, float]]]) -> dict[str, float]:
        pos = [m for q, m in questions if not q.negative]
        neg = [m for q, m in questions if q.negative]
        out = {**_mean(pos, POSITIVE_METRICS), **_mean(neg, NEGATIVE_METRICS)}
        out["n"] = len(questions)
        return out

    def overall(self) -> dict[str, float]:
        out = self.aggregate(self.rows)
        if self.latencies_ms:
            out["latency_ms_p50"] = round(statistics.median(self.latencies_ms), 2)
        return out

    def by_kind(self) -> dict[str, dict[str, float]]:
        kinds = sorted(
            {q.kind for q, _ in self.rows},
            key=lambda k: (k not in KINDS, KINDS.index(k) if k in KINDS else 0, k),
        )
        return {k: self.aggregate([r for r in self.rows if r[0].kind == k]) for k in kinds}


@dataclass
class EvaluationReport:
    default: str
    k: int
    results: dict[str, ConfigResult]
    answer_metrics: dict[str, dict[str, float]] | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "default": self.default,
            "k": self.k,
            "configs": {
                name: {"overall": r.overall(), "by_kind": r.by_kind()}
                for name, r in self.results.items()
            },
        }
        if self.answer_metrics is not None:
            data["answers"] = self.answer_metrics
        return data

    def failures(self, config: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Positive questions whose relevant entries missed the top 5, for debugging."""
        result = self.results[config or self.default]
        return [
            {"id": q.id, "question": q.question, "kind": q.kind, "relevant": list(q.relevant)}
            for q, m in result.rows
            if not q.negative and m["hit@5"] == 0.0
        ][:limit]


def resolve_configs(names: Sequence[str] | None) -> dict[str, RetrieverConfig]:
    if not names:
        return dict(CONFIGS)
    unknown = [n for n in names if n not in CONFIGS]
    if unknown:
        raise EvaluationError(
            f"unknown configuration {', '.join(unknown)}: choose from {', '.join(CONFIGS)}"
        )
    return {n: CONFIGS[n] for n in names}


def evaluate(
    retriever: Retriever,
    questions: Sequence[Question],
    configs: Sequence[str] | None = None,
    *,
    k: int = 10,
    on_progress: Callable[[int], None] | None = None,
) -> EvaluationReport:
    """Run every configuration over every question; returns metrics per config and kind.

    ``k`` (10 to 50) is the depth of the ranked lists; the metrics look at the top 10.
    """
    from rag_glossary.validation import check_int

    check_int(k, "k", 10, 50)
    chosen = resolve_configs(configs)
    results: dict[str, ConfigResult] = {}
    for name, config in chosen.items():
        variant = retriever.with_config(config)
        result = ConfigResult(name)
        for q in questions:
            started = time.perf_counter()
            found = variant.retrieve(q.question, k=k)
            result.latencies_ms.append((time.perf_counter() - started) * 1000)
            ranked = [h.id for h in found.hits]
            if q.negative:
                result.rows.append((q, {"abstain": float(not found.covered)}))
            else:
                result.rows.append((q, question_metrics(ranked, q.relevant, found.covered)))
            if on_progress:
                on_progress(1)
        results[name] = result
    default = DEFAULT_CONFIG if DEFAULT_CONFIG in results else next(iter(results))
    return EvaluationReport(default, k, results)


# ---------------------------------------------------------------- rendering


TABLE_METRICS = (*POSITIVE_METRICS[:-1], "false_abstain", "abstain", "latency_ms_p50")


def markdown_table(report: EvaluationReport) -> str:
    """Configurations side by side, overall metrics; the default in bold."""
    head = "| config | " + " | ".join(TABLE_METRICS) + " |"
    rule = "|---|" + "---:|" * len(TABLE_METRICS)
    lines = [head, rule]
    for name, result in report.results.items():
        overall = result.overall()
        label = f"**{name}**" if name == report.default else name
        cells = [_fmt(overall.get(m)) for m in TABLE_METRICS]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def markdown_by_kind(report: EvaluationReport, config: str | None = None) -> str:
    result = report.results[config or report.default]
    metrics = ("n", "hit@1", "hit@5", "recall@5", "mrr@10", "ndcg@10", "false_abstain", "abstain")
    lines = ["| kind | " + " | ".join(metrics) + " |", "|---|" + "---:|" * len(metrics)]
    for kind, values in result.by_kind().items():
        lines.append(f"| {kind} | " + " | ".join(_fmt(values.get(m)) for m in metrics) + " |")
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    if float(value).is_integer() and value > 1:
        return str(int(value))
    return f"{value:.3f}"


def write_report(
    report: EvaluationReport, path: str | os.PathLike[str], questions_file: str | os.PathLike[str]
) -> list[Path]:
    """A Markdown report with the tables, and a bar chart if matplotlib is installed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    written = [path]
    chart = path.with_suffix(".png")
    chart_line = ""
    if _bar_chart(report, chart):
        written.append(chart)
        chart_line = f"\n![metrics by configuration]({chart.name})\n"
    text = (
        f"# Retrieval evaluation\n\nQuestions: `{questions_file}` "
        f"({sum(1 for _ in report.results[report.default].rows)} questions).\n\n"
        f"## Configurations\n\n{markdown_table(report)}\n{chart_line}\n"
        f"## Default configuration by kind\n\n{markdown_by_kind(report)}\n"
    )
    if report.answer_metrics:
        text += "\n## Extractive answers by kind\n\n" + answer_table(report.answer_metrics)
    path.write_text(text, encoding="utf-8")
    return written


def _bar_chart(report: EvaluationReport, path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    metrics = ("hit@1", "hit@5", "recall@5", "mrr@10", "ndcg@10")
    names = list(report.results)
    fig, ax = plt.subplots(figsize=(10, 4.5))
    width = 0.8 / len(names)
    for i, name in enumerate(names):
        overall = report.results[name].overall()
        xs = [m + i * width for m in range(len(metrics))]
        ax.bar(xs, [overall.get(m, 0.0) for m in metrics], width, label=name)
    ax.set_xticks([m + 0.4 - width / 2 for m in range(len(metrics))], metrics)
    ax.set_ylim(0, 1)
    ax.set_ylabel("score")
    ax.legend(fontsize="small", ncol=4, loc="upper center", bbox_to_anchor=(0.5, -0.08))
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


# ---------------------------------------------------------------- one row per question set


SET_METRICS = ("hit@5", "mrr@10", "abstain", "false_abstain", "n")


def evaluate_sets(
    sets: Sequence[QuestionSet],
    open_retriever: Callable[[QuestionSet], Retriever],
    *,
    k: int = 10,
) -> dict[str, dict[str, float]]:
    """The default configuration on every set: one row of SET_METRICS per set name."""
    rows: dict[str, dict[str, float]] = {}
    for qset in sets:
        report = evaluate(
            open_retriever(qset), load_questions(qset.questions), [DEFAULT_CONFIG], k=k
        )
        overall = report.results[DEFAULT_CONFIG].overall()
        rows[qset.name] = {m: overall[m] for m in SET_METRICS if m in overall}
    return rows


def sets_table(sets: Sequence[QuestionSet], rows: Mapping[str, Mapping[str, float]]) -> str:
    """One Markdown row per question set, its role (design or held-out) named."""
    lines = [
        "| set | role | " + " | ".join(SET_METRICS) + " |",
        "|---|---|" + "---:|" * len(SET_METRICS),
    ]
    for qset in sets:
        if qset.name in rows:
            cells = [_fmt(rows[qset.name].get(m)) for m in SET_METRICS]
            lines.append(f"| {qset.name} | {qset.role or '–'} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
