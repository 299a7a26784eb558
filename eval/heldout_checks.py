"""Static checks of a blind held-out question file (eval/holdoutN.md, eval/corpora/*/README.md).

They never search or answer: they only read the corpus through `rag-glossary entries --json`
and `rag-glossary show --json ID` (with `--corpus FOLDER` for an outside corpus), and check that

- every line is a JSON object with the expected keys, ids in order, kinds as planned;
- every relevant id exists, and every must_include fact (or one of its alternatives) occurs in
  the text of at least one relevant entry (same normalisation as the key-fact metric);
- the key term of every negative occurs nowhere in the corpus files (corpus/, or the glossary
  files of the outside folder; case-insensitive, whole words);
- no question repeats one of the earlier question files;
- where a plan says so: the glossary text holds given phrases and is read from so many files of
  each suffix (proof that the negative-term grep read the glossary at all).

Each set's plan is in its own script (eval/check_holdoutN.py, eval/corpora/NAME/check.py); the
options of `Plan` switch on the few checks only some sets make.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag_glossary.corpus_files import glossary_files

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
KEYS = {"id", "question", "relevant", "kind", "must_include"}


@dataclass(frozen=True)
class Plan:
    path: Path
    id_prefix: str
    kinds: dict[str, int]
    negative_terms: dict[str, list[str]]  # the key term(s) of each negative: none in the corpus
    earlier: tuple[str, ...]  # question files (relative to eval/) it must not repeat
    corpus: Path | None = None  # an outside corpus folder (--corpus); None: the repo's corpus/
    exact_keys: bool = False  # every row has all of KEYS (else: a subset of them)
    two_sided_comparisons: bool = False  # a comparison has at least two relevant ids
    negative_ranges: tuple[range, ...] = ()  # if given: each negative's number is in one
    unique_questions: bool = False  # no question twice within the set
    glossary_files: dict[str, int] | None = None  # if given: files read per suffix ({".mdx": 60})
    glossary_phrases: tuple[str, ...] = ()  # phrases the glossary text read must contain


def flat(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def slug(text: str) -> str:
    """The shared corpus README's slug, by hand (for a set whose ids were keyed before the
    loader read its file; a repeat would get -1, -2: the sets using it have none)."""
    text = re.sub(r"[^\w \-]", "", text.strip().lower())
    return text.replace(" ", "-")


def earlier_sets(own: Path, formats: bool = False) -> tuple[str, ...]:
    """Every eval/*.jsonl and eval/corpora/*/questions.jsonl but `own` (and formats' sets)."""
    paths = [
        *sorted(EVAL.glob("*.jsonl")),
        *(sorted((EVAL / "formats").glob("*.questions.jsonl")) if formats else []),
        *sorted((EVAL / "corpora").glob("*/questions*.jsonl")),
    ]
    # Sibling question files of one corpus were written independently by different curators.
    return tuple(
        str(p.relative_to(EVAL))
        for p in paths
        if p != own.resolve() and not (p.parent == own.resolve().parent and p.parent != EVAL)
    )


def corpora_sets(pattern: str = "*/questions.jsonl") -> tuple[str, ...]:
    """The outside question files eval/corpora/PATTERN, relative to eval/, sorted."""
    return tuple(sorted(str(p.relative_to(EVAL)) for p in (EVAL / "corpora").glob(pattern)))


def corpus_plan(
    folder: Path,
    kinds: dict[str, int],
    negative_terms: dict[str, list[str]],
    *,
    formats: bool = False,
    two_sided_comparisons: bool = False,
    negative_ranges: tuple[range, ...] = (),
    unique_questions: bool = False,
    questions: str = "questions.jsonl",
    glossary_files: dict[str, int] | None = None,
    glossary_phrases: tuple[str, ...] = (),
) -> Plan:
    """The plan of FOLDER/QUESTIONS over the outside corpus FOLDER (ids FOLDER-NAME-nnn).

    A second file ``questions-2.jsonl`` has ids ``FOLDER-NAME-2-nnn``.
    """
    own = folder / questions
    suffix = own.stem.removeprefix("questions").lstrip("-")
    return Plan(
        own,
        f"{folder.name}-{suffix}-" if suffix else f"{folder.name}-",
        kinds,
        negative_terms,
        earlier_sets(own, formats),
        corpus=folder,
        exact_keys=True,
        two_sided_comparisons=two_sided_comparisons,
        negative_ranges=negative_ranges,
        unique_questions=unique_questions,
        glossary_files=glossary_files,
        glossary_phrases=glossary_phrases,
    )


def shaped_plan(
    folder: Path,
    kinds: dict[str, int],
    shapes: dict[str, range],
    negative_terms: dict[str, list[str]],
    *,
    two_sided_comparisons: bool = True,
    questions: str = "questions.jsonl",
    glossary_files: dict[str, int] | None = None,
    glossary_phrases: tuple[str, ...] = (),
) -> Plan:
    """The plan of the outside sets of rounds 8-14 (corpus_plan): formats' sets among the earlier
    ones, each negative's number in its shape's range (SHAPES: shape -> range of numbers), no
    question twice; comparisons two-sided unless said otherwise."""
    return corpus_plan(
        folder,
        kinds,
        negative_terms,
        formats=True,
        two_sided_comparisons=two_sided_comparisons,
        negative_ranges=tuple(shapes.values()),
        unique_questions=True,
        questions=questions,
        glossary_files=glossary_files,
        glossary_phrases=glossary_phrases,
    )


# The plan of the outside sets since round 14: 22 answerable questions of six kinds, then 9
# described negatives (023-031: the concept not named) and 9 named ones (032-040).
OUTSIDE_KINDS = {
    "term": 5,
    "alias": 3,
    "paraphrase": 6,
    "content": 5,
    "comparison": 2,
    "two-part": 1,
    "negative": 18,
}
OUTSIDE_NEGATIVES = (range(23, 32), range(32, 41))


def outside_plan(folder: Path, negative_terms: dict[str, list[str]]) -> Plan:
    """FOLDER/questions.jsonl planned as OUTSIDE_KINDS, negatives in OUTSIDE_NEGATIVES."""
    return corpus_plan(
        folder,
        OUTSIDE_KINDS,
        negative_terms,
        formats=True,
        two_sided_comparisons=True,
        negative_ranges=OUTSIDE_NEGATIVES,
        unique_questions=True,
    )


def cli(*args: str, corpus: Path | None = None) -> list[dict[str, Any]]:
    folder = ["--corpus", str(corpus)] if corpus else []
    out = subprocess.run(
        [sys.executable, "-m", "rag_glossary", *args, *folder, "--json"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    data: list[dict[str, Any]] = json.loads(out)
    return data


def entry_text(entry_id: str, corpus: Path | None = None) -> str:
    e = next(e for e in cli("show", entry_id, corpus=corpus) if e["id"] == entry_id)
    aliases = " ".join(str(a) for a in e["aliases"])
    return flat(f"{e['title']} {aliases} {e['body'] or ''}")


def row_shape_errors(plan: Plan, n: int, row: dict[str, Any]) -> list[str]:
    rid, keys = str(row["id"]), set(row)
    if rid != f"{plan.id_prefix}{n:03d}" or not (keys == KEYS if plan.exact_keys else keys <= KEYS):
        return [f"{rid}: id or keys"]
    return []


def check_rows(plan: Plan, rows: list[dict[str, Any]], known: set[str]) -> list[str]:
    errors: list[str] = []
    if dict(Counter(str(r["kind"]) for r in rows)) != plan.kinds:
        errors.append(f"kinds: {Counter(str(r['kind']) for r in rows)}")
    texts: dict[str, str] = {}
    for n, row in enumerate(rows, 1):
        rid, relevant = str(row["id"]), [str(x) for x in row["relevant"]]
        errors += row_shape_errors(plan, n, row)
        errors += [f"{rid}: unknown id {x}" for x in relevant if x not in known]
        if row["kind"] == "negative":
            if relevant or row.get("must_include"):
                errors.append(f"{rid}: negative with relevant ids or facts")
            continue
        facts = row.get("must_include") or []
        if not relevant or not facts:
            errors.append(f"{rid}: answerable without relevant ids or facts")
            continue
        for x in relevant:
            if x in known and x not in texts:
                texts[x] = entry_text(x, plan.corpus)
        text = " || ".join(texts[x] for x in relevant if x in texts)
        for fact in facts:
            alternatives = [fact] if isinstance(fact, str) else list(fact)
            if not any(flat(a) in text for a in alternatives):
                errors.append(f"{rid}: fact not in its entries: {fact}")
        if plan.two_sided_comparisons and row["kind"] == "comparison" and len(relevant) < 2:
            errors.append(f"{rid}: comparison with one side")
    return errors


def corpus_files(plan: Plan) -> list[Path]:
    if plan.corpus is None:
        return [p for p in sorted((ROOT / "corpus").iterdir()) if p.name != "README.md"]
    return glossary_files(plan.corpus)  # the loader's own choice: no README, no question set


def corpus_text(plan: Plan) -> str:
    files = corpus_files(plan)
    return "\n".join(p.read_text(encoding="utf-8", errors="replace").lower() for p in files)


def check_glossary_read(plan: Plan) -> list[str]:
    """The plan's glossary_files and glossary_phrases: the negative-term grep read the glossary."""
    errors = []
    if plan.glossary_files is not None:
        read = Counter(p.suffix.lower() for p in corpus_files(plan))
        errors += [
            f"expected {n} {suffix} files, found {read[suffix]}"
            for suffix, n in plan.glossary_files.items()
            if read[suffix] != n
        ]
    if plan.glossary_phrases:
        text = corpus_text(plan)
        errors += [
            f"'{phrase}' not in the glossary text read: were its files read?"
            for phrase in plan.glossary_phrases
            if phrase.lower() not in text
        ]
    return errors


def check_negatives(plan: Plan, rows: list[dict[str, Any]]) -> list[str]:
    corpus = corpus_text(plan)
    errors = []
    if not corpus.strip() and any(row["kind"] == "negative" for row in rows):
        # a glossary suffix missing from GLOSSARY_SUFFIXES would pass every negative
        return [f"no glossary text read from {plan.corpus or ROOT / 'corpus'}"]
    for row in rows:
        if row["kind"] != "negative":
            continue
        rid = str(row["id"])
        number = int(rid.removeprefix(plan.id_prefix))
        if plan.negative_ranges and not any(number in r for r in plan.negative_ranges):
            errors.append(f"{rid}: negative outside the planned ranges")
        terms = plan.negative_terms.get(rid, [])
        if not terms:
            errors.append(f"{rid}: no key term listed")
        errors += [
            f"{rid}: '{t}' is in the corpus"
            for t in terms
            if re.search(rf"\b{re.escape(t)}\b", corpus)
        ]
    return errors


def check_duplicates(plan: Plan, rows: list[dict[str, Any]]) -> list[str]:
    old = {
        flat(json.loads(line)["question"])
        for name in plan.earlier
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    errors = [
        f"{r['id']}: same question as an earlier set"
        for r in rows
        if flat(str(r["question"])) in old
    ]
    if plan.unique_questions:
        mine = Counter(flat(str(r["question"])) for r in rows)
        errors += [f"repeated within the set: {q}" for q, c in mine.items() if c > 1]
    return errors


def run(plan: Plan) -> int:
    rows = [json.loads(line) for line in plan.path.read_text(encoding="utf-8").splitlines() if line]
    known = {str(e["id"]) for e in cli("entries", corpus=plan.corpus)}
    errors = (
        check_glossary_read(plan)
        + check_rows(plan, rows, known)
        + check_negatives(plan, rows)
        + check_duplicates(plan, rows)
    )
    kinds = dict(Counter(r["kind"] for r in rows))
    print("\n".join(errors) or f"OK: {len(rows)} questions, {kinds}")
    return 1 if errors else 0


def run_by_hand(plan: Plan, entries: dict[str, str], glossary: Path, how: str) -> int:
    """The checks of :func:`run` on entries a set's script read by hand (``entries``: id ->
    flat title and text; ``how`` says from what), for a file the loader did not read when
    the set was written. Rebinds this module's entry_text and corpus_files: a script's last
    step."""
    global entry_text, corpus_files
    entry_text = lambda entry_id, corpus=None: entries[entry_id]  # noqa: E731
    corpus_files = lambda plan: [glossary]  # noqa: E731
    rows = [json.loads(line) for line in plan.path.read_text(encoding="utf-8").splitlines() if line]
    errors = (
        check_rows(plan, rows, set(entries))
        + check_negatives(plan, rows)
        + check_duplicates(plan, rows)
    )
    print(f"by hand ({len(entries)} entries from {how}):")
    print("\n".join(errors) or f"OK: {len(rows)} questions")
    return 1 if errors else 0


def main(plan: Plan, by_hand: Callable[[], int]) -> int:
    """A set's script: ``--by-hand`` checks the entries its own reading found; otherwise the
    parser's entries, falling back to the reading by hand when the loader reads nothing."""
    if "--by-hand" in sys.argv:
        return by_hand()
    try:
        return run(plan)
    except subprocess.CalledProcessError:
        print("rag-glossary entries read nothing from the folder: checking by hand")
        return by_hand()


def main_keyed(plan: Plan, by_hand: Callable[[], int]) -> int:
    """A set keyed by hand before the loader read its terms: ``--by-hand`` checks the script's
    own reading; otherwise the parser's entries when they hold every keyed id, else (the
    loader reads other ids, or nothing) the reading by hand."""
    if "--by-hand" in sys.argv:
        return by_hand()
    try:
        known = {str(e["id"]) for e in cli("entries", corpus=plan.corpus)}
    except subprocess.CalledProcessError:
        known = set()
    rows = [json.loads(line) for line in plan.path.read_text(encoding="utf-8").splitlines() if line]
    if {str(x) for row in rows for x in row["relevant"]} <= known:
        return run(plan)
    print(f"rag-glossary entries reads {len(known)} entries, not the keyed ids: checking by hand")
    return by_hand()


def main_stems_absent(
    plan: Plan, by_hand: Callable[[], int], glossary: Path, stems: Iterable[str]
) -> int:
    """``main_keyed`` after checking that no negative's stem occurs anywhere in the glossary
    file (lower-cased): for languages that glue prefixes to words (Arabic, Hebrew), where a
    whole-word search misses "بالحرب" or "בגיבוי"."""
    text = glossary.read_text(encoding="utf-8").lower()
    errors = [f"stem '{s}' is in the glossary" for s in stems if s in text]
    if errors:
        print("\n".join(errors))
        return 1
    return main_keyed(plan, by_hand)
