"""An entry body as answer units: clean sentences and list items, in reading order.

Blocks first (blocks.py: paragraphs, list items with their continuation lines, code,
headings, link lists), then sentences inside paragraphs and items with pysbd, which knows
abbreviations (e.g., i.e., etc., vs.), decimals and initials. Every rule that keeps
text out of an answer lives here: code is never flattened into prose, and
rhetorical questions, fragments ending in ":", "See X" cross-references, URL-only
lines, "More at" link lists, truncated titles and markup never become units. A link's
text whose pointer was cut off ("See the" + "Wikipedia entry for X.") stays a unit that
retrieval reads, marked ``link_text``: the composer (pieces.aside) never prints it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from rag_glossary.answer.blocks import _CODE_LINE, _blocks
from rag_glossary.answer.blocks import _words as _words  # re-exported (openings.py)
from rag_glossary.answer.inline import URL, clean_inline
from rag_glossary.answer.sentences import sentences as _sentences

Kind = Literal["sentence", "item"]


@dataclass(frozen=True)
class Unit:
    """One sentence or list item of an entry, cleaned, with where it sits.

    ``block`` numbers the paragraphs and lists of the body; items of one list share
    it, and ``lead`` is the sentence that introduces their list ("Types are:").
    """

    text: str
    kind: Kind
    position: int
    block: int
    lead: str = ""
    item_start: bool = False  # the first sentence of a list item that has several
    section: int = 0  # how many headings come before it
    # the text of a link whose pointer was cut off before it ("See the" + "Wikipedia entry
    # for X."), or a trailing link to a section ("Project step 1"): a unit the retrieval
    # side still reads, but no statement of the answer
    link_text: bool = False


_MIN_WORDS = 3
_LONG_ITEM_WORDS = 30
_REPLY_WORDS = 6  # a sentence this short right after a rhetorical question is its reply
# A sentence that stops on one of these words introduces something that is not there.
_DANGLING = re.compile(
    r"(?i)\b(are|is|include|includes|including|following|follows|like|as|the|of|to|and|or"
    r"|with|for|by|such|e\.g|i\.e|essentially|basically|namely|(?-i:a|an))$"
)
# a sentence whose last word lost its object when its URL was removed ("hosted at")
_LOST_OBJECT = re.compile(r"(?i)\b(?:at|from|on|in|here|via|under|see|visit)$")
# "... how many standard deviations from the mean a data point is." is whole: the verb
# closes a clause that a wh-word opened.
_WH_CLAUSE = re.compile(
    r"(?i)\b(?:how|what|where|which|who|whether|whatever)\b.*\b(?:is|are)$"
    r"|\bto\s+[a-z]+\s+(?:with|for|on|by|of|to)$"  # "Collection of time series to work with."
)
_POINTER = re.compile(
    r"(?i)\b(?:(?:illustration|figure|image|diagram|picture|table|chart|graph|screenshot|video)"
    r"s? (?:below|above)|(?:shown|seen|illustrated|depicted|described|mentioned) (?:below|above)"
    r"|(?:the|this) (?:following|below|above) (?:illustration|figure|image|diagram|picture|table"
    r"|chart|graph|screenshot|example|code))"
    r"|^(?:here(?:'s|’s| is| are)|this is)\s+(?:the|a|an|my|our)\s+(?:paper|link|video|article|blog"
    r"|post|repo|code|source|slides?|talk|notebook)\W*$"
)
# An ellipsis that cuts text: at its start or end, or before a colon ("…never make it
# to…:"); one inside a quoted example ("Alice... she... her") is the author's.
# "(analysis, monitoring, serving, ...)" is an "etc.", not a cut.
_CUT = re.compile(r"^\W*(?:…|\.\.\.)|(?<!,\s)(?:…|\.\.\.)\W*$|(?:…|\.\.\.)\s*:")
_NAVIGATION = re.compile(
    r"(?i)\W*(?:back|go|return|jump)\s+to\s+(?:the\s+)?top(?:\s+of\s+page)?\W*"
)
# A noun phrase with a question mark is a definition the author was unsure of, not a
# question.
# So is a labelled one ("Natural Language Inference: Does one sentence imply another?").
_NOUN_PHRASE = re.compile(r"(?:A|An|The)\s+[a-z]|[A-Z][\w-]*(?: [\w-]+){0,4}:\s+\S")
# A question opens with one of these; "New search engine built by Google ?" is a statement
# its author was unsure of.
_ASKING = re.compile(
    r"(?i)^(?:[\w ()/-]{1,40}:\s+)?(?:what|why|how|when|where|which|who|whom|whose|is|are|was"
    r"|were|do|does|did|can|could|should|would|will|shall|may|might|must|have|has|had|isn't"
    r"|aren't|don't|doesn't|didn't|can't|won't|wouldn't|shouldn't|so|and|but|or|ever|any|you"
    r"|if|imagine|remember|ok|okay|right|really|yes|no)\b"
)
_LABEL_CHAIN = re.compile(r"^[A-Z][\w-]*(?: [\w-]+)?:\s+[A-Z][\w-]*(?: [\w-]+)?:")


def units(body: str) -> list[Unit]:
    """The clean units of a body in reading order (memoized: bodies repeat across calls)."""
    # Four or more dots end a sentence ("dependencies..........POINT:8"); three mark a cut.
    # A backslash that ends a line is a Markdown hard line break ("you can either:\\").
    return list(_units(_HARD_BREAK.sub("", _DOT_RUN.sub(". ", body))))


_DOT_RUN = re.compile(r"\.{4,}")
_OPEN_TASK = re.compile(r"\[ \]\s")  # an unticked task-list item
_HARD_BREAK = re.compile(r"\\+$", re.MULTILINE)


@lru_cache(maxsize=512)
def _units(body: str) -> tuple[Unit, ...]:
    out: list[Unit] = []
    unsure: list[Unit] = []
    lead = ""
    section = 0
    opener = ""  # a whole sentence ending in ":" that introduces the next paragraph
    pointing = False  # the last sentence was a dropped pointer that its link text completes
    blocks = list(_labelled(_paired(_blocks(body))))
    short = len(body.split()) <= SHORT_BODY_WORDS
    listed = _in_lists(blocks)
    for block, (kind, text) in enumerate(blocks):
        if kind != "para":
            opener = ""
            pointing = False
        if kind == "code":
            lead = ""
            continue
        if kind == "head":
            lead = text
            section += 1
            continue
        if kind == "para":
            sentences = [s for s in _sentences(text) if s]
            asked = lead.endswith("?")  # the paragraph before ended on a (dropped) question
            if opener and len(sentences) == 1 and (joined := _introduced(opener, sentences[0])):
                sentences[0] = joined  # "... a rule which prevents aliasing: When sampling ..."
            opener = _opener(sentences[-1]) if sentences else ""
            lead = sentences[-1] if sentences and _is_lead(sentences[-1]) else ""
            for i, sentence in enumerate(sentences):
                if asked and i == 0 and len(sentence.split()) <= _REPLY_WORDS:
                    continue  # "You'd still get artifacts." replies to it, and means little alone
                if i and _replies(sentences[i - 1], sentence):
                    continue  # "Why two? Because one is too easy ...": its question is dropped
                if (clean := clean_unit(sentence, short=short)) is None and not out and i == 0:
                    from rag_glossary.answer.openings import opening_unit  # it uses this module

                    clean = opening_unit(sentence, blocks[block + 1 :])
                linked = pointing and clean is not None and len(_words(clean)) <= _LINK_TEXT_WORDS
                linked = linked or (i > 0 and i == len(sentences) - 1 and _locator(sentences, i))
                pointing = clean is None and bool(_OPEN_POINTER.search(clean_inline(sentence)))
                if clean is not None:
                    unit = Unit(clean, "sentence", len(out), block, section=section)
                    out.append(replace(unit, link_text=True) if linked else unit)
                elif not out and (doubted := _doubted(sentence)) is not None:
                    unsure.append(Unit(doubted, "sentence", 0, block))
        elif text.rstrip().endswith(":"):
            lead = text  # "- Examples include:" introduces the items after it
        elif _OPEN_TASK.match(text):
            continue  # "- [ ] How to update ...": a note of work to do states nothing
        else:
            sentences = _sentences(text)
            if len(sentences) > 1 or len(text.split()) > _LONG_ITEM_WORDS:
                # a paragraph in list clothing: its sentences are units, and the first
                # stands for the item when its list is shown
                first = True
                for sentence in sentences:
                    if (clean := clean_unit(sentence)) is not None:
                        item_lead = _lead_text(lead) if first else ""
                        unit = Unit(clean, "sentence", len(out), block, item_lead, first, section)
                        out.append(unit)
                        first = False
            elif (
                item := clean_unit(
                    _item_text(text), item=True, led=bool(_lead_text(lead)) or block in listed
                )
            ) is not None:
                out.append(Unit(item, "item", len(out), block, _lead_text(lead), section=section))
    return tuple(out) if out or len(unsure) != 1 else tuple(unsure)


_LINK_TEXT_WORDS = 8  # a link's text is a short name ("Wikipedia entry for Bellman equation")
# a sentence cut off where its link began: "See the", "Read more at", "Refer to"
_OPEN_POINTER = re.compile(
    r"(?i)(?:^|[.!?]\s+)(?:see|refer to|read more(?: about it)?(?: at| in| on)?|more at"
    r"|for more(?: \w+)?,? see)(?:\s+(?:the|a|an|this|our|their))?\W*$"
)


_LOCATOR = re.compile(r"^[A-Z][\w§ ]{0,30}\b\d[\d.]*$")  # "Project step 1", "M4 §4.11"
_LOCATOR_WORDS = 4


def _locator(sentences: list[str], i: int) -> bool:
    """The paragraph's last text is a link to a section of another page ("... between two
    random groups. Project step 1"): short, without a stop, after a stopped sentence, and
    ending in the section's number."""
    text, before = clean_inline(sentences[i]).strip(), sentences[i - 1].rstrip()
    short = len(text.split()) <= _LOCATOR_WORDS
    return short and bool(_LOCATOR.match(text)) and before.endswith((".", "!", "?"))


def _replies(before: str, sentence: str) -> bool:
    """``sentence`` answers the rhetorical question ``before`` (which is never shown):
    a short reply, or one that opens with "Because"."""
    if not before.rstrip().endswith("?") or clean_unit(before) is not None:
        return False
    return len(sentence.split()) <= _REPLY_WORDS or bool(re.match(r"(?i)because\b", sentence))


_OPENER_WORDS = 5  # a sentence ending in ":" this long is a statement, not a label


def _opener(sentence: str) -> str:
    """A whole sentence that ends in ":" ("The theorem provides a rule which prevents
    aliasing:"), which the paragraph after it completes; "" for anything else."""
    if not sentence.endswith(":"):
        return ""
    clean = clean_unit(sentence[:-1] + ".")
    return sentence if clean is not None and len(_words(clean)) >= _OPENER_WORDS else ""


def _introduced(opener: str, sentence: str) -> str | None:
    """The opener and the one sentence of the paragraph it introduces (the rule, the
    formula), one sentence, when that one is a clean statement of its own (not a label,
    a formula alone or a pointer); a paragraph of several sentences is a new paragraph."""
    from rag_glossary.answer.pieces import refers_back  # it uses this module

    clean = clean_unit(sentence)
    if clean is None or len(_words(clean)) < _OPENER_WORDS or refers_back(clean):
        return None  # "For example, that's how it compares to Keras." needs what was dropped
    return f"{opener} {sentence}"


def _doubted(sentence: str) -> str | None:
    """A statement its author ended with "?" ("New search engine built by Google ?"): the
    text of an entry that says nothing else, not a rhetorical question."""
    if not sentence.rstrip().endswith("?") or _ASKING.match(clean_inline(sentence)):
        return None
    return clean_unit(sentence.rstrip().rstrip("?").rstrip() + ".")


_LABEL_LINE = re.compile(r"^[A-Z][\w/&()'-]*(?: [\w/&()'-]+){0,4}:$")


def _labelled(blocks: Iterator[tuple[str, str]]) -> Iterator[tuple[str, str]]:
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


_SHORT_LABEL = re.compile(r"^[A-Z][\w/&()'-]*(?: [\w/&()'-]+){0,5}:?$")
_PAIR_TEXT_WORDS = 6  # the text under a label says at least this much


def _paired(blocks: Iterator[tuple[str, str]]) -> Iterator[tuple[str, str]]:
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
_CHILD_LABEL = re.compile(r"^([A-Z][\w/&'-]*(?: [\w/&'-]+){0,5}):\s+(?=\S)")


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


def _item_text(text: str) -> str:
    """An item without the words or the comma that join it to the next ("Increase the
    rate, or", "unsupervised,")."""
    text = re.sub(r"(?i)[,;]?\s+(?:and|or)$", "", re.sub(r"(?i)^(?:and|or)\s+", "", text))
    return text.rstrip(",;").rstrip()


_LIST_RUN = 3  # items in a row that make a list whose one-word items are items


def _in_lists(blocks: list[tuple[str, str]]) -> set[int]:
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


def _is_lead(text: str) -> bool:
    """A list intro ("Types are:"), a short label line before a list ("Model Parameters"),
    or a sentence the list completes ("A self-driving car needs to")."""
    short_label = len(text.split()) <= 5 and not re.search(r"[.!?]$", text)
    dangles = not re.search(r"[.!?]$", text) and bool(_DANGLING.search(text))
    return text.endswith((":", "?")) or short_label or dangles


def _lead_text(lead: str) -> str:
    text = clean_inline(lead).rstrip(":").strip()
    if text.endswith("?"):  # "Why do researchers love PyTorch?" gives its words, not a lead-in
        return text
    return text if _words(text) and not text.endswith("…") else ""


# ", see <a link's title> to understand the difference": the link is gone, the pointer too
_SEE_CLAUSE = re.compile(r",\s+see\s+[A-Z\"“].*$")


# "... like item Y. See the list of CF examples." (the splitter read "Y." as an initial)
# a backslash in quotes, as Markdown escapes it ("\\") or bare: the character, no formula
_QUOTED_BACKSLASH = re.compile(r'(["\'`])\\{1,2}(["\'`])')
_SEE_TAIL = re.compile(r"(?<=[.!])\s+(?:See|Refer to)\s[^.!?]*[.!]?$")
_SEE_POINTER = re.compile(r"(?i)(?:see|refer to|check out|for more(?: \w+)?,? see)\s")


def clean_unit(
    raw: str, *, item: bool = False, led: bool = False, short: bool = False
) -> str | None:
    """A sentence or item fit to quote, or None when a cleaning rule rejects it. An item
    under a lead-in ("Methods:") may be one word ("Pruning"); in a ``short`` entry a
    number counts as a word ("512 dimensions.", "VoxCeleb1: 1,251 speakers.")."""
    text = _SEE_TAIL.sub("", _SEE_CLAUSE.sub(".", clean_inline(raw)))
    # a short entry's number with its word is a fact; a bare word pair is a fragment
    numbers = len(_NUMBER.findall(text)) if short else 0
    if not text or len(_words(text)) + numbers < (
        1 if led else 2 if item or numbers else _MIN_WORDS
    ):
        return None
    if text.endswith("?") and _NOUN_PHRASE.match(text) and len(_words(text)) >= 4:
        text = text[:-1] + "."  # "An environment where several agents can coexist?" states
    listed_question = item and led and text.endswith("?")  # "Critical questions:" + "How ...?"
    unfinished = text.endswith(("?", ":")) or "?" in text[-3:]
    if (unfinished and not listed_question) or _CUT.search(text):
        return None  # a rhetorical question, a list intro without its list, a cut title
    text = _QUOTED_BACKSLASH.sub(r"\1\\\2", text)  # '"\\"' is a backslash named: '"\"'
    if "\\" in _QUOTED_BACKSLASH.sub("", text) or _POINTER.search(text) or _LABEL_CHAIN.match(text):
        return None  # a formula, a pointer at a figure that is not there, "Metadata: Trimming:"
    if _DANGLING.search(text.rstrip(".")) and not _WH_CLAUSE.search(text.rstrip(".")):
        return None  # "Benefits with this approach are"
    if URL.search(raw) and _LOST_OBJECT.search(text.rstrip(".")):
        return None  # "It is hosted at https://gdal.org/": its object was the link
    if re.match(r"(?i)(see|more at|also see|related)\b", text) and len(_words(text)) < 8:
        return None  # a cross-reference, not a statement
    if _MORE_LEAD.match(text):
        return None  # "Learn more: DEA Geometric Median ...": a link whose target is gone
    if _SEE_POINTER.match(text):
        return None  # "See the list of CF examples in ...": its link is gone from the text
    if _NAVIGATION.fullmatch(text):
        return None  # "Back to top"
    if _CODE_LINE.match(raw.strip()) and not item:
        return None
    if not item and not _prose(text, short):
        return None  # formulas, WordPiece examples ("phil ##am ##mon"), data
    return text[0].upper() + text[1:]


# "Learn more: X", "Read more - X", "For more information: X": a pointer however long.
_MORE_LEAD = re.compile(
    r"(?i)(?:learn|read|find out) more\s*[:\-\u2013\u2014]"
    r"|for more (?:information|info|details)\s*[:\-\u2013\u2014]"
)


# A number of a short entry's fact: "1,251", "13-39", "25ms" (not "x2", not a formula).
_NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*(?:[-–]\d[\d,.]*)?(?:ms|s|k|m|%)?(?![\w])")
SHORT_BODY_WORDS = 45  # an entry this short is a few facts, each worth its sentence


def _prose(text: str, short: bool = False) -> bool:
    tokens = [t.strip("()[]{}\"'“”‘’,.;:!?") for t in text.split() if re.search(r"\w", t)]
    words = sum(bool(re.fullmatch(r"[^\W\d_][\w'’/-]*", t)) for t in tokens)
    numbers = sum(bool(_NUMBER.fullmatch(t)) for t in tokens) if short else 0
    return words + numbers >= 0.6 * len(tokens) and words > 0
