"""Attribution paragraphs: where an entry's text came from, not what the term means.

``Source: [Wex Legal Encyclopedia](...) by [Cornell LII](...)``, ``References:`` over a
list, ``Adapted from ...``: a glossary credits its sources under the definition. Their
words are titles of articles and publishers ("Understanding Extra-Judicial Confessions:
Legal Implications and Evidentiary Value"), full of the field's vocabulary, so kept in the
body they are embedded, matched and quoted as if the entry said them. clean_markdown
leaves them out of the body (their links are no entry's text either).

The page's own closing paragraph (``This glossary is designed to be a living document.``
after a ``---`` rule) lands in the last entry's body the same way: :func:`closing_lines`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.lazy_re import lazy_regex

# A paragraph opening with a credit label and its colon (``Source:``, ``**Sources:**``,
# ``_Reference_:``) or a credit phrase (``Retrieved from``, ``Adapted from``).
_LABEL = r"(?:sources?|references?|citations?|credits?|attributions?|bibliography)"
_ATTRIBUTION = re.compile(
    rf"^[ \t>]*[*_]{{0,2}}(?:{_LABEL}[ \t]*(?::[*_]{{0,2}}|[*_]{{1,2}}[ \t]*:)(?:\s|$)"
    r"|(?:retrieved|adapted|excerpted|reproduced|quoted)[ \t]+from\b)",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s")


def attribution_lines(lines: Sequence[str], in_code: Sequence[bool]) -> frozenset[int]:
    """Indexes of the lines of attribution paragraphs: the paragraph a credit line opens
    and, when that line is a bare label (``Sources:``), the list under it."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        opens = not in_code[i] and (i == 0 or not lines[i - 1].strip())
        if not (opens and _ATTRIBUTION.match(lines[i])):
            i += 1
            continue
        label_only = lines[i].strip().rstrip("*_ ").endswith(":")
        end = _paragraph_end(lines, in_code, i)
        if label_only:
            end = _list_end(lines, in_code, end)
        found.update(range(i, end))
        i = end
    return frozenset(found)


def _paragraph_end(lines: Sequence[str], in_code: Sequence[bool], i: int) -> int:
    while i < len(lines) and lines[i].strip() and not in_code[i]:
        i += 1
    return i


def _list_end(lines: Sequence[str], in_code: Sequence[bool], i: int) -> int:
    """After a bare label: skip blank lines, then the list items (and their wrapped lines)."""
    j = i
    while j < len(lines) and not lines[j].strip() and not in_code[j]:
        j += 1
    if j >= len(lines) or in_code[j] or not _LIST_ITEM.match(lines[j]):
        return i
    while j < len(lines) and not in_code[j] and lines[j].strip():
        j += 1
    return j


# "---", "***", "___" alone on a line: the page's last rule closes its last entry
_BREAK = lazy_regex(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
# a paragraph that speaks of the page it closes: "This glossary covers essential ..."
_PAGE_ITSELF = lazy_regex(r"(?i)\bthis\s+(?:glossary|page|list|document)\b")


def closing_lines(lines: Sequence[str], in_code: Sequence[bool]) -> frozenset[int]:
    """Indexes of the page's closing paragraph when it ends a body below the entry's own
    text: after a final thematic break, or speaking of the page itself."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and lines[start - 1].strip() and not in_code[start - 1]:
        start -= 1
    if start == end or (start < len(in_code) and any(in_code[start:end])):
        return frozenset()
    above = [i for i in range(start) if lines[i].strip()]
    ruled = bool(above) and _BREAK.match(lines[above[-1]]) is not None
    text_above = any(not _BREAK.match(lines[i]) for i in above)
    closing = ruled or _PAGE_ITSELF.search(" ".join(lines[start:end])) is not None
    return frozenset(range(start, end)) if closing and text_above else frozenset()
