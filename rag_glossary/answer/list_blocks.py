"""How blocks become list items: a label line over a paragraph, labels alternating with
their texts through a list, runs of items, and the lead-in that introduces a list.

``segment.units`` reads blocks (blocks.py) through ``labelled(paired(...))`` and asks
``is_lead`` / ``lead_text`` what introduces the items after a sentence or heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rag_glossary.answer.blocks import lettered_words
from rag_glossary.answer.cleaning import DANGLING
from rag_glossary.answer.inline import clean_inline
from rag_glossary.lazy_re import lazy_regex

_LABEL_LINE = lazy_regex(r"^[A-Z][\w/&()'-]*(?: [\w/&()'-]+){0,4}:$")


def labelled(blocks: Iterator[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """A label line over a paragraph ("Semantic Memory:" then "Focuses on ...") is one
    item, "Semantic Memory: Focuses on ...", of the list its heading introduces."""
    label = ""
    for kind, text in blocks:
        if label and kind == "para":
            yield "item", f"{label} {text}"
        elif label:
            yield "para", label
            yield kind, text
        elif kind != "para" or not _LABEL_LINE.match(text.strip()):
            yield kind, text
        starts = kind == "para" and not label and _LABEL_LINE.match(text.strip())
        label = text.strip() if starts else ""
    if label:
        yield "para", label


_SHORT_LABEL = lazy_regex(r"^[A-Z][\w/&()'-]*(?: [\w/&()'-]+){0,5}:?$")
_PAIR_TEXT_WORDS = 6  # the text under a label says at least this much


def paired(blocks: Iterator[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Numbered labels over sub-bullets ("1. Cost Function" then "- The cost function is
    ..."), label and text alternating through a whole list: each pair is one item,
    "Cost Function: The cost function is ..."."""
    run: list[str] = []
    for kind, text in [*blocks, ("end", "")]:
        if kind == "item":
            run.append(text)
            continue
        yield from (("item", item) for item in _pairs(run))
        run = []
        if kind != "end":
            yield kind, text


def _pairs(run: list[str]) -> list[str]:
    labels, texts = run[0::2], run[1::2]
    paired = (
        len(run) >= 4
        and len(run) % 2 == 0
        and all(_SHORT_LABEL.match(label.strip()) for label in labels)
        and all(len(t.split()) >= _PAIR_TEXT_WORDS and t.rstrip()[-1:] in ".!" for t in texts)
    )
    if not paired:
        return run
    return [_pair(label, t) for label, t in zip(labels, texts, strict=True)]


# the text under a label with a label of its own ("Wide to Long Transformation: melt ...")
_CHILD_LABEL = lazy_regex(r"^([A-Z][\w/&'-]*(?: [\w/&'-]+){0,5}):\s+(?=\S)")


def _pair(label: str, text: str) -> str:
    """A label over text with a label of its own ("Normalisation" over "Wide to Long
    Transformation: melt helps ...") reads as a run-together list, so the inner label goes
    in parentheses,
    "Normalisation (Wide to Long Transformation): melt helps ..."."""
    label = label.strip().rstrip(":")
    child = _CHILD_LABEL.match(text)
    if child is None:
        return f"{label}: {text}"
    return f"{label} ({child.group(1)}): {text[child.end() :]}"


def item_text(text: str) -> str:
    """An item without the words or the comma that join it to the next ("Increase the
    rate, or", "unsupervised,")."""
    text = re.sub(r"(?i)[,;]?\s+(?:and|or)$", "", re.sub(r"(?i)^(?:and|or)\s+", "", text))
    return text.rstrip(",;").rstrip()


_LIST_RUN = 3  # items in a row that make a list whose one-word items are items


def in_lists(blocks: list[tuple[str, str]]) -> set[int]:
    """The blocks that are items of a run of at least _LIST_RUN items: a one-word item of
    such a list ("* unsupervised," "* reinforcement.") is an item, as under a lead-in."""
    out: set[int] = set()
    run: list[int] = []
    for block, (kind, _) in enumerate([*blocks, ("end", "")]):
        if kind == "item":
            run.append(block)
            continue
        if len(run) >= _LIST_RUN:
            out.update(run)
        run = []
    return out


def is_lead(text: str) -> bool:
    """A list intro ("Types are:"), a short label line before a list ("Model Parameters"),
    or a sentence the list completes ("A self-driving car needs to")."""
    short_label = len(text.split()) <= 5 and not re.search(r"[.!?]$", text)
    dangles = not re.search(r"[.!?]$", text) and bool(DANGLING.search(text))
    return text.endswith((":", "?")) or short_label or dangles


def lead_text(lead: str) -> str:
    text = clean_inline(lead).rstrip(":").strip()
    if text.endswith("?"):  # "Why do researchers love PyTorch?" gives its words, not a lead-in
        return text
    return text if lettered_words(text) and not text.endswith("…") else ""
