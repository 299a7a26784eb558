"""The lines of an entry that point elsewhere: what it cites, links to, or sends to.

``Reference: Adapted from (Heinemeyer et al. 2022)``, ``source: Beck, A. (2026) ...``,
``Learn more: Seattle SDOT: Bicycle Master Plan``, ``See also the official Kubernetes
documentation for ConfigMap.``, a bare ``More at:``. They are embedded with nothing: a
vector of the definition and its bibliography is further from a question about the term
than the definition's alone (exposure-glossary's lenient bar: 2.035 with its references,
1.961 without). The entry keeps them for display and for its Sources list; only the
search text (:func:`searched_body`, vectors and BM25) drops them.

A pointer line is one of the body's closing run of such labelled lines, or a data
record's field so labelled. Links are no pointer lines: a list of them under ``More at:``
(``- site - https://memgpt.ai/``) or a bare URL names its topic in its address, and
dropping them cost four right answers and two refusals on the design sets' ML glossary
(and a refusal in philo-glossary) for four gained.
"""

from __future__ import annotations

import re

from rag_glossary.models import Entry

# A label that says the rest of the line is a pointer, not the term's text. "See also"
# and "see ... for" send elsewhere; a bare "See X." closing a definition is a cross-reference.
_LABEL = re.compile(
    r"^\W{0,3}(?:references?|sources?|citations?|cited(?:\s+from)?|bibliography"
    r"|see(?:\s+also)?|learn\s+more|read\s+more|more(?:\s+(?:at|info(?:rmation)?|about\s+it))?"
    r"|for\s+more(?:\s+info(?:rmation)?)?|further\s+reading|external\s+links?|links?"
    r"|retrieved\s+from|doi|url|uri)\b\W{0,3}\s*(?::|$)",
    re.IGNORECASE,
)
_SEE_LEAD = re.compile(r"^\W{0,3}see\s+(?:also\b|this\b|the\s+official\b)", re.IGNORECASE)


def is_pointer(line: str) -> bool:
    """A line that cites, links or sends the reader elsewhere."""
    text = line.strip()
    return bool(_LABEL.match(text) or _SEE_LEAD.match(text))


def searched_body(entry: Entry) -> str:
    """The body without its pointer lines: what search embeds and indexes.

    A body that would be left empty is kept whole (a stub is found by what it has)."""
    fields = [f for f in entry.fields if not is_pointer(f)]
    definition = _without_closing_pointers(entry.definition)
    body = "\n".join([definition, *fields]) if fields else definition
    return body if body.strip() else entry.body


def _without_closing_pointers(text: str) -> str:
    """``text`` without its closing run of pointer lines (blank lines between them go too)."""
    lines = text.split("\n")
    cut = len(lines)
    while cut > 0 and (not lines[cut - 1].strip() or is_pointer(lines[cut - 1])):
        cut -= 1
    return "\n".join(lines[:cut]).rstrip() if cut < len(lines) else text
