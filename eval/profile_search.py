"""CPU per search, in process: what one ``GET /api/search`` (or ``ask --no-llm``) costs.

Loads one index, runs every question of a question file N times the way the server
does (``result_dict(retriever.retrieve(q, k))``; with ``--ask`` an extractive
``Assistant.ask``), and prints the CPU seconds of the whole run (``time.process_time``,
so a busy machine slows the wall clock, not the count), the per-question median over
the runs, and optionally a cProfile top-N (CPU time). Three warm-up questions load the
lazy tables first. A second pass (``--repeat``) meets the first one's words in the caches
keyed by question: quote ``--repeat 1`` run several times for a cold question's cost.

    python eval/profile_search.py                             # indexes/default, questions.jsonl
    python eval/profile_search.py --repeat 3 --profile 20
    python eval/profile_search.py --index indexes/eval-cv-glossary \\
        --questions eval/corpora/cv-glossary/questions.jsonl --ask

Compare two checkouts by running this alternately with ``PYTHONPATH`` set to each.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

from rag_glossary import Assistant, Retriever, load_questions  # noqa: E402
from rag_glossary.payloads import result_dict  # noqa: E402

_WARM_UP = ("what is a model", "explain the difference between a and b", "zqx meaning")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--index", default=str(ROOT / "indexes" / "default"))
    p.add_argument("--questions", default=str(ROOT / "eval" / "questions.jsonl"))
    p.add_argument("--repeat", type=int, default=1, help="passes over the questions (default 1)")
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--ask", action="store_true", help="time Assistant.ask (no LLM), not a search")
    p.add_argument("--profile", type=int, default=0, metavar="N", help="print cProfile's top N")
    return p.parse_args(argv)


def one_call(retriever: Retriever, k: int, ask: bool) -> Callable[[str], Any]:
    if ask:
        assistant = Assistant(retriever, use_llm=False, k=k)
        return lambda q: assistant.ask(q).to_dict()
    return lambda q: result_dict(retriever.retrieve(q, k))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    import rag_glossary

    questions = [q.question for q in load_questions(args.questions)]
    retriever = Retriever.load(args.index)
    call = one_call(retriever, args.k, args.ask)
    for q in _WARM_UP:  # lazy tables, the encoder's first runs; not the questions timed,
        call(q)  # whose own words would then be in every cache
    per_question: dict[int, list[float]] = {i: [] for i in range(len(questions))}
    profiler = cProfile.Profile(time.process_time) if args.profile else None  # CPU, not wall
    start = time.process_time()
    for _ in range(args.repeat):
        for i, q in enumerate(questions):
            t0 = time.process_time()
            if profiler is not None:
                profiler.enable()
            call(q)
            if profiler is not None:
                profiler.disable()
            per_question[i].append(time.process_time() - t0)
    total = time.process_time() - start
    medians = [statistics.median(v) for v in per_question.values()]
    what = "ask --no-llm" if args.ask else "search"
    print(f"code: {Path(rag_glossary.__file__).parent.parent}")
    print(f"{what}: {len(questions)} questions x {args.repeat} on {args.index}")
    calls = len(questions) * args.repeat
    print(f"cpu total {total:.3f} s, per call {1000 * total / calls:.2f} ms")
    print(f"per-question median {1000 * statistics.median(medians):.2f} ms")
    if profiler is not None:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.profile)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
