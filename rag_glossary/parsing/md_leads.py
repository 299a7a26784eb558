"""Where a Markdown paragraph opens with a bold term: ``**Term**: def``, ``**Term.**``,
``**Term**. def``, ``**ICSP: In Circuit Serial Programmer**`` (the term, its expansion an
alias), ``<span id="t"></span>**Term** (or **Other**) — def``, ``**Term** *(other names)*``
over its definition on the next line, ``**Term** is ...``, and the
lines of a paragraph that name a term as AsciiDoc's labeled lists do, ``Term:: def``
(md_terms.py)."""

from __future__ import annotations

import re

from rag_glossary.parsing.inline import clean_title
from rag_glossary.parsing.md_glossed_terms import language_names, without_dash_line
from rag_glossary.parsing.md_run_in import BRACKETED, joined_names
from rag_glossary.pointer_words import pointed_name
from rag_glossary.title_parts import name_words, without_unit

_BOLD_LEAD = re.compile(r"^(\*\*|__)(?=\S)(.{1,120}?)(?<=\S)\1(.*)$", re.DOTALL)
# A no-break space (" —" pasted from a web page) separates as a space does.
_SEPARATOR = re.compile(
    r"^[ \t\u00a0]*(?:[:\-–—=]+[ \t\u00a0]*|<br\s*/?>[ \t]*|(?=\n)|$)", re.IGNORECASE
)
_MAX_TERM_WORDS = 12
# A definition marker ":" alone on the line under the term (its definition is empty).
_EMPTY_DEFINITION = re.compile(r"^[ \t]*\n[ \t]*:[ \t]*(?=\n)")
SHORT_TERM_WORDS = 6  # a longer bold span ending in "." is a sentence, not a term
# An empty anchor element before a bold term (``<span id="agent"></span>``): a link target only.
_ANCHOR_LEAD = re.compile(
    r"""^\s*(?:<(span|a)\b[^<>]*\b(?:id|name)\s*=[^<>]*>\s*</\1\s*>\s*)+""", re.IGNORECASE
)
# ``**Term** { #term }`` / ``{: #term }``: an attribute list (an anchor) after the bold term.
_ATTRIBUTES = re.compile(r"^[ \t]*\{:?[ \t]*#[^{}\n]*\}")
# ``**Agency Score** (or **Coherence Score**) — def``: other names between term and separator.
_OTHER_NAMES = re.compile(r"^[ \t]*\(([^()\n]{1,80})\)(?=[ \t]*[:\-–—])")
# ``**Dunkelflaute** *(tysk: «mørk vindstille»)*`` over its definition on the next line, or
# ``**Term** *(english)* — def``: the term's name in another language, or its other names,
# in an italic bracket (``*(...)*``, ``(*...*)``) before the line ends or a separator.
_ITALIC_NAMES = re.compile(
    r"^[ \t]*(?:(?P<m>[*_])\((?P<a>[^()\n]{1,80})\)(?P=m)"
    r"|\((?P<n>[*_])(?P<b>[^()\n]{1,80})(?P=n)\))"
    r"(?=[ \t]*(?:[:\-–—]|\n|$))"
)
# ``**NMC** — *Nickel Manganese Cobalt*`` over the definition: the expansion alone in italics
# on the term's line (its bracketed symbol, ``*Lithium Iron Phosphate (LiFePO₄)*``, a name too).
_ITALIC_EXPANSION = re.compile(r"^(?P<m>[*_])(?=\S)(?P<name>[^*_\n]{1,80}?)(?<=\S)(?P=m)[ \t]*\n\S")
# ``*(noun)*``, ``*(proper nouns)*``, ``*(noun/verb)*``, ``*(Acronym)*``: the word's class, no name.
_WORD_CLASS = re.compile(
    r"(?i)^(?:proper[ \t]+)?(?:nouns?|verbs?|adjectives?|adverbs?|pronouns?|prepositions?"
    r"|conjunctions?|interjections?|acronyms?|abbreviations?|initialisms?|n|v|vt|vi|adj|adv"
    r"|abbr)\.?(?:[ \t]*/[ \t]*\S+)?$"
)
_ALSO = re.compile(r"^(?:also known as|also called|a\.k\.a\.|aka|or)\s+", re.IGNORECASE)
# "ICSP: In Circuit Serial Programmer" in one bold span: a short term, then its expansion.
# A colon inside brackets is no separator: "**Taxon (plural: taxa):**" is one term.
_TERM_EXPANSION = re.compile(r"^(?P<term>[^:\s(]+(?:[ \t][^:\s(]+){0,3}):[ \t]+(?P<name>[^:]+)$")
# A period right after the bold span, then the text: "**MAVLink**. The ..."
_PERIOD_AFTER = re.compile(r"^\.(?=[ \t\n]|$)")
# "**SELECT * **:": a space before the closing ``**`` (so no bold to a renderer), then the
# colon: the writer's term all the same.
_SPACED_CLOSE = re.compile(r"^(\*\*|__)(\S[^\n]{0,118}?)[ \t]+\1(?=:)")
_OR_WORD = re.compile(r"^(?:or|aka|a\.k\.a\.|also|also called|also known as)\s+", re.IGNORECASE)

# "**When in doubt:**", "**Note:**" over the text that follows: a label, not a term.
_LABEL_OPENERS = frozenset(
    [
        "when",
        "if",
        "while",
        "unless",
        "whenever",
        "note",
        "notes",
        "tip",
        "tips",
        "hint",
        "warning",
        "caution",
        "important",
        "example",
        "examples",
        "e.g.",
        "see",
    ]
)

LABEL_OPENERS = _LABEL_OPENERS  # md_flashcards.py: "Note: ..." in a deck is no card

# (term, its text so far, other names the lead gives)
Lead = tuple[str, str, tuple[str, ...]]


def bold_lead(content: str, *, run_in: bool = False) -> Lead | None:
    """(term, rest of the paragraph, other names) when a paragraph opens with a bold term.

    ``run_in``: the bold run alone ends the term (``**Term** definition`` with no
    separator), for pages where paragraphs mostly open that way (html_terms.py).
    """
    content = _SPACED_CLOSE.sub(r"\1\2\1", _ANCHOR_LEAD.sub("", content).lstrip(), count=1)
    match = _BOLD_LEAD.match(content)
    if not match:
        return None
    term, rest = match.group(2).strip(), match.group(3)
    rest = _ATTRIBUTES.sub("", rest, count=1)  # "**Term** { #term }": MkDocs's anchor
    # "**anu**&#178; (en: unknown, variable)": md_glossed_terms.py
    rest, glossed, note = language_names(rest)
    if _PERIOD_AFTER.match(rest) and not term.endswith((".", ":")):
        term, rest = f"{term}.", rest[1:]  # "**MAVLink**. The protocol ...": as "**MAVLink.**"
    others = _OTHER_NAMES.match(rest)
    joined: tuple[str, ...] = ()
    if others:
        rest = rest[others.end() :]
    else:  # "**Desktop** eller **Power BI Desktop** Gratis ...": one paragraph, two names
        joined, rest = joined_names(rest)
    italic: tuple[str, ...] = ()
    # ``*(her: brann og klima)*``: a bracket that names nothing stays text
    if not others and (bracket := _ITALIC_NAMES.match(rest)):
        inside = bracket.group("a") or bracket.group("b")
        rest = rest[bracket.end() :]
        italic = _italic_names(inside)
        note = "" if italic or _word_class(inside) else f"({inside})"
    # "**Term:**" or "**Term.**": the bold span holds its own separator.
    # On a run-in page a longer bold name ends so too (``<strong>Public health emergency of
    # international concern (PHEIC). </strong>``) unless the run holds a sentence end.
    ends_with_colon = term.endswith(":") or (
        term.endswith(".")
        and not term.endswith("..")
        and (len(term.split()) <= SHORT_TERM_WORDS or (run_in and ". " not in term))
    )
    separator = _SEPARATOR.match(rest)
    # The term alone on its line (soft or hard break) separates it from its text.
    alone = rest.lstrip(" \t").startswith("\n")
    no_separator = separator is None or (not separator.group(0) and rest.strip())
    if not ends_with_colon and not alone and no_separator and not run_in:
        return None
    if ends_with_colon and not rest.strip() and term.split()[0].casefold() in _LABEL_OPENERS:
        return None
    term = clean_title(without_unit(term[:-1] if ends_with_colon else term)).strip()
    if not term or name_words(term) > _MAX_TERM_WORDS:
        return None
    names = _other_names(others.group(1)) if others else (*map(clean_title, joined), *italic)
    names = (*names, *glossed)
    if split := _TERM_EXPANSION.match(term):  # "**ICSP: In Circuit Serial Programmer**."
        term, names = split.group("term").strip(), (split.group("name").strip(), *names)
    text = without_dash_line(rest[separator.end() :] if separator else rest)
    # "**Min-entropy**" over an empty ":" line: a term with no text yet, not the text ":";
    # text that follows the empty ":" line in the same paragraph is the term's text.
    text = _EMPTY_DEFINITION.sub("", text, count=1)
    if not names and (expansion := _ITALIC_EXPANSION.match(text)):
        names = _expansion_names(expansion.group("name"))
    if note:
        text = note + ("" if text.startswith("\n") else " ") + text.lstrip(" \t")
    return term, "" if not text.strip(" \t\n:-–—=") else text, names


def anchor_lines(content: str) -> int:
    """Lines taken by anchor elements above the term (``<span id="x"></span>`` alone)."""
    anchor = _ANCHOR_LEAD.match(content)
    return anchor.group(0).count("\n") if anchor else 0


def _italic_names(inside: str) -> tuple[str, ...]:
    """``Na-ion, sodium-ion`` / ``PHS — Pumped Hydro Storage`` -> the names; none when the
    bracket is a note (``tysk: «mørk vindstille»``, ``her: brann og klima``), a sentence or
    the word's class (:func:`_word_class`)."""
    if "`" in inside:  # ``*(from the graph traversal library `symphony.re`)*``: a note
        return ()
    raw = re.split(r"[,;]|[ \t][—–-][ \t]", inside)
    parts = [clean_title(_ALSO.sub("", p.strip())) for p in raw]
    if any(":" in p or not p or len(p.split()) > SHORT_TERM_WORDS for p in parts):
        return ()
    return () if _word_class(inside) else tuple(parts)


def _word_class(inside: str) -> bool:
    """A bracket that names the word's class (``noun``, ``noun; potentially ambiguous``):
    no name, and nothing a definition says either."""
    return any(_WORD_CLASS.match(part.strip()) for part in re.split(r"[,;]", inside))


word_class = _word_class  # md_bracket_names.py: a bracket naming the word's class


def _expansion_names(name: str) -> tuple[str, ...]:
    """``Lithium Iron Phosphate (LiFePO₄)`` -> the expansion and its bracketed symbol."""
    name = clean_title(name)
    if len(name.split()) > SHORT_TERM_WORDS + 2:
        return ()
    if bracketed := BRACKETED.match(name):
        return bracketed.group("name"), bracketed.group("other")
    return (name,)


def _other_names(inside: str) -> tuple[str, ...]:
    """``or **Coherence Score**`` -> ``("Coherence Score",)``."""
    names = (
        clean_title(_OR_WORD.sub("", part.strip())) for part in re.split(r"[,;/]| or ", inside)
    )
    return tuple(n for n in names if n and len(n.split()) <= SHORT_TERM_WORDS)


# ``A [**_space_**](url) defines ...``, ``- El **beat** es ...``: an article (English,
# Spanish, German, French, Italian, Portuguese, Dutch), then the bold term, linked or not.
_ARTICLE = (
    r"(?:A|An|The|El|La|Los|Las|Un|Una|Der|Die|Das|Ein|Eine|Le|Les|Une|Il|Lo|Gli|O|Os|Het|Een)"
)
_SENTENCE_BOLD = re.compile(
    rf"^(?:{_ARTICLE}[ \t]+)?(\[)?(\*\*|__)(?=\S)(.{{1,120}}?)(?<=\S)\2"
    r"(?(1)\]\([^()\s]*\))(.*)$",
    re.DOTALL,
)


def sentence_lead(content: str, *, loose: bool = False) -> Lead | None:
    """``**Discounting** is performed ...``, ``A [**_space_**](url) defines ...``: a short
    bold term (after an article, inside a link) opening a sentence that defines it (the
    whole sentence is its text). The sentence goes on in lower case (``**Aggregointi**
    tarkoittaa ...``, any script) or after a comma; ``loose`` (an item of a list of such
    sentences) takes any word (``**Sentroidi (centroid)**, EMMEssä myös zone, on ...``).
    A name in brackets closing the bold term (``**Matka (trip)**``) is another name of it;
    a sentence that only points on (``**Noodi (node)** ks. ”Solmu”``) is the pointer alone."""
    content = _ANCHOR_LEAD.sub("", content)
    match = _SENTENCE_BOLD.match(content.lstrip())
    if not match or not _goes_on(match.group(4), loose=loose):
        return None
    term = clean_title(match.group(3))
    if not term or len(term.split()) > SHORT_TERM_WORDS:
        return None
    if pointed_name(match.group(4)) is not None:
        return term, match.group(4).strip(), _bracket_names(term)
    return term, content, _bracket_names(term)


_NEXT_WORD = re.compile(r"^(?:[ \t]+|,[ \t]+)(?P<first>\S)")


def _goes_on(rest: str, *, loose: bool) -> bool:
    """The text after the bold term goes on with the sentence it opens."""
    word = _NEXT_WORD.match(rest)
    if word is None:
        return False
    first = word.group("first")
    return loose or first.islower() or (first == "(" and not rest.startswith(","))


def _bracket_names(term: str) -> tuple[str, ...]:
    """``Kiertomatka (tour)`` -> the term before the bracket and the name in it."""
    bracketed = BRACKETED.match(term)
    if bracketed is None:
        return ()
    names = (bracketed.group("name"), bracketed.group("other").strip())
    return names if all(0 < len(n.split()) <= SHORT_TERM_WORDS for n in names) else ()


_FIRST_WORD = re.compile(r"^[ \t,:\-–—]*(\S+)")


def word_after_term(content: str) -> str:
    """The word after a paragraph's opening bold term (``is`` in ``**Beat** is the ...``,
    ``tarkoittaa`` in ``**Aggregointi** tarkoittaa ...``), or ``""``."""
    match = _SENTENCE_BOLD.match(_ANCHOR_LEAD.sub("", content).lstrip())
    word = _FIRST_WORD.match(match.group(4)) if match else None
    return word.group(1) if word else ""


# ``**AP** - Access Point`` on one line: a bold term, an explicit separator, its text.
_BOLD_LINE = re.compile(r"^(\*\*|__)(?=\S)[^\n]{1,120}?(?<=\S)\1[ \t]*(?:[:\-–—][ \t]*)?\S")


def bold_lines(content: str) -> list[tuple[int, Lead]]:
    """(line within the paragraph, lead) of each line of a paragraph of two or more lines
    that each hold a bold term, a separator and its text (``**AP** - Access Point`` over
    ``**ARP** - Address Resolution Protocol`` with no blank line between): one term a
    line, as a reader sees them, not one term with the other lines as its text."""
    lines = content.split("\n")
    if len(lines) < 2 or not all(_BOLD_LINE.match(line.strip()) for line in lines):
        return []
    leads = [bold_lead(line.strip()) for line in lines]
    if not all(lead and lead[1].strip() for lead in leads):
        return []
    return [(k, lead) for k, lead in enumerate(leads) if lead]


# ``Latency:: The time ...`` or ``Latency::`` over its text: a labeled-list term written as
# AsciiDoc does, in a Markdown page (a renderer shows the line as it is; a reader sees a term).
LABELED_LINE = re.compile(
    r"^ {0,3}(?P<term>[^\s:*_#>|`\[<-][^:\n]{0,80}?)::(?:[ \t]+(?P<rest>\S.*))?$"
)


def labeled_leads(content: str) -> list[tuple[int, Lead]]:
    """(line within the paragraph, lead) of each ``Term::`` line of a paragraph that opens
    with one; the lines under a label, to the next label, are its text."""
    lines = content.split("\n")
    found: list[tuple[int, Lead]] = []
    for k, line in enumerate(lines):
        match = LABELED_LINE.match(line)
        term = clean_title(match.group("term")) if match else ""
        label = bool(term) and term.split()[0].casefold() in _LABEL_OPENERS  # "Example::"
        if match and term and not label and len(term.split()) <= _MAX_TERM_WORDS:
            found.append((k, (term, match.group("rest") or "", ())))
        elif not found:
            return []
        else:
            at, (title, text, names) = found[-1]
            found[-1] = (at, (title, f"{text} {line.strip()}".strip(), names))
    return found


# ``... of the spinal cord. **Gyrus** - A ridge ...``: a bold term opening an item right after
# the previous item's sentence ends, then an explicit separator. The opening ``**`` may be
# followed by a stray space (``** Collateral Fiber**``): the separator still marks a term.
_RUN_IN = re.compile(
    r"(?<=[.!?)\]])[ \t]+(?=(\*\*|__)[ \t]?(?=\S)[^*_\n]{1,120}?(?<=\S)\1[ \t]*[:\-–—][ \t]+\S)"
)


def run_in_count(line: str) -> int:
    """How many bold terms open an item after a sentence end within the line."""
    return len(_RUN_IN.findall(line))


def run_in_leads(content: str) -> list[tuple[int, Lead]]:
    """(line within the paragraph, lead) of each item of a paragraph that runs two or more
    ``**Term** - definition.`` items together with no line break between them: one entry
    each, as a reader sees them, not one term with the others' definitions as its text."""
    starts = [0, *(m.end() for m in _RUN_IN.finditer(content))]
    if len(starts) < 2:
        return []
    found: list[tuple[int, Lead]] = []
    for start, end in zip(starts, [*starts[1:], len(content)], strict=True):
        item = re.sub(r"^(\*\*|__)[ \t]+", r"\1", content[start:end].strip())
        lead = bold_lead(item)
        if lead is None or not lead[1].strip():
            return []
        found.append((content.count("\n", 0, start), lead))
    return found
