"""`make bench`: speed and memory of rag-glossary on this machine, in one run.

Prints a table and writes eval/bench.json (and eval/bench.md, the README's
table). Everything that compares two numbers measures both in the same run:
the machine is shared and noisy, so quote medians and ratios, not absolutes.

    python eval/bench.py                # corpus, queries, 10k/100k scale
    python eval/bench.py --with-1m      # also the 1M-vector scale case
    python eval/bench.py --skip-scale   # only the shipped corpus
    python eval/bench.py --only serve   # only the HTTP server under load (eval/bench_serve.py)
    python eval/bench_parse.py          # only parsing speed (also a section of the full run)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import bench_fresh  # noqa: E402
from bench_parse import markdown as parse_markdown  # noqa: E402
from bench_parse import run_parse_bench  # noqa: E402
from bench_scale import machine_info, run_scale_bench  # noqa: E402
from bench_serve import markdown as serve_markdown  # noqa: E402
from bench_serve import run_serve_bench  # noqa: E402

from rag_glossary.evaluation import CONFIGS, load_questions  # noqa: E402
from rag_glossary.faiss_index import choose_index_type  # noqa: E402
from rag_glossary.retrieval import Retriever  # noqa: E402

CORPUS = ROOT / "corpus"
QUERY = "what is masked self-attention"
EDIT_FILE = "ai-glossary-m.md"
EDIT_FROM = "Attention can only be done to words to the left of the current word."
CLI = [sys.executable, "-m", "rag_glossary"]


def run_measured(args: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and exact peak RSS of one fresh process (via wait4)."""
    started = time.perf_counter()
    proc = subprocess.Popen(list(args), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}): {err.strip()}")
    return wall, usage.ru_maxrss * 1024


def env_for(corpus: Path, index: Path) -> dict[str, str]:
    return {
        **os.environ,
        "RAG_GLOSSARY_CORPUS": str(corpus),
        "RAG_GLOSSARY_INDEX": str(index),
        "HF_HUB_OFFLINE": "1",
    }


def summarize(walls: Sequence[float], peaks: Sequence[int], digits: int = 3) -> dict[str, float]:
    """Median and fastest wall time, highest peak RSS of repeated runs."""
    return {
        "median_s": round(statistics.median(walls), digits),
        "min_s": round(min(walls), digits),
        "peak_rss_mb": round(max(peaks) / 2**20, 1),
        "runs": len(walls),
    }


def median_runs(args: Sequence[str], env: dict[str, str], runs: int) -> dict[str, float]:
    measured = [run_measured(args, env) for _ in range(runs)]
    return summarize([w for w, _ in measured], [p for _, p in measured])


def bench_index(work: Path) -> dict[str, Any]:
    corpus = work / "corpus"
    shutil.copytree(CORPUS, corpus)
    index = work / "index"
    # An empty encoder cache: "cold" is a first build that loads the model and exports
    # it (the rebuild then embeds with the cached export; eval/bench_build.py compares).
    env = {**env_for(corpus, index), "RAG_GLOSSARY_ENCODER_CACHE": str(work / "encoder-cache")}
    cold_wall, cold_peak = run_measured([*CLI, "index"], env)
    warm_wall, warm_peak = run_measured([*CLI, "index", "--rebuild"], env)
    noop_wall, _ = run_measured([*CLI, "index"], env)
    path = corpus / EDIT_FILE
    path.write_text(
        path.read_text(encoding="utf-8").replace(EDIT_FROM, EDIT_FROM + " (edited)"),
        encoding="utf-8",
    )
    incr_wall, incr_peak = run_measured([*CLI, "index", "--json"], env)
    manifest = _manifest(index)
    return (
        {
            "chunks": manifest["n_chunks"],
            "entries": manifest["n_entries"],
            "cold_s": round(cold_wall, 2),
            "cold_chunks_per_s": round(manifest["n_chunks"] / cold_wall, 1),
            "rebuild_s": round(warm_wall, 2),
            "rebuild_chunks_per_s": round(manifest["n_chunks"] / warm_wall, 1),
            "up_to_date_check_s": round(noop_wall, 2),
            "incremental_one_entry_s": round(incr_wall, 2),
            "cold_peak_rss_mb": round(cold_peak / 2**20, 1),
            "rebuild_peak_rss_mb": round(warm_peak / 2**20, 1),
            "incremental_peak_rss_mb": round(incr_peak / 2**20, 1),
        },
        corpus,
        index,
    )


def _manifest(index: Path) -> dict[str, Any]:
    current = (index / "CURRENT").read_text().strip()
    data: dict[str, Any] = json.loads((index / current / "manifest.json").read_text())
    return data


def bench_fresh_process(corpus: Path, index: Path, pairs: int) -> dict[str, Any]:
    """Fresh `search` and `ask --no-llm` in interleaved pairs on a compiled copy of the
    package (``bench_fresh``: why both), and the yardstick; the search row's peak RSS
    comes from three plain runs."""
    env = env_for(corpus, index)
    ratio = bench_fresh.measure(env, pairs)
    peak = median_runs([*CLI, "search", QUERY], env, 3)["peak_rss_mb"]
    yardstick = median_runs([sys.executable, "-c", "import sentence_transformers"], env, 3)
    return {
        "search": {"median_s": ratio["search_median_s"], "peak_rss_mb": peak, "runs": pairs},
        "ask_extractive": {"median_s": ratio["ask_median_s"], "runs": pairs},
        "import_sentence_transformers": yardstick,
        "search_over_import_ratio": round(ratio["search_median_s"] / yardstick["median_s"], 3),
        # issue 10: a fresh extractive answer stays within 1.2x of a fresh search
        "ask_over_search_ratio": ratio["ask_over_search_ratio"],
        "ask_over_search": ratio,
    }


def bench_in_process(index: Path) -> dict[str, Any]:
    retriever = Retriever.load(index)
    questions = [q.question for q in load_questions(ROOT / "eval" / "questions.jsonl")]
    out: dict[str, Any] = {}
    for name, config in CONFIGS.items():
        variant = retriever.with_config(config)
        variant.search(questions[0])  # warm caches
        times = []
        for q in questions:
            started = time.perf_counter()
            variant.search(q, k=5)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        out[name] = {
            "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
            "queries": len(times),
        }
    return out


def markdown(result: dict[str, Any]) -> str:
    m = result["machine"]
    idx = result["index"]
    fresh = result["fresh_process"]
    lines = [
        f"Measured by `make bench` on {m.get('cpu', '?')} ({m.get('nproc', '?')} cores), "
        f"{m.get('mem_gib', '?')} GiB RAM, Python {m.get('python', '?')}, "
        f"{result['date']}.",
        "",
        "| what | value |",
        "|---|---:|",
        f"| shipped corpus | {idx['entries']} entries, {idx['chunks']} chunks |",
        f"| index build, cold (fresh process, model load + ONNX export) | {idx['cold_s']} s "
        f"({idx['cold_chunks_per_s']} chunks/s) |",
        f"| index rebuild, everything re-embedded | {idx['rebuild_s']} s |",
        f"| incremental re-index after editing one entry | {idx['incremental_one_entry_s']} s |",
        f"| up-to-date check (`rag-glossary index`, nothing changed) | "
        f"{idx['up_to_date_check_s']} s |",
        f"| peak RSS of the cold build | {idx['cold_peak_rss_mb']} MB |",
        f"| fresh-process `rag-glossary search` (median of {fresh['search']['runs']}, "
        f"interleaved with the asks) | {fresh['search']['median_s']} s |",
        f"| fresh-process `rag-glossary ask --no-llm` | {fresh['ask_extractive']['median_s']} s |",
        f'| yardstick: `python -c "import sentence_transformers"` | '
        f"{fresh['import_sentence_transformers']['median_s']} s |",
        f"| search / yardstick ratio | {fresh['search_over_import_ratio']} |",
        f"| ask --no-llm / search ratio (target <= 1.2) | "
        f"{fresh.get('ask_over_search_ratio', '–')} |",
        f"| peak RSS of the search process | {fresh['search']['peak_rss_mb']} MB |",
        "",
        "In-process `Retriever.search` latency over the eval questions (k=5):",
        "",
        "| config | p50 ms | p95 ms |",
        "|---|---:|---:|",
    ]
    for name, row in result["in_process"].items():
        lines.append(f"| {name} | {row['p50_ms']} | {row['p95_ms']} |")
    if result.get("scale"):
        lines += ["", "FAISS at scale (384-d normalized vectors, k=10, single queries):", ""]
        lines += [
            "| vectors | index | auto picks | build s | memory MB | bytes/vector "
            "| p50 ms (1 thread) | p95 ms | recall@10 |",
            "|---:|---|---|---:|---:|---:|---:|---:|---:|",
        ]
        for row in result["scale"]:
            lines.append(
                f"| {row['n']:,} | {row['type']} | {choose_index_type(row['n'])} | "
                f"{row['build_s']:.1f} | "
                f"{row['index_bytes'] / 2**20:.0f} | {row['bytes_per_vector']:.0f} | "
                f"{row['p50_ms_1t']:.3f} | {row['p95_ms_1t']:.3f} | {row['recall_at_10']:.3f} |"
            )
    if result.get("serve"):
        lines += ["", serve_markdown(result["serve"]).rstrip("\n")]
    if result.get("parse"):
        lines += ["", parse_markdown(result["parse"]).rstrip("\n")]
    return "\n".join(lines) + "\n"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=12, help="fresh-process search/ask pairs (interleaved)"
    )
    parser.add_argument("--with-1m", action="store_true", help="add the 1M-vector scale case")
    parser.add_argument("--skip-scale", action="store_true", help="no synthetic scale cases")
    parser.add_argument(
        "--scale-from",
        type=Path,
        help="reuse the rows of an earlier `eval/bench_scale.py` run (JSON) instead of rerunning",
    )
    parser.add_argument(
        "--only", choices=["serve"], help="run one section and update it in the saved results"
    )
    parser.add_argument("--json-out", type=Path, default=ROOT / "eval" / "bench.json")
    parser.add_argument("--md-out", type=Path, default=ROOT / "eval" / "bench.md")
    return parser.parse_args(argv)


def bench_serve(corpus: Path, index: Path) -> dict[str, Any]:
    questions = [q.question for q in load_questions(ROOT / "eval" / "questions.jsonl")]
    return run_serve_bench(corpus, index, questions)


def only_serve(args: argparse.Namespace) -> dict[str, Any]:
    """The serve section alone, on the default index, merged into the saved results."""
    from rag_glossary.config import default_index_dir
    from rag_glossary.index import ensure_index

    ensure_index(CORPUS, default_index_dir())
    result: dict[str, Any] = {}
    if args.json_out.is_file():
        result = json.loads(args.json_out.read_text(encoding="utf-8"))
    print("HTTP server under load ...", flush=True)
    result["serve"] = bench_serve(CORPUS, default_index_dir())
    print(serve_markdown(result["serve"]))
    return result


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.only == "serve":
        result = only_serve(args)
        args.json_out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        if "machine" in result:
            args.md_out.write_text(markdown(result), encoding="utf-8")
        print(f"wrote {args.json_out}")
        return 0
    result: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": machine_info(),
    }
    with tempfile.TemporaryDirectory(prefix="rag-glossary-bench-") as tmp:
        print("index build (cold, rebuild, incremental) ...", flush=True)
        result["index"], corpus, index = bench_index(Path(tmp))
        print("fresh-process search and the sentence-transformers yardstick ...", flush=True)
        result["fresh_process"] = bench_fresh_process(corpus, index, args.runs)
        print("in-process search latency per configuration ...", flush=True)
        result["in_process"] = bench_in_process(index)
        print("HTTP server under load ...", flush=True)
        result["serve"] = bench_serve(corpus, index)
    print("parsing a one-megabyte line and a growing file ...", flush=True)
    result["parse"] = run_parse_bench()
    if args.scale_from is not None:
        result["scale"] = json.loads(args.scale_from.read_text(encoding="utf-8"))["results"]
        result["scale_from"] = str(args.scale_from)
    elif not args.skip_scale:
        sizes = (10_000, 100_000, 1_000_000) if args.with_1m else (10_000, 100_000)
        print(f"FAISS scale cases {sizes} ...", flush=True)
        result["scale"] = run_scale_bench(sizes)
    args.json_out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    table = markdown(result)
    args.md_out.write_text(table, encoding="utf-8")
    print()
    print(table)
    print(f"wrote {args.json_out} and {args.md_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
