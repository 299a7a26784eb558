"""Whether a sentence or list item is fit to quote (:func:`clean_unit`): every rule
that keeps a fragment out of an answer (rhetorical questions, list intros without their
list, cut titles, pointers at missing figures or links, formulas, data lines). The
segmenter (segment.py) cuts an entry into units and asks this module about each."""

from __future__ import annotations

import re

from rag_glossary.answer.blocks import CODE_LINE, lettered_words
from rag_glossary.answer.inline import URL, clean_inline
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.pointer_words import opens_with_pointer, points_elsewhere, without_pointer_tail
from rag_glossary.word_marks import MARKS

_MIN_WORDS = 3
# "Controls brightness.", "Causes stuttering.": a verb and its object state a fact of the
# entry's subject; a bare word pair ("Learn more.", "Newness factor.", "Translations
# only.") is a fragment
_VERB_PAIR = lazy_regex(
    r"[A-Z][a-z]+(?<![siu])s\s+(?![a-z]+ly\b|here\b|below\b|above\b)[a-z][a-z-]+\."
)
# A sentence that stops on one of these words introduces something that is not there.
# "thorn-like" is an adjective, not a "like" whose object is missing.
DANGLING = lazy_regex(
    r"(?i)(?<!-)\b(are|is|include|includes|including|following|follows|like|as|the|of|to|and"
    r"|or|with|for|by|such|e\.g|i\.e|essentially|basically|namely|(?-i:a|an))$"
)
# A preposition stranded at the end of a relative or contact clause has its object earlier
# in the sentence: "... behaviors that most people approve or disapprove of.", "tasks it
# wasn't trained for". The clause opens (past the sentence's first word) with a relative
# word or a subject pronoun a few words before the end, and a content word precedes the
# preposition ("The term Docker can refer to", "It the smallest unit of" stay fragments).
_STRANDED = lazy_regex(
    r"(?i)(?<=\s)(?:that|which|who|whom|what|where|i|you|we|they|he|she|it)(?:['’](?:re|ve))?"
    r"\s+(?:\S+\s+){0,10}?(?!(?:the|a|an|and|or|but|of|to|with|for|by|as|such|than|this|that"
    r"|these|those|its|their|his|her|your|our|my)\s)[\w'’-]+\s+(?:of|to|with|for|by)$"
    # "... fields that every log entry should include.", "which units to include."
    r"|\b(?:should|must|can|could|will|would|may|might|to)\s+include$"
    # "... sounds much faster than it really is."
    r"|\bthan\s+(?:\S+\s+){1,4}(?:is|are)$"
)
# a sentence whose last word lost its object when its URL was removed ("hosted at")
_LOST_OBJECT = lazy_regex(r"(?i)\b(?:at|from|on|in|here|via|under|see|visit)$")
# "... how many standard deviations from the mean a data point is." is whole: the verb
# closes a clause that a wh-word opened.
_WH_CLAUSE = lazy_regex(
    r"(?i)\b(?:how|what|where|which|who|whether|whatever)\b.*\b(?:is|are)$"
    r"|\bto\s+[a-z]+\s+(?:with|for|on|by|of|to)$"  # "Collection of time series to work with."
    # "... and it isn't an error when it is.": a clause's verb whose rest was said before it
    r"|\b(?:when|if|as|because|though|although|unless|while|than)\s+(?:it|they|he|she|this"
    r"|that|we|you|i|there)\s+(?:really\s+|still\s+|already\s+)?(?:is|are)$"
)
_POINTER = lazy_regex(
    r"(?i)\b(?:(?:illustration|figure|image|diagram|picture|table|chart|graph|screenshot|video)"
    r"s? (?:below|above)|(?:shown|seen|illustrated|depicted|described|mentioned) (?:below|above)"
    r"|(?:the|this) (?:following|below|above) (?:illustration|figure|image|diagram|picture|table"
    r"|chart|graph|screenshot|example|code))"
    r"|^(?:here(?:'s|’s| is| are)|this is)\s+(?:the|a|an|my|our)\s+(?:paper|link|video|article|blog"
    r"|post|repo|code|source|slides?|talk|notebook)\W*$"
    # "Here is an example of the shared nginx repository and its tags.": the example was a
    # link or a block after it; with no colon the sentence holds none of it
    r"|^here(?:'s|’s| is| are)\s+(?:an?\s+|some\s+)?examples?\b[^:]*$"
    # "For example, consider this hypothetical confusion matrix.": the sentence shows the
    # reader a matrix, table or snippet that only follows it in the entry, not in an answer
    r"|^(?:(?:for (?:example|instance)|e\.g\.),?\s+)?(?:consider|see|look at|examine)"
    r"\s+(?:this|these|the following)\b[^.!?:]*[.:]?$"
)
_CAPITALS_WORD = lazy_regex(r"[^\W\d_]{2,}")
_SHOUTED_WORDS = 6
# "To add: period.", "TODO: sources": an editor's note of work left to do, no statement
_EDITORIAL = lazy_regex(r"(?i)^(?:to\s?do|to add|tbd|tba|fixme|xxx)\s*[:\-\u2013\u2014]")
# "18 The number of years ...": a footnote's number left before the sentence it follows
_FOOTNOTE = lazy_regex(
    r"^\d{1,3}\s+(?=(?:The|A|An|This|These|That|Those|It|Its|In|For|Thus|However|Such)\s)"
)
# "; and", ", or", "; y" closing a list item: the list's joint before its next item
_ITEM_JOINT = lazy_regex(r";\s*(?:and|or|and/or)$")
_LIST_JOINT = lazy_regex(r"\s*[;,]\s*(?:and|or|and/or|et|ou|und|oder|y|o|e|og|eller|en|of)$")
# An ellipsis that cuts text: at its start or end, or before a colon ("…never make it
# to…:"); one inside a quoted example ("Alice... she... her") is the author's.
# "(analysis, monitoring, serving, ...)" is an "etc.", not a cut.
# "(what if...)": a closed bracket's ellipsis is the author's "and so on", no cut either.
CUT = lazy_regex(r"^\W*(?:…|\.\.\.)|(?<!,\s)(?:…|\.\.\.)(?!\))\W*$|(?:…|\.\.\.)\s*:")
_NAVIGATION = lazy_regex(
    r"(?i)\W*(?:back|go|return|jump)\s+to\s+(?:the\s+)?top(?:\s+of\s+page)?\W*"
)
# A noun phrase with a question mark is a definition the author was unsure of, not a
# question.
# So is a labelled one ("Natural Language Inference: Does one sentence imply another?").
_NOUN_PHRASE = lazy_regex(r"(?:A|An|The)\s+[a-z]|[A-Z][\w-]*(?: [\w-]+){0,4}:\s+\S")
_LABEL_CHAIN = lazy_regex(r"^[A-Z][\w-]*(?: [\w-]+)?:\s+[A-Z][\w-]*(?: [\w-]+)?:")

# ", see <a link's title> to understand the difference": the link is gone, the pointer too
_SEE_CLAUSE = lazy_regex(r",\s+see\s+[A-Z\"“].*$")


# "... like item Y. See the list of CF examples." (the splitter read "Y." as an initial)
# a backslash in quotes, as Markdown escapes it ("\\") or bare: the character, no formula
_QUOTED_BACKSLASH = lazy_regex(r'(["\'`])\\{1,2}(["\'`])')
# a bracket opened at the very end, holding at most a label ("(example:", "(e.g.", "(")
_CUT_ASIDE = lazy_regex(r"\s+\((?:[^()\s]+(?: [^()\s]+)?[:.]?)?\s*$")
_SEE_TAIL = lazy_regex(r"(?<=[.!])\s+(?:See|Refer to)\s[^.!?]*[.!]?$")
SEE_POINTER = lazy_regex(r"(?i)(?:see|refer to|check out|for more(?: \w+)?,? see)\s")


# "Person or organization (3.31) that can affect ...": a standard's clause number after a
# term it defines elsewhere (ISO 22000's "(3.18)", LADM's "(3.1.8)"); across the corpora a
# bare dotted number in brackets after a word is always such a cross-reference, never a value;
# so is a list of them, or one after a closing bracket (csh's sections "commands (1.8, 2.6)",
# "(see definition of relative pathname) (1.6)": round 60 CL, one kept where another went)
_CLAUSE = r"[1-9]\d?(?:\.\d{1,3}){1,3}"
_CLAUSE_REF = lazy_regex(rf"(?<=[A-Za-z'’\")])\s+\({_CLAUSE}(?:,\s*{_CLAUSE})*\)(?=[\s.,;:]|$)")


def drop_clause_refs(text: str) -> str:
    """The text without a standard's bracketed clause numbers."""
    return _CLAUSE_REF.sub("", text)


def clean_unit(
    raw: str, *, item: bool = False, led: bool = False, short: bool = False, rough: bool = False
) -> str | None:
    """A sentence or item fit to quote, or None when a cleaning rule rejects it. An item
    under a lead-in ("Methods:") may be one word ("Pruning"); in a ``short`` entry a
    number counts as a word ("512 dimensions.", "VoxCeleb1: 1,251 speakers."). A ``rough``
    sentence is judged only on what is no text at all (pointers, questions, formulas): a
    fragment or a data line is kept, for an entry that would say nothing otherwise."""
    inline = clean_inline(raw)
    if SEE_POINTER.match(inline.lstrip()) or opens_with_pointer(inline):
        # "For more details, see Loki documentation.": cutting the ", see ..." clause
        # would leave "For more details." standing as a statement; "См. раздел CLR."
        return None
    text = _SEE_TAIL.sub("", _SEE_CLAUSE.sub(".", without_pointer_tail(inline)))
    if points_elsewhere(text):
        return None  # "Další informace najdete v tématu Azure IoT Edge.": its link is gone
    text = _FOOTNOTE.sub("", text)
    if item or _ITEM_JOINT.search(text):
        # "- ... vector control functions; and" over the list's last item: the joint of
        # the list, no word the item dangles on (after a semicolon, a long item's sentence)
        text = _LIST_JOINT.sub("", text)
    # "Sound without ... within the frame (example: " and nothing more: the source was cut
    # inside an aside; the sentence before the bracket is whole
    text = _CUT_ASIDE.sub("", text)
    # a short entry's number with its word is a fact; a bare word pair is a fragment
    numbers = len(_NUMBER.findall(text)) if short else 0
    # "Units: L/h.": a labelled value of a short entry is a fact, its value a word
    valued = short and LABELLED_VALUE.fullmatch(text) is not None
    numbers += valued
    if not text or len(lettered_words(text)) + numbers < (
        1 if led else 2 if item or numbers or _VERB_PAIR.fullmatch(text) else _MIN_WORDS
    ):
        return None
    if text.endswith("?") and _NOUN_PHRASE.match(text) and len(lettered_words(text)) >= 4:
        text = text[:-1] + "."  # "An environment where several agents can coexist?" states
    elif text.endswith("?") and _RESTATES.match(text):
        # "In other words, when a positive value is predicted, how often is the prediction
        # correct?": a question restating the sentence before it says what the term is
        # (round 60 KF); the author's statement, ended as one
        text = text[:-1] + "."
    listed_question = item and led and text.endswith("?")  # "Critical questions:" + "How ...?"
    unfinished = _unfinished(text)
    if (unfinished and not listed_question) or (CUT.search(text) and not rough):
        return None  # a rhetorical question, a list intro without its list, a cut title
    text = _QUOTED_BACKSLASH.sub(r"\1\\\2", text)  # '"\\"' is a backslash named: '"\"'
    if "\\" in _QUOTED_BACKSLASH.sub("", text) or _POINTER.search(text) or _LABEL_CHAIN.match(text):
        return None  # a formula, a pointer at a figure that is not there, "Metadata: Trimming:"
    if _dangles(text.rstrip(".")) and not rough:
        return None  # "Benefits with this approach are"
    if URL.search(raw) and _LOST_OBJECT.search(text.rstrip(".")):
        return None  # "It is hosted at https://gdal.org/": its object was the link
    if re.match(r"(?i)(see|more at|also see|related)\b", text) and len(lettered_words(text)) < 8:
        return None  # a cross-reference, not a statement
    if _HERE_POINTER.fullmatch(text):
        return None  # "Official site is here.": the link its "here" was is gone
    if _MORE_LEAD.match(text):
        return None  # "Learn more: DEA Geometric Median ...": a link whose target is gone
    if SEE_POINTER.match(text):
        return None  # "See the list of CF examples in ...": its link is gone from the text
    if _EDITORIAL.match(text):
        return None  # "To add: period."
    if _NAVIGATION.fullmatch(text):
        return None  # "Back to top"
    if CODE_LINE.match(raw.strip()) and not item:
        return None
    if not item and not valued and not rough and not _prose(text, short):
        return None  # formulas, WordPiece examples ("phil ##am ##mon"), data
    if ends_code(inline_end := raw.rstrip()) and not text.endswith(";"):
        text += inline_end[-1]  # "int x = 4;": code is shown as written, its ";" too
    keep = _opens_with_code(raw, text) or _MIXED_CASE.match(text) is not None
    return text if keep or _CODE_START.match(text) else text[0].upper() + text[1:]


# A statement of code closing a unit: "string s = "a" + "b";", "Console.WriteLine(x);",
# "$a = 1 if 1;": an assignment, or a call right before it ("indication(s) ... treatment;" is
# a clause of prose)
_CODE_END = lazy_regex(r"\w\s*=\s*[^=\s][^=]*[\w\"')\]]\s*;$|\w\([^()]*\)\s*;$")
# A unit that opens with code ("string newString = ...", "my $a = 1"): a lower-case type or
# keyword, a name, then "=" or a glued "(" ("dot product (multiply ...)" is prose): the code's
_CODE_START = lazy_regex(r"[a-z_][\w.<>\[\]]*\s+[$@%&]?[A-Za-z_]\w*(?:\s*=|\()")


def shouted(text: str) -> bool:
    """Whether the text is written in capitals throughout, six words or more, every word
    in a script with capitals ("ΔΕΝ ΞΕΡΩ ΤΟ ΜΠΟΥΡΔΑ ΝΟΜΙΖΩ ΟΤΙ ...")."""
    said = _CAPITALS_WORD.findall(text)
    return len(said) >= _SHOUTED_WORDS and all(w.isupper() for w in said)


def ends_code(text: str) -> bool:
    """The text ends with a statement of code and its semicolon."""
    return text.endswith(";") and _CODE_END.search(text) is not None


# "dB SPL", "pH", "iOS", "mRNA": a word that opens lower-case and has a capital inside is
# written so; "DB SPL" is another word
_MIXED_CASE = lazy_regex(r"[a-z]+[A-Z]\w*\b")


def _dangles(text: str) -> bool:
    """The sentence stops on a word that introduces what is not there; an acronym ("...
    replaced by ARE") and a clause's stranded preposition or verb are whole."""
    found = DANGLING.search(text)
    if found is None or _WH_CLAUSE.search(text) or _STRANDED.search(text):
        return False
    word = found.group(1)
    return not (len(word) > 1 and word.isupper() and not text.isupper())


# A first word that is code: a call or index ("repr(Rust)", "v[0]"), a snake_case or
# dotted name ("size_of", "std::mem", "ptr.add"); "e.g." and "U.S." are no code.
_CODE_WORD = lazy_regex(r"\S*?(?:\w[(\[]|\w_\w|\w::\w|\w\w\.\w)")
_FIRST_SPAN = lazy_regex(r"\s*(`+)([^`]+)\1")


def _opens_with_code(raw: str, text: str) -> bool:
    """A unit that opens with a code token keeps its case: "repr(Rust)" is not "Repr(Rust)".
    So does one that opens with the text of a code span (not a dropped "`TODO ...`")."""
    span = _FIRST_SPAN.match(raw)
    if span and text.startswith(" ".join(span.group(2).split())):
        return True
    return _CODE_WORD.match(text) is not None


# A closing bracketed example that quotes a question: "... of completing a climb (i.e.
# What's your beta on this problem?)". The question is the example's; the sentence before
# it states. A bare "(Why?)" or "(?)" asks the reader, or doubts: no example.
_ASIDE_QUESTION = lazy_regex(
    r"(?i)\s*\((?:i\.\s?e\.?|e\.\s?g\.?|ex\.|example:|for (?:example|instance)|as in|such as)"
    r",?\s[^()]*\?[\"'”’]?\)\W*$"
)
# ... unless that sentence opens as a question itself ("Why use it (or not?)")
_ASKS = lazy_regex(
    r"(?i)(?:what|why|how|when|where|which|who|whom|whose|is|are|do|does|did|can|could"
    r"|should|would|will)\b"
)
# "In other words, ...?", "Put simply, ...?": a connective that restates opens the question
_RESTATES = lazy_regex(
    r"(?i)(?:in other words|put (?:another way|differently|simply)|that is to say|to put it"
    r" (?:another way|differently|simply))\s*,\s+\S"
)


# A closing quotation of a question the sentence reports: '... that answers the question
# "Will this program ever terminate?"'. The sentence states what was asked; it asks nothing.
_QUOTED_QUESTION = lazy_regex(r"\s[\"“][^\"“”]*\?[\"”]\W*$")


def _unfinished(text: str) -> bool:
    """A question (rhetorical, its reply elsewhere) or a lead-in whose list is elsewhere."""
    if _ASIDE_QUESTION.search(text) and not _ASKS.match(text):
        text = _ASIDE_QUESTION.sub("", text)
    elif _QUOTED_QUESTION.search(text) and not _ASKS.match(text):
        # what is left must be whole: 'Voorbeeldzin: "Hoeveel kost een sisalbol?"' is a label
        # over an example question, no statement
        text = _QUOTED_QUESTION.sub("", text).rstrip() or "?"
    return text.endswith(("?", ":")) or "?" in text[-3:]


# A sentence that only points at where something is: "Official site is here.", "It is
# documented in detail here.", "Read more here." ("No ML needed here." states a fact)
_HERE_POINTER = lazy_regex(
    r"(?i)(?:(?:read|learn|find out)\s+more|more(?:\s+info(?:rmation)?)?"
    r"|[\w'’ -]{1,40}?\s(?:is|are)(?:\s+(?:documented|described|explained|listed|available"
    r"|found|located|linked))?(?:\s+in\s+(?:detail|full))?)\s+here\W*"
)


# "Learn more: X", "Read more - X", "For more information: X": a pointer however long.
_MORE_LEAD = lazy_regex(
    r"(?i)(?:learn|read|find out) more\s*[:\-\u2013\u2014]"
    r"|for more (?:information|info|details)\s*[:\-\u2013\u2014]"
)


# "Units: mg·h/L.", "Range: 0-1.": a label of one or two words, then one short value
LABELLED_VALUE = lazy_regex(r"[A-Z][a-z]+(?: [a-z]+)?:\s+[^\s:]{1,20}\.?")
# A number of a short entry's fact: "1,251", "13-39", "25ms" (not "x2", not a formula).
_NUMBER = lazy_regex(r"(?<![\w.])\d[\d,.]*(?:[-–]\d[\d,.]*)?(?:ms|s|k|m|%)?(?![\w])")
SHORT_BODY_WORDS = 45  # an entry this short is a few facts, each worth its sentence


# "$100", "1¢", "€5": an amount of money reads as a word ("... has 12 denominations: 1¢,
# 5¢, ..., $50, and $100." is prose)
_AMOUNT = lazy_regex(r"[$€£¥₹₿]\d[\d,.]*[kmb]?|\d[\d,.]*[¢€£]")


# A line that is only a formula ("=SLG-AVG", "=(H+BB)/PA", "100*(OBP/teamOBP+SLG/teamSLG-1)",
# "Wavelength = Speed / Frequency"): operands (names, numbers, calls) joined by arithmetic
# operators, with an "=" or an operator other than "-" and "/" ("Context/Side-effects" and
# "Direct-to-Consumer" are words): the entry's definition as written, never flattened prose
_OPERAND = r"[A-Za-z0-9_.%]+"
_TERM = rf"\(*{_OPERAND}\)*"
_FORMULA = lazy_regex(
    rf"(?:{_OPERAND})?={_TERM}(?:[-+*/×÷^]{_TERM})*|{_TERM}(?:[-+*/×÷^]{_TERM}){{2,}}"
)
# blanks around operators and brackets dropped first, so the pattern has no two adjacent
# blank runs to split between (a line of "a + a + ... =" took exponential time)
_OPERATOR_BLANKS = lazy_regex(r"\s*([-+*/×÷^=()])\s*")


def formula_line(text: str) -> bool:
    """The whole line is a formula whose brackets balance and which names a quantity."""
    line = text.strip().rstrip(".")
    return (
        _FORMULA.fullmatch(_OPERATOR_BLANKS.sub(r"\1", line)) is not None
        and re.search(r"[=+*×÷^]", line) is not None
        and re.search(r"[A-Za-z]", line) is not None
        and line.count("(") == line.count(")")
    )


def _prose(text: str, short: bool = False) -> bool:
    tokens = [t.strip("()[]{}\"'“”‘’,.;:!?।॥") for t in text.split() if re.search(r"\w", t)]
    words = sum(bool(_PROSE_WORD.fullmatch(t)) for t in tokens)
    numbers = sum(bool(_NUMBER.fullmatch(t)) for t in tokens) if short else 0
    numbers += sum(bool(_AMOUNT.fullmatch(t)) for t in tokens)
    return words + numbers >= 0.6 * len(tokens) and words > 0


# a word: a letter, then letters, the marks written on them ("गैस"), "'", "/", "-"
_PROSE_WORD = lazy_regex(rf"[^\W\d_](?:[\w'’/-]|[{MARKS}])*")
