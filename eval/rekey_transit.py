"""Re-key transit-glossary's questions after round 25's parser fix (bold field labels).

The set was written when the sniffer took the page for a bold-term glossary: every
``**Why it matters:**`` / ``**See also:**`` / ``**Learn more:**`` label was an entry
(``transit-glossary#why-it-matters-9``) and the ``## Term`` headings were none. Now a
label that recurs counts once, the page reads as one entry per heading, and each label
paragraph is part of its term's body. Each question's relevant ids become the entries
that hold one of its ``must_include`` facts, chosen as eval/rekey_music.py does (the
entry titled by the fact, else those whose text holds it, narrowed to the ones the
question names when it names any). As a check, each old id's text must sit inside one new
entry's body: when the fact is in more entries than that (a paraphrase naming none, "RRFBs"
also in HAWK Beacon's comparison), the one holding the old text wins; a question whose new
ids are otherwise not exactly those containers is printed with both and left as it was.
It never looks at answers; question text and ``must_include`` stay as they are.

    python eval/rekey_transit.py            # print old -> new ids
    python eval/rekey_transit.py --write    # also rewrite questions.jsonl
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from rekey_music import _norm, rekey  # noqa: E402

from rag_glossary.models import Entry  # noqa: E402
from rag_glossary.parsing import load_corpus  # noqa: E402

FOLDER = ROOT / "eval" / "corpora" / "transit-glossary"
OLD_PARSER = "7f2b941"  # main before this round: the label entries the set was keyed to


def _old_entries() -> dict[str, str]:
    """id -> body of the entries the old parser read (its code unpacked from git)."""
    code = (
        "import json,sys;from rag_glossary.parsing import load_corpus;"
        "print(json.dumps({e.id: e.body for e in load_corpus(sys.argv[1]).entries}))"
    )
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", OLD_PARSER, "rag_glossary"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", tree], input=archive, check=True)
        out = subprocess.run(
            [sys.executable, "-c", code, str(FOLDER)],
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
        found += [
            e.id for e in entries if _norm(old[old_id]) in _norm(e.body) and e.id not in found
        ]
    return found


def main() -> int:
    entries = load_corpus(FOLDER).entries
    old = _old_entries()
    path = FOLDER / "questions.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for row in rows:
        if not row["relevant"] or not set(row["relevant"]) <= set(old):
            continue  # a negative, or already re-keyed
        new = rekey(row["question"], row.get("must_include", []), entries)
        check = _containers(row["relevant"], old, entries)
        if check and set(check) < set(new):
            # the fact is in several entries' text; the curator keyed the one it meant
            print(f"{row['id']}: facts give {new}; the curator's entry is {check}")
            new = check
        if sorted(new) != sorted(check):
            print(f"{row['id']}: facts give {new}, old text in {check}; left as it was")
            continue
        print(f"{row['id']}: {', '.join(row['relevant'])} -> {', '.join(new)}")
        row["relevant"] = new
    if "--write" in sys.argv[1:]:
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
