"""The glossary's field word, when its entries seldom say it (round 34 FD).

A described question counts the rare words its best entry lacks (everyday.unsupported_rare):
three or more unsaid ones mean it describes something else. A user often names the
glossary's own field in passing ("the little lid on top of the *moss* spore case"), and a
glossary whose file is named for its field ("moss-glossary.yml") may say that word in almost
no entry (1 of 229): its absence from the best entry then tells nothing, since every entry
lacks it. Where the entries do say it (37 of 92 git entries say "git"), its absence still
counts. The field word is a word of most entries' file names; "seldom" is at most
``SELDOM_SHARE`` of the entries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rag_glossary.coverage.head_noun import entry_words
from rag_glossary.coverage.names import source_words
from rag_glossary.models import Entry

SELDOM_SHARE = 0.05
_MOST = 0.5  # a word of this share of the entries' file names names the field, not a file


def seldom_field_words(entries: Sequence[Entry]) -> frozenset[str]:
    """The words naming the glossary's field (in most entries' file names) that at most
    ``SELDOM_SHARE`` of its entries say."""
    if not entries:
        return frozenset()
    named = Counter(w for e in entries for w in source_words(e.source))
    field = {w for w, n in named.items() if n > _MOST * len(entries)}
    said = Counter(w for e in entries for w in entry_words([_text(e)]) & field)
    return frozenset(w for w in field if said[w] <= SELDOM_SHARE * len(entries))


def _text(entry: Entry) -> str:
    return " ".join((entry.title, *entry.aliases, entry.body))
