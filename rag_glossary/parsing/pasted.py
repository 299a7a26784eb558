"""Text pasted from a PDF or a printed page into a ``Term: definition`` file.

Three marks of such text, each general to pastes, not to one glossary:

- page furniture: a running footer or header repeated with its page number ("University of
  Maryland Extension 1" ... "8") falls between entries, inside the text of the one above;
- the document's own heading glued to the first term ("glossaryAcid Soil: ..."): the line
  break after "Glossary" was lost;
- group labels: "Goats:" alone on its line over the "Buck: ...", "Doe: ..." lines it
  groups is a term of its own (its kinds follow as terms), not the tail of the text above;
  but "Kind: Name, Name, Name" lines under it that only list names ("English Origin:
  Aberdeen Angus, Hereford, Shorthorn") are the label's text, a classification, not terms;
- hard wraps with no blank line between entries: a line that opens "Words: ..." right
  under a line cut at the wrap width (long, no closing punctuation) continues that line
  ("... essential for normal body metabolism, growth" / "and production. Includes: ..."),
  and so does a lowercase head of several words where the file's terms are capitalised;
- a title broken over two lines beside its text (a two-column page): "3. Commercial Where
  cattle are fed ... Feed usually is" / "Feed Lot: purchased, labor is hired." is the term
  "Commercial Feed Lot" whose text runs on from the first line into the second.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from rag_glossary.parsing.markdown import GLOSSARY_WORDS

# "University of Maryland Extension 3", "Page 4", "- 12 -": a line's words and a page number.
_NUMBERED_LINE = re.compile(r"^\s*(?P<head>\D*?)[\s\-\u2013]*(?P<number>\d{1,4})[\s\-\u2013]*$")
_FURNITURE_REPEATS = 3  # fewer is a coincidence ("Step 1", "Step 2")
_FURNITURE_GAP = 3  # lines between two pages' furniture at least
_LABEL = re.compile(r"^\s*(?P<label>[A-Z0-9][^:\n]{0,60}?):\s*$")
_LABEL_WORDS = 6
_LIST_SPLIT = re.compile(r",\s*|\s+and\s+")
_NAME_WORDS = 4
_GLUED_HEAD = re.compile(r"^(?P<word>[A-Za-z]+?)(?=[A-Z][a-z])")
_CLOSED = ".!?:;)\"'\u201d\u2019]"
_WRAP_SHARE = 0.75  # a line this share of the wrap width or longer was cut by the wrap
_WRAP_QUANTILE = 0.9


def page_furniture(lines: Sequence[str]) -> set[int]:
    """Indices of lines that repeat one text with a rising page number, apart from each
    other: a printed page's running footer or header."""
    by_head: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        match = _NUMBERED_LINE.match(line)
        if match and len(match.group("head").split()) >= 2:
            head = " ".join(match.group("head").split()).casefold()
            by_head.setdefault(head, []).append((i, int(match.group("number"))))
    found: set[int] = set()
    for seen in by_head.values():
        numbers = [n for _, n in seen]
        indices = [i for i, _ in seen]
        rising = all(b > a for a, b in pairwise(numbers))
        apart = all(b - a > _FURNITURE_GAP for a, b in pairwise(indices))
        if len(seen) >= _FURNITURE_REPEATS and rising and apart:
            found.update(indices)
    return found


def unglued_title(term: str) -> str:
    """The first term without the document's heading glued to it ("glossaryAcid Soil" ->
    "Acid Soil"): a word saying the text is a glossary, then a capitalised word, no space."""
    match = _GLUED_HEAD.match(term)
    if match and GLOSSARY_WORDS.fullmatch(match.group("word")):
        return term[match.end() :]
    return term


def wrap_width(lines: Sequence[str]) -> int:
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return lengths[int(_WRAP_QUANTILE * (len(lengths) - 1))] if lengths else 0


def cut_by_wrap(line: str, width: int) -> bool:
    """A line the wrap cut: as long as the text's lines run, and no sentence closed at its end."""
    text = line.rstrip()
    return bool(text) and text[-1] not in _CLOSED and len(text) >= _WRAP_SHARE * width


def lowercase_phrase(term: str) -> bool:
    """A head of several words that opens in lowercase ("and production. Includes")."""
    return term[:1].islower() and " " in term.strip()


def pasted_run(lines: Sequence[str], starts: Sequence[int]) -> bool:
    """Most term lines follow the line above with no blank line between (pasted text)."""
    return 2 * sum(1 for i in starts if i and lines[i - 1].strip()) > len(starts)


def group_labels(lines: Sequence[str], starts: Sequence[int], furniture: set[int]) -> list[int]:
    """Lines "Label:" alone (a short capitalised name, nothing after the colon) right over
    a term line, the line above them closed: a group of terms named as a term itself."""
    opening = set(starts)
    width = wrap_width(lines)
    found = []
    for i, line in enumerate(lines):
        match = _LABEL.match(line)
        if not match or len(match.group("label").split()) > _LABEL_WORDS or i in opening:
            continue
        below = i + 1
        while below in furniture:
            below += 1
        above = i - 1
        while above in furniture:
            above -= 1
        if below in opening and (above < 0 or not cut_by_wrap(lines[above], width)):
            found.append(i)
    return found


def listed_kinds(
    starts: Sequence[int], labels: set[int], read: Callable[[int], tuple[str, str] | None]
) -> list[int]:
    """``starts`` without the name-list lines that follow a group label one after another:
    they are the label's text."""
    kept: list[int] = []
    under_label = False
    for i in starts:
        if i in labels:
            under_label = True
        elif under_label and (found := read(i)) is not None and names_only(found[1]):
            continue
        else:
            under_label = False
        kept.append(i)
    return kept


def names_only(text: str) -> bool:
    """Capitalised names and nothing else ("Aberdeen Angus, Hereford, Shorthorn")."""
    items = [item.strip().rstrip(".") for item in _LIST_SPLIT.split(text.strip())]
    return all(
        item and len(item.split()) <= _NAME_WORDS and all(w[:1].isupper() for w in item.split())
        for item in items
    )


def unwrapped_starts(
    lines: Sequence[str], starts: Sequence[int], furniture: set[int], heads: dict[int, str]
) -> list[int]:
    """``starts`` without the term-like lines that continue the text above: under a line the
    wrap cut, or a lowercase phrase where the terms (``heads``) are capitalised."""
    width = wrap_width(lines)
    capitals = sum(1 for i in starts if heads[i][:1].isupper() or heads[i][:1].isdigit())
    capitalised = 2 * capitals > len(starts)
    kept = list(starts[:1])  # the first term continues nothing
    for i in starts[1:]:
        above = i - 1
        while above >= 0 and above in furniture:
            above -= 1
        if above >= 0 and cut_by_wrap(lines[above], width):
            continue
        if capitalised and lowercase_phrase(heads[i]):
            continue
        kept.append(i)
    return kept


# "3. Commercial Where cattle are fed": a list marker, the title's first words (capitalised),
# then a sentence opening with a capitalised word and running on in lowercase (a title's
# words bounded: no nested unbounded repeat).
_TITLE_OPENING = re.compile(
    r"^(?P<marker>\s*(?:\d{1,2}[.)]\s+)?)(?P<title>(?:[A-Z][\w'-]*\s+){1,6}?)"
    r"(?P<text>[A-Z][a-z]*\s+[a-z].*)$"
)


def broken_titles(
    lines: Sequence[str], dropped: Sequence[int], heads: dict[int, str]
) -> tuple[list[str], list[int]]:
    """Term lines dropped as a wrapped text's continuation (``dropped``) that end a title
    broken over two lines: the line above opens a new paragraph (the line before it closed
    a sentence) with capitalised title words and then its text, which the dropped line's
    lowercase text continues. Returns the lines with the title joined on the first line
    (``3. Commercial Feed Lot: Where cattle ...`` / ``purchased, labor is hired.``) and the
    first lines, new terms."""
    joined = list(lines)
    found = []
    for i in dropped:
        opening = _broken_opening(lines, i)
        rest = lines[i].split(":", 1)[1].strip() if ":" in lines[i] else ""
        if opening is None or not rest[:1].islower() or not heads[i][:1].isupper():
            continue
        title = f"{opening.group('title').strip()} {heads[i]}"
        if len(title.split()) > _LABEL_WORDS:
            continue
        joined[i - 1] = f"{opening.group('marker')}{title}: {opening.group('text')}"
        joined[i] = rest
        found.append(i - 1)
    return joined, found


def _broken_opening(lines: Sequence[str], i: int) -> re.Match[str] | None:
    """The line above ``i`` opening a paragraph with title words then text (no colon)."""
    if i < 2 or ":" in lines[i - 1] or lines[i - 2].rstrip()[-1:] not in tuple(".!?"):
        return None
    return _TITLE_OPENING.match(lines[i - 1].rstrip())
