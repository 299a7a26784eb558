"""Re-key music-glossary's questions after round 24's parser fix (a raw HTML ``<dl>`` in Markdown).

The set was written when the Markdown parser read the page's HTML definition list as 21
blocks split at blank lines (``music-glossary#201tude`` held about thirty terms). Now each
``<dt>`` is its own entry. Each question's relevant ids become the entries that hold one of
its ``must_include`` facts: the entry titled by the fact (a paraphrase question's answer is
a term's name), else the entries whose definition holds it, and of those the ones the
question names when it names any ("staccato vs legato": not Spiccato's "Detached, with a
springing bow"; "what does dc stand for": Da Capo/DC, not Capo). It never looks at answers;
the question text and ``must_include`` stay as they are.

    python eval/rekey_music.py            # print old -> new ids
    python eval/rekey_music.py --write    # also rewrite questions.jsonl
"""

from __future__ import annotations

import sys

from rekey_common import ROOT, by_facts, rewrite_questions

from rag_glossary.parsing import load_corpus

FOLDER = ROOT / "eval" / "corpora" / "music-glossary"


def main() -> int:
    entries = load_corpus(FOLDER).entries
    return rewrite_questions(
        FOLDER, lambda row: by_facts(row["question"], row.get("must_include", []), entries)
    )


if __name__ == "__main__":
    sys.exit(main())
