"""``eval``: retrieval configurations side by side on question sets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from rag_glossary.cli.common import (
    CorpusOpt,
    EmbedModelOpt,
    IndexOpt,
    JsonOpt,
    _errors,
    _open_retriever,
    _print_json,
    _RichProgress,
    app,
    err,
    out,
)
from rag_glossary.config import default_index_dir

if TYPE_CHECKING:
    from rag_glossary.retrieval import Retriever


@app.command(name="eval")
def eval_(
    questions: Annotated[
        Path | None,
        typer.Option("--questions", help="Question set [default: eval/questions.jsonl]"),
    ] = None,
    k: Annotated[int, typer.Option("-k", "--k", help="Depth of the ranked lists (10-50).")] = 10,
    configs: Annotated[
        str | None, typer.Option("--configs", help="Comma-separated configurations to run.")
    ] = None,
    report: Annotated[
        Path | None, typer.Option("--report", help="Write a Markdown report (and PNG chart).")
    ] = None,
    failures: Annotated[
        bool, typer.Option("--failures", help="List the default's misses (hit@5 = 0).")
    ] = False,
    answers: Annotated[
        bool,
        typer.Option("--answers/--no-answers", help="Also score the extractive answers."),
    ] = True,
    all_sets: Annotated[
        bool,
        typer.Option("--all-sets", help="Every set (eval/*.jsonl, eval/corpora/*): one row each."),
    ] = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    model: EmbedModelOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Evaluate retrieval configurations side by side on a question set."""
    if all_sets:
        _eval_all_sets(k, index, model, as_json)
        return
    if corpus is not None and index is None:
        from rag_glossary.evaluation import eval_index_dir

        index = eval_index_dir(corpus, default_index_dir().parent)
    from rag_glossary.config import PROJECT_ROOT
    from rag_glossary.evaluation import (
        answer_table,
        evaluate,
        evaluate_answers,
        load_questions,
        markdown_by_kind,
        markdown_table,
        resolve_configs,
        write_report,
    )
    from rag_glossary.validation import check_int

    with _errors():
        check_int(k, "-k", 10, 50)
        path = questions or PROJECT_ROOT / "eval" / "questions.jsonl"
        qs = load_questions(path)
        names = [c.strip() for c in configs.split(",") if c.strip()] if configs else None
        chosen = resolve_configs(names)
        retriever = _open_retriever(corpus, index, model)
        with _RichProgress() as progress:
            progress.start("Evaluating", len(qs) * len(chosen))
            result = evaluate(retriever, qs, list(chosen), k=k, on_progress=progress.advance)
        if answers:
            result.answer_metrics = evaluate_answers(retriever, qs)
        if report is not None:
            for written in write_report(result, report, path):
                err.print(f"wrote {written}", style="dim")
        if as_json:
            _print_json(result.to_dict())
            return
        out.print(markdown_table(result))
        out.print(f"\n[bold]{result.default}[/] by kind:\n")
        out.print(markdown_by_kind(result))
        if result.answer_metrics:
            out.print("\nExtractive answers:\n")
            out.print(answer_table(result.answer_metrics))
        if failures:
            out.print("\nMisses of the default (hit@5 = 0):")
            for miss in result.failures():
                out.print(f"  {miss['id']} [{miss['kind']}] {escape(miss['question'])}")


def _eval_all_sets(k: int, index: Path | None, model: str | None, as_json: bool) -> None:
    from rag_glossary.config import PROJECT_ROOT
    from rag_glossary.evaluation import (
        QuestionSet,
        discover_sets,
        eval_index_dir,
        evaluate_sets,
        sets_table,
    )

    def open_for(qset: QuestionSet) -> Retriever:
        if qset.corpus is None:
            return _open_retriever(None, index, model)
        cached = eval_index_dir(qset.corpus, default_index_dir().parent)
        return _open_retriever(qset.corpus, cached, model)

    with _errors():
        sets = discover_sets(PROJECT_ROOT / "eval")
        rows = evaluate_sets(sets, open_for, k=k)
        if as_json:
            _print_json(rows)
            return
        out.print(sets_table(sets, rows))
