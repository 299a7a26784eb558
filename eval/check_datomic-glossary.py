"""Static checks of eval/corpora/datomic-glossary/questions.jsonl (blind, round 44).

Run from the worktree root: ``python eval/check_datomic-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Clojure / EDN data file (``datomic-glossary.clj``:
gpalharini/playground's ``glossary.clj``, a copy of the Datomic documentation's glossary):
a ``;;`` comment, then one vector ``[...]`` of 78 alternating keyword / map pairs,
``:datom {:title "Datom" :content "..."}``, the ``:content`` strings holding HTML
(``<a href="/pro/glossary.html#entity">``, ``<ul><li>``) with escaped quotes, Org-mode
``=code=`` / ``~code~`` markup and hard line breaks, plus one stray Org export line
(``@@html: <object ...>@@``) between two pairs that makes the file invalid EDN.

Written blind while the loader read no file from the folder (``.clj`` is not a loader
suffix): until it does, ``rag-glossary entries`` fails and this script falls back to a
by-hand reading (``--by-hand``, also chosen automatically): one entry per ``{:title ...
:content ...}`` map, ANCHOR = the shared corpus README's ``slug`` of the ``:title`` string
(``External key `` -> ``external-key``, ``asOf`` -> ``asof``, ``Basis-t`` -> ``basis-t``),
which equals the pair's keyword for every entry; text = title + content with the HTML tags
dropped and ``\\"`` read as ``"``; the negatives' grep reads the ``.clj`` file itself. The
anchors used are listed in eval/corpora/datomic-glossary/README.md.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "datomic-glossary"
GLOSSARY = FOLDER / "datomic-glossary.clj"
N = "datomic-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Value type / Schema, Segment / Storage
    # service / Epoch, Partition / Consistent hash ring, Query / Index, Query, Query / Tuple,
    # Primary compute stack / Compute-group, Credentials / Role, Excision / Database) is in
    # the file
    f"{N}023": ["migration", "migrate", "alter", "altering", "rename", "renaming", "retype"],
    f"{N}024": ["garbage", "gc", "collect garbage", "reclaim", "reclaiming"],
    f"{N}025": ["shard", "shards", "sharding", "replica", "replicas", "replication"],
    f"{N}026": ["fulltext", "full-text", "full text", "search", "text search"],
    f"{N}027": ["timeout", "timeouts", "time out", "timed out"],
    f"{N}028": ["paginate", "pagination", "page", "pages", "offset", "limit"],
    f"{N}029": ["cost", "costs", "price", "pricing", "billing", "dollars"],
    f"{N}030": [
        "permission",
        "permissions",
        "authorization",
        "authorisation",
        "acl",
        "access control",
        "read-only",
        "users",
    ],
    f"{N}031": ["delete", "deleting", "delete-database", "drop", "destroy"],
    # named; several share a word with a title: entity spec (Entity), tx-report-queue (tx),
    # query-stats (Query), index-pull (Index, Pull), composite tuple (Tuple), noHistory,
    # dev-local, Presto analytics, speculative transaction (Transaction)
    f"{N}032": ["spec", "specs"],
    f"{N}033": ["tx-report-queue", "queue", "report"],
    f"{N}034": ["query-stats", "stats"],
    f"{N}035": ["index-pull", "index pull"],
    f"{N}036": ["composite"],
    f"{N}037": ["nohistory", "no history"],
    f"{N}038": ["dev-local", "datomic local"],
    f"{N}039": ["presto", "analytics", "sql"],
    f"{N}040": ["speculative", "d/with"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

STRING = r'"((?:[^"\\]|\\.)*)"'
PAIR = re.compile(r":title\s+" + STRING + r"\s*:content\s*" + STRING)


def hand_entries() -> dict[str, str]:
    """id -> flat(title + content): one entry per {:title ... :content ...} map."""
    text = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for title, content in PAIR.findall(text):
        key = f"datomic-glossary#{slug(title)}"
        assert key not in entries, key
        body = re.sub(r"<[^>]+>", " ", content.replace('\\"', '"'))
        entries[key] = flat(f"{title} {body}")
    assert len(entries) == 78, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the {:title :content} maps of the glossary vector"
    )


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
