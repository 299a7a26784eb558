"""Which questions of the glossaries in another language the ``called`` description rule
(coverage/term_edges.called_description, round 55 FS) reaches: the English grammar's terms
are all frame words and the question asks what a thing is called. Static: no index.

    python eval/called_reach.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from rag_glossary import load_questions  # noqa: E402
from rag_glossary.coverage.glossary_language import corpus_language, frame_words  # noqa: E402
from rag_glossary.coverage.keyterms import extract_key_terms  # noqa: E402
from rag_glossary.coverage.phrases import words  # noqa: E402
from rag_glossary.coverage.term_edges import language_terms  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.parsing.corpus import load_corpus  # noqa: E402


def main() -> int:
    for qset in discover_sets(ROOT / "eval"):
        if qset.corpus is None:
            continue
        language = corpus_language(load_corpus(qset.corpus).entries)
        if language is None:
            continue
        frame = frame_words(language)
        for q in load_questions(qset.questions):
            terms = extract_key_terms(q.question)
            if not terms or any(not frame.issuperset(words(t.text)) for t in terms):
                continue
            read = language_terms(terms, language, q.question)
            if read:
                print(qset.name, q.id, q.kind, "|", q.question, "->", read[0].text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
