"""Re-key a blind set's questions after a parser fix changed its entry ids.

    python eval/rekey_after_parser.py SET [--old REV]            # print old -> new ids
    python eval/rekey_after_parser.py SET [--old REV] --write    # also rewrite questions.jsonl

Each question's relevant ids become the entries that hold one of its ``must_include``
facts (rekey_common.by_facts: the entry titled by the fact, else those whose text holds
it, narrowed to the ones the question names when it names any). As a check, each old id's
text (read by the parser at REV, its code unpacked from git) must sit inside one new
entry's body: when the fact is in more entries than that (a paraphrase naming none, a
term also named in a neighbour's comparison), the one holding the old text wins; a
question whose new ids are otherwise not exactly those containers is printed with both
and left as it was. It never looks at answers.

Used for transit-glossary after round 25's parser fix (bold field labels: each
``**Why it matters:**`` label had been an entry, ``transit-glossary#why-it-matters-9``, and
the ``## Term`` headings none) and, the same fix, for round 25's blind fitness-glossary
(``**Definition**:`` / ``**Example**:`` labels under ``### Term`` headings).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from rekey_common import ROOT, Row, by_facts, norm, rewrite_questions

from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus

OLD_PARSER = "7f2b941"  # main before round 25: the label entries the sets were keyed to


def _old_entries(folder: Path, rev: str) -> dict[str, str]:
    """id -> body of the entries the old parser read (its code unpacked from git)."""
    code = (
        "import json,sys;from rag_glossary.parsing import load_corpus;"
        "print(json.dumps({e.id: e.body for e in load_corpus(sys.argv[1]).entries}))"
    )
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", rev, "rag_glossary"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", tree], input=archive, check=True)
        out = subprocess.run(
            [sys.executable, "-c", code, str(folder)],
            cwd=tree,
            check=True,
            capture_output=True,
            text=True,
            env={"PYTHONPATH": tree},
        )
    return dict(json.loads(out.stdout))


def _containers(old_ids: list[str], old: dict[str, str], entries: tuple[Entry, ...]) -> list[str]:
    found: list[str] = []
    for old_id in old_ids:
        found += [e.id for e in entries if norm(old[old_id]) in norm(e.body) and e.id not in found]
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("set")
    parser.add_argument("--old", default=OLD_PARSER)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    folder = ROOT / "eval" / "corpora" / args.set
    entries = load_corpus(folder).entries
    old = _old_entries(folder, args.old)

    def new_ids(row: Row) -> list[str] | None:
        if not set(row["relevant"]) <= set(old):
            return None  # already re-keyed
        new = by_facts(row["question"], row.get("must_include", []), entries)
        check = _containers(row["relevant"], old, entries)
        if check and set(check) < set(new):
            # the fact is in several entries' text; the curator keyed the one it meant
            print(f"{row['id']}: facts give {new}; the curator's entry is {check}")
            new = check
        if sorted(new) != sorted(check):
            print(f"{row['id']}: facts give {new}, old text in {check}; left as it was")
            return None
        return new

    return rewrite_questions(folder, new_ids)


if __name__ == "__main__":
    sys.exit(main())
