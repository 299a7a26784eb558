"""Other names a Markdown glossary gives its entries in link reference definitions.

A page that links its terms by reference (``[base form][]``, ``[lemmas][]``) defines each
label once, usually under the term: ``[base form]: #lemma``. Such a definition is not
shown, but it says the label is a name of the entry at that anchor: an alias. A label that
is the entry's own title or name, or their plural (``[lemmas]``, ``[dictionary entries]``),
another entry's title (``[tag]: #translation``, a slip of the page) or no entry's anchor
gives none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.lazy_re import lazy_regex
from rag_glossary.parsing.base import Section
from rag_glossary.parsing.inline import clean_title
from rag_glossary.parsing.slug import slugify

# "[base form]: #lemma": a reference definition whose destination is an anchor of the page.
_ANCHOR_REFERENCE = lazy_regex(
    r"^ {0,3}\[([^\[\]\n]{1,80})\]:[ \t]*<?#([^\s>]+)>?[ \t]*$", re.MULTILINE
)


def add_reference_aliases(sections: Sequence[Section], text: str) -> None:
    """Give each section the labels the page's reference definitions point at it (in place)."""
    at = {_anchor(s): s for s in reversed(sections)}  # the first entry of an anchor wins
    titles = {_key(s.title) for s in sections}
    for match in _ANCHOR_REFERENCE.finditer(text):
        label, anchor = clean_title(match.group(1)), slugify(match.group(2))
        section = at.get(anchor)
        if section is None or not label or _key(label) in titles:
            continue
        names = [section.title, *section.aliases]
        if any(_plural(_key(label), _key(name)) for name in names):
            continue  # "[lemmas]", "[word forms]": a plural of a name it has, no other name
        if _key(label) not in {_key(a) for a in section.aliases}:
            section.aliases = [*section.aliases, label]


def _plural(label: str, name: str) -> bool:
    return label in (name, f"{name}s", f"{name}es") or (
        name.endswith("y") and label == f"{name[:-1]}ies"
    )


def _anchor(section: Section) -> str:
    return section.anchor or slugify(section.slug_text or section.title)


def _key(name: str) -> str:
    return " ".join(name.casefold().split())
