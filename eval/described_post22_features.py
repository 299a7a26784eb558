"""Round 22 post-fix experiment: described negatives answered from a neighbour (issue 11).

Extends eval/phrase_features.py rows (round 20: each content phrase's support by the
top-5 dense entries, the top hit and the best entry of the corpus) with what the
answering entry's own text says of the question:

- ``kt_head``: the last word of the key term the lookup extracted (for a described
  question the noun phrase the description opens with: `the long coiled *tube* ...`),
  and where the top hit / best dense entry has its 4-letter stem: ``head_title``
  (title or aliases), ``head_first`` (first sentence), ``head_text`` (anywhere);
- ``ws_top``: the share of the question's content words each top-5 dense entry's text
  holds (described_support.word_support), and ``ws_hit`` for the top hit;
- ``hit_rank_dense``: where the top hit stands among the dense top 5 (-1: not in it);
- ``np``: the noun phrase a description opens with (``opening_phrase``: `the *long coiled
  tube* a moth uncurls ...`, `what do you call each *stage* between moults ...`), and
  its support (best cosine to an entry's units or whole vector, one encoder call) by the
  top hit (``np_hit``), the top-5 dense entries (``np_top``), the best entry of the
  corpus (``np_corpus``), and how many entries support it better than the hit.

eval/described_post22_loso.py joins these rows with a measure.py dump (which questions
were answered right) and cuts candidate features leaving each set out.

    python eval/described_post22_features.py --out scratch/post22.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import heapq
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import coverage_features as cf  # noqa: E402
import measure  # noqa: E402
import phrase_features as pf  # noqa: E402

from rag_glossary.coverage.described_support import word_support  # noqa: E402
from rag_glossary.coverage.question_forms import after_asking_for_a_name  # noqa: E402
from rag_glossary.coverage.wordclasses import (  # noqa: E402
    BOUNDARY,
    DETERMINERS,
    PERSONAL_WORDS,
    PREPOSITIONS,
)
from rag_glossary.everyday import support_stems  # noqa: E402
from rag_glossary.judgement import CoverageJudge, _text  # noqa: E402
from rag_glossary.models import Entry  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_ARTICLES = frozenset(("the", "a", "an"))
_STOP = BOUNDARY | DETERMINERS | PERSONAL_WORDS | PREPOSITIONS | _ARTICLES
_LEAD = frozenset(str.split("each every some any one"))
_PLACE = frozenset(str.split("above below around along inside outside behind near beside"))
_PARTICIPLE = ("ed", "en", "wn", "de", "lt", "ght")


def opening_phrase(question: str) -> str | None:
    """The noun phrase a description opens with, after an article (`the long coiled tube`
    of `the long coiled tube a moth uncurls ...`; after `what do you call` too), up to the
    first preposition, clause word, verb, article or pronoun; None when the question opens
    otherwise (a verb, a wh-question) or the phrase is longer than four words."""
    said = " ".join(re.findall(r"[^\W_]+", question.lower()))
    said = (after_asking_for_a_name(said) or said).strip()
    words = said.split()
    lead = bool(words) and words[0] in _LEAD
    if lead:
        words = ["the", *words[1:]]
    if not words or words[0] not in _ARTICLES:
        return None
    phrase: list[str] = []
    for w in words[1:]:
        if w in _STOP or w in _PLACE or (phrase and w.endswith("ing")):
            break
        phrase.append(w)
    if len(phrase) > 1 and phrase[-1].endswith(_PARTICIPLE):
        phrase.pop()  # `the big eyes made of ...`, `the dot written above ...`
    return " ".join(phrase) if 1 <= len(phrase) <= 4 else None


def _first_sentence(entry: Entry) -> str:
    body = entry.body.strip()
    return _SENTENCE.split(body, maxsplit=1)[0] if body else ""


def _where(stem: str, entry: Entry) -> dict[str, bool]:
    names = support_stems([" ".join((entry.title, *entry.aliases))])
    return {
        "title": stem in names,
        "first": stem in names or stem in support_stems([_first_sentence(entry)]),
        "text": stem in support_stems([_text(entry)]),
    }


def _support_by_entry(self: CoverageJudge, phrase: str, units: Any) -> np.ndarray:
    """The phrase's best cosine to each entry: its whole-entry vector or any answer unit."""
    vec = np.asarray(pf._ENCODER[0].encode_queries([phrase]), dtype=np.float32)[0]
    sup = np.asarray(self.entry_vectors, dtype=np.float32) @ vec
    if units is not None:
        unit_vec, unit_entry = pf._unit_matrix(units, len(self.entries))
        by_unit = np.full(len(self.entries), -1.0, dtype=np.float32)
        np.maximum.at(by_unit, unit_entry, unit_vec @ vec)
        sup = np.maximum(sup, by_unit)
    return np.asarray(sup, dtype=np.float32)


def own_text(self: CoverageJudge, *a: Any) -> dict[str, Any]:
    query, hits, s, _config, coverage = a[:5]
    out = pf.phrase_support(self, *a)
    if not s.dense_all:
        return out
    top = heapq.nlargest(5, s.dense_all, key=s.dense_all.__getitem__)
    at = self.position(hits[0].id) if hits else None
    term = coverage.check(query, [h.id for h in hits])
    words = re.findall(r"[^\W_]+", (term.key_term or "").lower())
    head = words[-1] if words else ""
    out["kt_head"] = head
    if head and len(head) >= 3:
        for tag, i in (("hit", at), ("dense", top[0])):
            if i is not None:
                for k, v in _where(head[:4], self.entries[i]).items():
                    out[f"head_{k}_{tag}"] = v
    phrase = opening_phrase(query)
    out["np"] = phrase
    if phrase and pf._ENCODER and at is not None:
        sup = _support_by_entry(self, phrase, a[5] if len(a) > 5 else None)
        out["np_hit"] = float(sup[at])
        out["np_top"] = [float(sup[i]) for i in top]
        out["np_corpus"] = float(sup.max())
        out["np_rank_hit"] = int((sup > sup[at]).sum())
    out["ws_top"] = [word_support(query, _text(self.entries[i])) for i in top]
    out["ws_hit"] = word_support(query, _text(self.entries[at])) if at is not None else None
    out["hit_rank_dense"] = top.index(at) if at in top else -1
    out["top_ids"] = [self.entries[i].id for i in top]
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=ROOT / "scratch" / "post22.json")
    p.add_argument("--sets", default="")
    args = p.parse_args()
    opener = measure.open_retriever

    def open_and_keep(*a: Any, **k: Any) -> Any:
        r = opener(*a, **k)
        pf._ENCODER[:] = [r.encoder]
        pf._CACHE.clear()
        return r

    vars(cf)["open_retriever"] = open_and_keep  # coverage_features opens each set with it
    rows = cf.collect(set(filter(None, args.sets.split(","))), own_text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
