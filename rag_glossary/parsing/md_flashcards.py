"""Markdown flashcard files, as Obsidian's spaced-repetition plugins (obsidian-spaced-
repetition, AOSR) write them, read one entry per card (md_terms.py).

- A card is ``Term::Answer`` on one line (``Term:::Answer``, a reversed card, too), or the
  term's lines over a line ``?`` (``??`` reversed) over the answer's lines;
- cards stand apart by blank lines or, when the file draws them, by thematic breaks
  (``***``, ``---``, ``___``): then a card runs to the next break, blank lines in its
  answer and all;
- a line of tags alone (``#flashcards``, ``#flashcards/deck``, ``#Q``) names the deck, a
  heading the cards' context, a cloze card (no separator) no term: none is an entry;
- in a file of such cards, a card written with one colon (``Term: Answer``, a short
  term) is a card too, as its writer meant it;
- the term's markup goes (``Potsdam **17/07/1945**`` is ``Potsdam 17/07/1945``, its
  anchor that text's slug; the name before a closing bold date is an alias), and a name
  in brackets closing the term (``Containment (encirclement)``) is another name of it.

A file is read so only when its cards are what it holds: three or more cards, two of
them at least ``?`` cards or the file opening with a deck tag, and cards in most of its
blocks. Other Markdown (a ``Term:: def`` labeled list in prose) is md_terms.py's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.clean import join_soft_wraps
from rag_glossary.parsing.inline import clean_title
from rag_glossary.parsing.md_leads import LABEL_OPENERS
from rag_glossary.parsing.md_run_in import BRACKETED
from rag_glossary.parsing.md_term_walk import term_section

# ``Term::Answer``, ``Term:: Answer``, ``Term:::Answer``, an item of a list of them: the
# term holds no colon.
_SINGLE = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?"  # a list of cards: "- Term::Answer"
    r"(?P<term>[^\s:#>|`][^:\n]{0,120}?)[ \t]*:::?(?![:])[ \t]*(?P<rest>.*)$"
)
# ``Term: Answer`` in a file of cards: a short term, then its answer.
_ONE_COLON = re.compile(
    r"^[ \t]*(?P<term>[^\s:#>|`\-*+][^:\n]{0,80}?)[ \t]*:(?![:])[ \t]+(?P<rest>\S.*)$"
)
_MULTI = re.compile(r"^[ \t]*\?\??[ \t]*$")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_CLOSING_BOLD = re.compile(r"(\*\*|__)(?P<date>[^*_\n]{1,40})\1[ \t]*$")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")  # "(2024)" names nothing
_TERM_WORDS = 12  # a longer "term" before "::" is a sentence
_SHORT_TERM = 6  # the most words of a one-colon card's term, and of a bracketed name
_MIN_CARDS = 3
_MIN_MULTI = 2


@dataclass(frozen=True)
class _Card:
    title: str  # as written (markup kept)
    line: int  # 0-based
    answer: tuple[str, ...]
    multi: bool


def flashcard_sections(lines: Sequence[str], in_code: Sequence[bool]) -> list[Section] | None:
    """One Section per card when the file is a file of flashcards, else None."""
    cards = _cards(lines, in_code)
    if cards is None:
        return None
    return [_section(card) for card in cards]


def is_flashcards(lines: Sequence[str], in_code: Sequence[bool]) -> bool:
    return _cards(lines, in_code) is not None


def _cards(lines: Sequence[str], in_code: Sequence[bool]) -> list[_Card] | None:
    text = [i for i, line in enumerate(lines) if line.strip() and not in_code[i]]
    if not text:
        return None
    tagged = _is_tags(lines[text[0]])
    blocks = _blocks(lines, in_code)
    found = [_block_cards(lines, block) for block in blocks]
    cards = [card for block in found for card in block]
    multi = sum(card.multi for card in cards)
    carded = sum(1 for block in found if block)
    worded = sum(1 for b in blocks if any(lines[i].strip() for i in _text_lines(lines, b)))
    if len(cards) < _MIN_CARDS or not (multi >= _MIN_MULTI or tagged) or carded * 2 <= worded:
        return None
    return _with_one_colon_cards(lines, blocks, found)


def _blocks(lines: Sequence[str], in_code: Sequence[bool]) -> list[list[int]]:
    """Line indexes of each block: between thematic breaks when the file draws two or
    more, else between blank lines. A code block stays in the block it is in."""
    breaks = sum(1 for i, line in enumerate(lines) if not in_code[i] and _is_break(line))
    by_breaks = breaks >= _MIN_MULTI
    blocks: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if not in_code[i] and (_is_break(line) if by_breaks else not line.strip()):
            blocks.append([])
        elif line.strip() or in_code[i]:
            blocks[-1].append(i)
        elif blocks[-1]:
            blocks[-1].append(i)  # a blank line inside a card drawn between breaks
    return [block for block in blocks if block]


def _block_cards(lines: Sequence[str], block: Sequence[int]) -> list[_Card]:
    """The cards of one block: a ``?`` card (the lines above the ``?``, headings and tags
    left out, its term), or each ``Term::`` line with the lines under it, to the next."""
    body = _text_lines(lines, block)
    marks = [k for k, i in enumerate(body) if _MULTI.match(lines[i])]
    if marks and marks[0] > 0:
        head = [lines[i].strip() for i in body[: marks[0]] if lines[i].strip()]
        answer = tuple(lines[i] for i in body[marks[0] + 1 :])
        if head and any(a.strip() for a in answer):
            return [_Card(" ".join(head), body[0], _trimmed(answer), multi=True)]
        return []
    cards: list[_Card] = []
    for i in body:
        single = _SINGLE.match(lines[i])
        term = single.group("term") if single else ""
        if single and _term(term):
            cards.append(_Card(term, i, (single.group("rest"),), multi=False))
        elif cards:
            last = cards[-1]
            cards[-1] = _Card(last.title, last.line, (*last.answer, lines[i]), multi=False)
    return [_Card(c.title, c.line, _trimmed(c.answer), c.multi) for c in cards]


def _with_one_colon_cards(
    lines: Sequence[str], blocks: Sequence[Sequence[int]], found: Sequence[list[_Card]]
) -> list[_Card]:
    """The cards found, and a card for each other block that opens ``Term: Answer``."""
    out: list[_Card] = []
    for block, cards in zip(blocks, found, strict=True):
        if cards:
            out.extend(cards)
            continue
        body = _text_lines(lines, block)
        one = _ONE_COLON.match(lines[body[0]]) if body else None
        term = one.group("term") if one else ""
        label = term.split()[0].casefold() in LABEL_OPENERS if term.strip() else True
        if one and not label and _term(term, _SHORT_TERM):  # "Note: ..." is no card
            rest = (one.group("rest"), *(lines[i] for i in body[1:]))
            out.append(_Card(term, body[0], _trimmed(rest), multi=False))
    return out


def _text_lines(lines: Sequence[str], block: Sequence[int]) -> list[int]:
    """The block's lines but its tag lines and headings (a deck's name, the cards' context)."""
    return [i for i in block if not _is_tags(lines[i]) and not _HEADING.match(lines[i])]


def _is_break(line: str) -> bool:
    """A thematic break: three or more of one of ``-``, ``*``, ``_``, spaces between."""
    marks = line.replace(" ", "").replace("\t", "")
    return (
        len(marks) >= 3
        and marks in {"-" * len(marks), "*" * len(marks), "_" * len(marks)}
        and (len(line) - len(line.lstrip(" ")) <= 3)
    )


def _is_tags(line: str) -> bool:
    """A line of tags alone: ``#flashcards``, ``#flashcards/deck #Q``."""
    words = line.split()
    return bool(words) and all(len(w) > 1 and w[0] == "#" and w[1] != "#" for w in words)


def _term(raw: str, words: int = _TERM_WORDS) -> bool:
    title = clean_title(raw)
    return bool(title) and len(title.split()) <= words and not title.endswith((".", "!", "?"))


def _trimmed(answer: Sequence[str]) -> tuple[str, ...]:
    out = list(answer)
    while out and not out[-1].strip():
        out.pop()
    while out and not out[0].strip():
        out.pop(0)
    return tuple(out)


def _section(card: _Card) -> Section:
    title = clean_title(card.title)
    names: list[str] = []
    dated = _CLOSING_BOLD.search(card.title)  # "Potsdam **17/07/1945**": the name before it
    name = clean_title(card.title[: dated.start()]) if dated else ""
    if dated and name and _DIGIT.search(dated.group("date")):
        names.append(name)
    if bracketed := BRACKETED.match(title):  # "Containment (encirclement)": both names
        pair = [bracketed.group("name").strip(), bracketed.group("other").strip()]
        if all(0 < len(n.split()) <= _SHORT_TERM and _LETTER.search(n) for n in pair):
            names += pair
    chunk = join_soft_wraps("\n".join(card.answer))  # a wrapped answer line reads on
    return term_section(title, card.line + 1, [chunk] if chunk.strip() else [], names)
