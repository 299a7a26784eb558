"""The blocks of an entry body, the first stage of its answer units (segment.py).

Paragraphs, list items with their continuation lines, code and headings, in
reading order; markup lines, URL-only lines and link lists ("More at:",
"See also:") are skipped, and hard-wrapped prose is joined back into paragraphs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from rag_glossary.answer.charts import chart_rows
from rag_glossary.answer.inline import LABEL, URL
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.table_rows import row_text, table_rows
from rag_glossary.word_marks import MARKS

_FENCE = lazy_regex(r"^\s*(```|~~~)")
# a short label with no sentence stop, the whole text of a bullet alone on its line
_HEAD_LABEL = lazy_regex(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,4}$")
_BARE_BULLET = lazy_regex(r"^\s*(?:[-*+]|[•▪◦])\s*$")
# "\\- item": an escaped bullet, as Markdown written into a JSON value reads; "a. Item"
_ITEM = lazy_regex(r"^(\s*)(?:\\?[-*+]|[•▪◦]|\d{1,2}\\?[.)]|[a-h][.)](?=\s+[A-Z]))\s+")
_HEADING = lazy_regex(r"^\s*#{1,6}\s+(.*)$")
# "🟨 How It Works / Example": after an icon, a short label with no sentence stop
_ICON_LABEL = lazy_regex(r"^\s*([A-Z][^.!?:;]{0,60})$")
_SKIP = lazy_regex(
    r"^\s*(>|\||!\[|\{%|\{\{|\{:|///|<[^>]+>\s*$|\*\s*toc\s*$|video\s*:|image\s*:|pdf\s*:"
    r"|[-=_*]{3,}\s*$)",
    re.IGNORECASE,
)
_LINK_LIST_LEAD = lazy_regex(
    r"^\s*(more\s+at|see\s+also|also\s+see|related|references?|links?|resources?|sources?"
    r"|further\s+reading|read\s+more|(?:to\s+)?(?:learn|find\s+out)\s+more)\b[^.!?]*:?\s*$",
    re.IGNORECASE,
)
CODE_LINE = lazy_regex(
    r"^\s*(?:def |class |import |from \S+ import |return\b|print\(|for \S+ in .*:$|if .*:$"
    r"|elif |else:|try:|except\b|with .*:$|const |let |var |function\b|console\.|#include"
    r"|[A-Za-z_][\w.]*(?:\[[^\]]*\])?(?:\s*,\s*[A-Za-z_]\w*)*\s*[-+*/]?=\s*"
    r"(?:.*[(\[{_\"'0-9]|[a-z_][\w.]*\s*$)"
    r"|[A-Za-z_][\w.]*\(.*\)\s*;?$"
    r"|[{}\[\]();,]+\s*$|\$ |>>> )"
)
_WRAP_WIDTH = 100  # bodies whose lines never pass this are hard-wrapped prose
_SHORT_LINE = 50  # in hard-wrapped prose, a line this short ends where its author ended it


def _link_list_lead(line: str) -> bool:
    """ "See also:", "Learn more: ...", "Read More": a line that leads a list of links.
    Without a colon only a line its author started (a capital): "source language and
    target language" is a hard-wrapped line of a sentence, no "Sources" lead."""
    lead = _LINK_LIST_LEAD.match(line)
    return lead is not None and (":" in line[lead.end(1) :] or line.lstrip()[:1].isupper())


def _icon_heading(line: str) -> re.Match[str] | None:
    """A label line that opens with an icon (a pictograph or symbol, as flashcards mark
    their parts) is a heading, not a sentence of the answer."""
    if not line or unicodedata.category(line[0]) != "So":
        return None
    return _ICON_LABEL.match(line.lstrip(line[0]).lstrip("\ufe0f"))


def lettered_words(text: str) -> list[str]:
    """The words of two letters or more in ``text``, the marks written on them the word's ("गैस"
    is ग, "ै", स: one word); numbers and underscores part words."""
    return _WORD_OF_LETTERS.findall(text)


_WORD_OF_LETTERS = lazy_regex(rf"[^\W\d_](?:[^\W\d_]|[{MARKS}])+")


def body_blocks(body: str) -> Iterator[tuple[str, str]]:
    """("para", text), ("item", text), ("head", text), ("code", text), ("row", text) and
    ("chart", text) of a body, skipping markup lines, URL-only lines and link lists ("More
    at:", "See also:")."""
    lines = body.splitlines()
    rows = _table_rows(lines)
    charts = chart_rows(lines)
    wrapped = _hard_wrapped(lines)
    para: list[str] = []
    item: list[str] | None = None
    item_indent = 0
    in_code = in_links = False
    numbered = _numbered(lines)
    bare = False  # a bullet alone on its line: its text is the next line ("-" then "Policy: ...")
    headed = False  # an item from a bare bullet that is only a label ("-", "Data", then its text)

    def flush() -> Iterator[tuple[str, str]]:
        nonlocal para, item, headed
        headed = False
        if item is not None:
            yield from _unglued(" ".join(item))
        elif para:
            yield from (("para", text) for text in _join(para, wrapped))
        para, item = [], None

    for number, line in enumerate(lines):
        if number in rows and not in_code:
            yield from flush()
            yield "row", rows[number]
            continue
        if number in charts and not in_code:
            yield from flush()
            if charts[number]:
                yield "chart", charts[number]
            continue
        if _FENCE.match(line):
            yield from flush()
            in_code = not in_code
            if in_code:
                yield "code", ""
            continue
        if in_code:
            continue
        stripped = line.strip()
        if not stripped:
            yield from flush()
            continue
        if _link_list_lead(LABEL.sub("", stripped)):
            yield from flush()
            in_links = True
            continue
        if _BARE_BULLET.match(line):
            yield from flush()
            bare = True
            continue
        marker = _ITEM.match(line)
        if marker and number not in numbered and _ordinal(line):
            marker = None  # "23. aprīlis kā ...", "1. maijs": a date, no list of one item
        if bare and not marker and not in_links:
            line = f"- {stripped}"
            marker = _ITEM.match(line)
        was_bare, bare = bare, False
        if in_links and (marker or _only_links(stripped)):
            continue
        in_links = False
        if heading := _HEADING.match(line) or (None if marker else _icon_heading(stripped)):
            yield from flush()
            yield "head", heading.group(1)
            continue
        if _SKIP.match(line) or _only_links(stripped):
            yield from flush()
            continue
        if CODE_LINE.match(stripped) and not (
            marker or wrapped or _prose(stripped) or _goes_on(para, stripped)
        ):
            yield from flush()
            yield "code", stripped
            continue
        if marker:
            yield from flush()
            item, item_indent = [line[marker.end() :].strip()], len(marker.group(1))
            headed = was_bare and _HEAD_LABEL.match(stripped) is not None
            continue
        labelled = LABEL.sub("", stripped)
        inline_item = re.match(r"^[•▪◦]\s*", labelled)
        if inline_item:  # "Note: • first item"
            yield from flush()
            item = [labelled[inline_item.end() :]]
            continue
        if item is not None and headed and len(item) == 1:  # "Data" then "A model's ..."
            item[0] += ":"
        if item is not None and (wrapped or headed or _indent(line) > item_indent):
            item.append(stripped)  # continuation of the item
            continue
        if item is not None:
            yield from flush()
        para.append(labelled)
    yield from flush()


# A number, a stop and a lower-case word at a line's start: an ordinal ("23. aprīlis", "1.
# maijs", "3. května") in the languages that write ordinals so, or a list item
_ORDINAL = lazy_regex(r"^\s*\d{1,2}\.\s+([^\W\d_])")
_NUMBERED = lazy_regex(r"^\s*\d{1,2}\\?[.)]\s")


def _ordinal(line: str) -> bool:
    """The line opens with an ordinal: a number, a stop and a lower-case word (a script
    without capitals says nothing: "1. 与之进行金融交易 ..." is an item)."""
    found = _ORDINAL.match(line)
    return found is not None and found.group(1).islower()


def _numbered(lines: list[str]) -> set[int]:
    """The lines opening with a number that are items of a numbered list: another line of
    the body opens with a number too (a list has two items or more)."""
    found = {i for i, line in enumerate(lines) if _NUMBERED.match(line)}
    return found if len(found) > 1 else set()


def _table_rows(lines: list[str]) -> dict[int, str]:
    """The body rows of each pipe table by line number, each read as one statement of the
    table, its header cells as labels ("7 | Near Gale | ... | Whole trees in motion." is
    "Beaufort No. 7: Near Gale; ... Land Conditions: Whole trees in motion."); read as
    prose, its full stops would cut it from its number."""
    return {row.line: text for row in table_rows(lines) if (text := row_text(row))}


# "... on their training data ==> attack Possible solutions:": the label of the next list,
# its line break lost, run into the last item of this one
_GLUED_LABEL = lazy_regex(r"^(.*\b[a-z][\w-]*)\s+([A-Z][a-z-]*(?:\s+[a-z][\w-]*){0,2}:)$")
_GLUED_ITEM_WORDS = 4  # the item before the label says at least this much


def _unglued(text: str) -> Iterator[tuple[str, str]]:
    """An item, and apart from it the label of the next list glued onto its end."""
    glued = _GLUED_LABEL.match(text)
    if glued is None or len(lettered_words(glued.group(1))) < _GLUED_ITEM_WORDS:
        yield "item", text
        return
    yield "item", glued.group(1)
    yield "para", glued.group(2)


_SENTENCE_BREAK = lazy_regex(r"[a-z)][.!?]\s+[A-Z][a-z]")
_PROSE_WORDS = 15


def _prose(line: str) -> bool:
    """A line that reads like code at its start ("Loss = true_value(...) - predicted value")
    but goes on in sentences ("... The lower the loss, the better") is prose."""
    return bool(_SENTENCE_BREAK.search(line)) and len(lettered_words(line)) >= _PROSE_WORDS


def _goes_on(para: list[str], line: str) -> bool:
    """A line that opens on a lower-case word after a long line stopped mid-sentence (no
    stop, no colon) goes on with that sentence ("... representing the global" + "function
    named by ..."): prose that only starts like code. After a short line ("Simple X,Y
    plot" + "import matplotlib.pyplot as plt") the line is code."""
    return (
        bool(para)
        and len(para[-1]) >= _SHORT_LINE
        and re.search(r"[\w,]$", para[-1]) is not None
        and (re.match(r"[a-z]+(?:[ ,;]|[.!?]?$)", line) is not None)
    )


def _hard_wrapped(lines: list[str]) -> bool:
    prose = [len(line) for line in lines if line.strip() and not _FENCE.match(line)]
    return bool(prose) and max(prose) <= _WRAP_WIDTH and sum(n >= 65 for n in prose) >= 3


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _only_links(text: str) -> bool:
    rest = URL.sub("", re.sub(r"\[[^\]]*\]\([^)]*\)", "", text))
    labelled_link = rest != text and re.fullmatch(r"\W*\w+\s*:\s*", rest)  # "Paper: <url>"
    return len(lettered_words(rest)) == 0 or bool(labelled_link)


# A line that stops inside its clause goes on in the next line, capitalized or not: it
# ends on an article, preposition or conjunction ("... the optimal Q-function of a" +
# "Markov decision process ..."), or it is a short opening phrase and the start of its
# clause ("In reinforcement learning, implementing" + "Q-learning by using ..."), at most
# 8 words: a longer line is a sentence that lost its stop ("... into independent components"
# + "A popular example is ..."). A number before the word counts ("... between 19 and" +
# "20 dozen eggs ...").
_MID_CLAUSE = lazy_regex(
    r"(?<=[a-z0-9,\"”')]) (?:a|an|the|of|to|and|or|by|with|for|from|in|on|at|into|that|which|whose"
    r"|than|as|via|its|their|where|when|while|who|whom|if|because|but|nor|such|is|are|was"
    r"|were|be|been)$|,$"
    r"|^(?=(?:\S+ ){0,7}\S+$)[A-Z][^.!?:]*\w,(?: [a-z][\w-]*)+$"
)


def _unclosed(text: str) -> bool:
    """A bracket is still open at the end of the text ("... (Human Way of Hearing, dB"
    before "SPL). Volume is ..."): the line goes on in the next."""
    return text.count("(") > text.count(")") or text.count("[") > text.count("]")


def _goes_on_caseless(text: str, line: str) -> bool:
    """A line ending in ":" goes on in the next when that opens with a letter of a script
    without capitals (Bengali, Devanagari, Arabic, Hebrew, Thai ...): no capital can mark a
    new paragraph there, and a sentence leads into its own rest ("... যা দুটি পরিবেশ দিয়ে
    শুরু হয়:" then "একটি লাইভ ট্র্যাফিক সহ ..."). A label of its own line ("উদাহরণ:")
    reads as one before its text too."""
    first = line[:1]
    return text.endswith(":") and first.isalpha() and not (first.isupper() or first.islower())


def _join(lines: list[str], wrapped: bool) -> Iterator[str]:
    """Paragraph text: hard-wrapped lines are one paragraph; otherwise a line that
    ends a sentence, or is followed by a capitalized line, ends its paragraph (unless
    it stops inside its clause or inside a bracket)."""
    if wrapped:  # one paragraph, except after a short unpunctuated line (a line of its own)
        text = ""
        for line in lines:
            ended = len(text) < _SHORT_LINE and not re.search(r"[,;(\-]$", text)
            ended = ended and not _unclosed(text)
            if text and ended and re.match(r"[\"“(]?[A-Z0-9]", line):
                yield text
                text = line
            else:
                text = f"{text} {line}".strip()
        if text:
            yield text
        return
    text = ""
    for line in lines:
        if not text:
            text = line
        elif not _unclosed(text) and (
            (re.search(r"[.!?:]$", text) and not _goes_on_caseless(text, line))
            or (re.match(r"[\"“(]?[A-Z0-9~]", line) and not _MID_CLAUSE.search(text))
        ):
            yield text
            text = line
        else:
            text += " " + line
    if text:
        yield text
