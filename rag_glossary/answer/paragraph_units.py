"""A paragraph's sentences as answer units (segment.py reads every other block itself).

A paragraph's sentence is left out when it runs through a code block the answer leaves
out, points at code, or replies to a dropped rhetorical question; one ending in ":" over a
chart, a display formula or code is stated as a whole sentence; a sentence the cleaning
rules refuse may still open the entry (openings.py). A link's text after a dropped pointer
("See the" + "Wikipedia entry for X.") and a trailing section locator ("Project step 1")
are kept as ``link_text``; a statement its author ended with "?" is kept apart, for an
entry that says nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from rag_glossary.answer.blocks import lettered_words
from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.answer.code_leads import points_at_code, sets_up, stated_lead
from rag_glossary.answer.inline import clean_inline
from rag_glossary.answer.openings import opening_unit
from rag_glossary.answer.sentences import sentences as _sentences
from rag_glossary.answer.unit_roles import refers_back
from rag_glossary.latex import readable_math
from rag_glossary.lazy_re import lazy_regex

Blocks = list[tuple[str, str]]  # blocks.body_blocks' (kind, text) pairs

_REPLY_WORDS = 6  # a sentence this short right after a rhetorical question is its reply
_LINK_TEXT_WORDS = 8  # a link's text is a short name ("Wikipedia entry for Bellman equation")
# a sentence cut off where its link began: "See the", "Read more at", "Refer to"
_OPEN_POINTER = lazy_regex(
    r"(?i)(?:^|[.!?]\s+)(?:see|refer to|read more(?: about it)?(?: at| in| on)?|more at"
    r"|for more(?: \w+)?,? see)(?:\s+(?:the|a|an|this|our|their))?\W*$"
)
# A question opens with one of these; "New search engine built by Google ?" is a statement
# its author was unsure of.
_ASKING = lazy_regex(
    r"(?i)^(?:[\w ()/-]{1,40}:\s+)?(?:what|why|how|when|where|which|who|whom|whose|is|are|was"
    r"|were|do|does|did|can|could|should|would|will|shall|may|might|must|have|has|had|isn't"
    r"|aren't|don't|doesn't|didn't|can't|won't|wouldn't|shouldn't|so|and|but|or|ever|any|you"
    r"|if|imagine|remember|ok|okay|right|really|yes|no)\b"
)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph block's sentences, where it stands among the body's blocks and what the
    blocks before it leave it."""

    sentences: list[str]
    block: int
    blocks: Blocks
    short: bool  # the whole body is short (cleaning.SHORT_BODY_WORDS)
    cut_last: bool  # its last sentence runs through the code after it (code_leads.through_code)
    cut_first: bool  # its first sentence finishes one run through the code before it
    seen_code: bool  # a code block comes before it
    asked: bool  # the paragraph before ended on a (dropped) question

    @cached_property
    def after(self) -> Blocks:
        return self.blocks[self.block + 1 :]

    @property
    def code_after(self) -> bool:
        return bool(self.after) and self.after[0][0] == "code"


@dataclass(frozen=True)
class ParagraphRead:
    """What a paragraph gives: its units' texts, each with whether it is ``link_text``; the
    statements its author doubted (read while no unit is found); whether its last sentence
    is a dropped pointer the next paragraph's link text completes; and whether a sentence
    introducing a chart or rows was kept (a statement: no lead-in over the rows)."""

    said: list[tuple[str, bool]]
    doubted: list[str]
    pointing: bool
    charted: bool


def paragraph_units(p: Paragraph, pointing: bool, first: bool) -> ParagraphRead:
    """The paragraph's units; ``pointing``: the paragraph before ended on a dropped pointer;
    ``first``: no unit of the entry comes before it."""
    said: list[tuple[str, bool]] = []
    doubted: list[str] = []
    charted_kept = False
    for i, sentence in enumerate(p.sentences):
        if _left_out(p, i):
            continue
        last = i == len(p.sentences) - 1
        charted = last and _charted(sentence, p.after)
        sentence = _as_stated(p, i, charted, first and not said)
        if (clean := clean_unit(sentence, short=p.short)) is None and first and i == 0:
            clean = opening_unit(sentence, p.after, len(p.sentences) > 1)
        charted_kept = charted_kept or (charted and clean is not None)
        linked = pointing and clean is not None and len(lettered_words(clean)) <= _LINK_TEXT_WORDS
        linked = linked or (i > 0 and last and _locator(p.sentences, i))
        pointing = clean is None and bool(_OPEN_POINTER.search(clean_inline(sentence)))
        if clean is not None:
            said.append((clean, linked))
        elif first and not said and (doubt := _doubted(sentence)) is not None:
            doubted.append(doubt)
    return ParagraphRead(said, doubted, pointing, charted_kept)


def _left_out(p: Paragraph, i: int) -> bool:
    """Whether the paragraph's ``i``-th sentence is no unit: it runs through a code block
    the answer leaves out, points at the code ("the following hash table ...", "like
    above"), or replies to a dropped question ("You'd still get artifacts.", "Why two?
    Because one is too easy ...")."""
    sentence = p.sentences[i]
    if (p.cut_last and sets_up(p.sentences, i)) or (i == 0 and p.cut_first):
        return True
    if points_at_code(sentence, p.seen_code, p.code_after):
        return True
    if p.asked and i == 0 and len(sentence.split()) <= _REPLY_WORDS:
        return True
    return bool(i) and _replies(p.sentences[i - 1], sentence)


def _as_stated(p: Paragraph, i: int, charted: bool, opening: bool) -> str:
    """The ``i``-th sentence as a statement: one ending in ":" over a chart ends in a stop,
    one over a display formula says the formula, and a lead over code (or the entry's
    ``opening`` lead) is stated whole."""
    sentence, last = p.sentences[i], i == len(p.sentences) - 1
    if charted:
        return sentence.rstrip()[:-1] + "."  # "... like this:" over a chart
    if last and (shown := _shown(sentence, p.after)):
        return shown
    if (last and p.code_after) or (opening and i == 0 and _opening_lead(p.blocks, p.block)):
        return stated_lead(sentence) or sentence  # a statement over code
    return sentence


def _opening_lead(blocks: Blocks, block: int) -> bool:
    """An entry's opening sentence ending in ":" stands alone (a statement, not a lead-in):
    nothing follows it, or a code block, or a paragraph it does not run into."""
    if not blocks[block][1].rstrip().endswith(":"):
        return False
    after = blocks[block + 1] if block + 1 < len(blocks) else None
    if after is None or after[0] == "code":
        return True
    if after[0] != "para":
        return False
    sentences = [s for s in _sentences(after[1]) if s]
    opener = sentence_opener(_sentences(blocks[block][1])[-1])
    return not (opener and len(sentences) == 1 and introduced(opener, sentences[0]))


def _charted(sentence: str, after: Blocks) -> bool:
    """A sentence that introduces the chart, table or code below it ("... Audio Parameters:",
    "LUFS is usually measured over different time ranges:", "... transduced to the following
    ten symbols:"): the chart, rows or code are no text to quote, so the sentence states what
    it says, a whole one; the rows are units of their own."""
    if not sentence.rstrip().endswith(":") or not after:
        return False
    # over code, only a sentence that names what the code shows: "you can run:" or
    # "but consider:" would state nothing
    shown = after[0][0] == "code" and _NAMES_SHOWN.search(sentence) is not None
    return after[0][0] in ("chart", "row") or shown


_NAMES_SHOWN = lazy_regex(r"(?i)\bthe following (?:\w+ ){0,2}\w+\b[^:]*:\s*$")
_DISPLAY = lazy_regex(r"^\s*\$\$([^$]+)\$\$")  # "$$n\lambda = 2d \sin\theta$$"


def _shown(sentence: str, after: Blocks) -> str | None:
    """A sentence ending in ":" over a display formula ("Bragg Yasası: ... temel fizik
    yasası:" then "$$n\\lambda = 2d \\sin\\theta$$"), with the formula as readable text
    after its colon: the sentence says what the formula states (None: not such a one)."""
    if not sentence.rstrip().endswith(":") or not after or after[0][0] != "para":
        return None
    formula = _DISPLAY.match(after[0][1])
    return f"{sentence.rstrip()} {readable_math(formula.group(1))}." if formula else None


_LOCATOR = lazy_regex(r"^[A-Z][\w§ ]{0,30}\b\d[\d.]*$")  # "Project step 1", "M4 §4.11"
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


def sentence_opener(sentence: str) -> str:
    """A whole sentence that ends in ":" ("The theorem provides a rule which prevents
    aliasing:"), which the paragraph after it completes; "" for anything else."""
    if not sentence.endswith(":"):
        return ""
    clean = clean_unit(sentence[:-1] + ".")
    return sentence if clean is not None and len(lettered_words(clean)) >= _OPENER_WORDS else ""


def introduced(opener: str, sentence: str) -> str | None:
    """The opener and the one sentence of the paragraph it introduces (the rule, the
    formula), one sentence, when that one is a clean statement of its own (not a label,
    a formula alone or a pointer); a paragraph of several sentences is a new paragraph."""
    clean = clean_unit(sentence)
    if clean is None or len(lettered_words(clean)) < _OPENER_WORDS or refers_back(clean):
        return None  # "For example, that's how it compares to Keras." needs what was dropped
    return f"{opener} {sentence}"


def _doubted(sentence: str) -> str | None:
    """A statement its author ended with "?" ("New search engine built by Google ?"): the
    text of an entry that says nothing else, not a rhetorical question."""
    if not sentence.rstrip().endswith("?") or _ASKING.match(clean_inline(sentence)):
        return None
    return clean_unit(sentence.rstrip().rstrip("?").rstrip() + ".")
