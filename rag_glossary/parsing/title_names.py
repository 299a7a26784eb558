"""Other names a title gives in parentheses beyond acronyms (base.acronym_aliases).

``Rep (Repetition)``, ``Specification (Spec)``: one name is the other cut short (a clipped
word, as glossaries of a trade write them). ``Culling (Viewport Culling)``: the
parentheses hold the full name the title shortens. A word in parentheses that has neither
tie to the title (``Beacon (Airport)``, ``Counter (metric)``) qualifies the term, no alias.

``Spot, Spotter``, ``Pump, pumped out``: after a comma, other forms of the title's word
(:func:`comma_forms`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.acronyms import NUMERONYM, looks_like_acronym, spelled_by, spells_out, word_list
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.loose_acronyms import loosely_spelled

_TRAILING = re.compile(r"^([^()]*[^\s()])\s*\(([^()]{2,60})\)$")
_MIN_CLIP = 3  # "Re" opens too many words to be one's short form


def clipped_names(title: str) -> list[str]:
    """The other name when one side is a single word the other cuts short or extends."""
    match = _TRAILING.match(title)
    if match is None:
        return []
    outer, inner = match.group(1).strip(), match.group(2).strip()
    tied = _clips(outer, inner) or _clips(inner, outer) or _ends_with(inner, outer)
    return [inner] if tied else []


def _clips(short: str, long: str) -> bool:
    """``Rep`` / ``Repetition``, ``Recomp`` / ``Body Recomposition``: a one-word name that
    opens a longer word of the other (letters only, at least three)."""
    if len(short) < _MIN_CLIP or not re.fullmatch(r"[^\W\d_]+", short):
        return False
    key = short.casefold()
    words = re.findall(r"[^\W\d_]+", long.casefold())
    return len(words) <= 4 and any(w.startswith(key) and len(w) > len(key) + 1 for w in words)


def _ends_with(full: str, short: str) -> bool:
    """``Viewport Culling`` ends with ``Culling``: the full name of a shortened title."""
    full_words, short_words = full.casefold().split(), short.casefold().split()
    n = len(short_words)
    return len(full_words) > n and full_words[-n:] == short_words and len(full_words) <= 5


# "Phreatic (Steam Blast) Eruption": another name for the words before the head noun.
_INNER = re.compile(r"^([^()]*[^\s()])\s+\(([^()]{2,60})\)\s+([^()]+)$")
_MAX_NAME_WORDS = 4


def bracket_names(title: str) -> list[str]:
    """Another name of the term in parentheses, told from a qualifier by sharing a word
    of the title at the same end: ``Hot Spring (Thermal Spring)``, ``Pyroclastic Flow
    (Pyroclastic Density Current)``, ``Stratovolcano (Composite Volcano)`` (the title's
    compound ends with the head noun), and ``Phreatic (Steam Blast) Eruption`` gives
    ``Steam Blast Eruption``. Both names are capitalised alike; a lowercase note
    (``Aa Lava (pronounced "ah-ah")``, ``Alert Levels (USGS system)``) or a one-word
    qualifier (``Beacon (Airport)``) gives nothing."""
    inner_match = _INNER.match(title)
    if inner_match is not None:
        before, inner, head = (g.strip() for g in inner_match.groups())
        name = f"{inner} {head}"
        return [name] if _capitalised(inner) and _capitalised(before) and _short(name) else []
    match = _TRAILING.match(title)
    if match is None:
        return []
    outer, inner = match.group(1).strip(), match.group(2).strip()
    if not (_capitalised(outer) and _capitalised(inner) and _short(inner)):
        return []
    outer_words, inner_words = outer.casefold().split(), inner.casefold().split()
    if len(inner_words) < 2 or inner_words == outer_words:
        return []
    same_head = outer_words[-1].endswith(inner_words[-1]) and len(inner_words[-1]) >= _MIN_CLIP
    same_start = len(outer_words) >= 2 and outer_words[0] == inner_words[0]
    return [inner] if same_head or same_start else []


def _capitalised(name: str) -> bool:
    """Every word opens with a capital letter (``Composite Volcano``)."""
    words = name.split()
    return bool(words) and all(re.fullmatch(r"[A-Z][^\W\d_]*(?:-[^\W\d_]+)*", w) for w in words)


def _short(name: str) -> bool:
    return len(name.split()) <= _MAX_NAME_WORDS


_COMMA = lazy_regex(r",\s*")
_MAX_FORM_WORDS = 3  # "pumped out"; a longer tail is a gloss, not a name


def comma_forms(title: str) -> list[str]:
    """``Spot, Spotter`` -> ``Spot``, ``Spotter``: a one-word title whose parts after the
    comma are that word with an ending (``whipper``) or a short phrase opening with such a
    form (``pumped out``). An inverted title (``Learning, deep``) or a list (``Precision,
    recall``) has no such tie and gives nothing."""
    if "(" in title:
        return []
    head, *forms = (part.strip() for part in _COMMA.split(title))
    if forms and re.fullmatch(r"[^\W\d_]+ [^\W\d_]+", head):
        return _agent_forms(head, forms)
    key = head.casefold()
    if not forms or len(key) < _MIN_CLIP or not re.fullmatch(r"[^\W\d_]+", head):
        return []
    tied = all(
        0 < len(form.split()) <= _MAX_FORM_WORDS and form.split()[0].casefold().startswith(key)
        for form in forms
    )
    return [head, *forms] if tied else []


def _agent_forms(head: str, forms: Sequence[str]) -> list[str]:
    """``Chase group, chasers`` -> ``Chase group``, ``chasers``: a two-word title whose
    parts after the comma are each one word, its first word with an ending (a list of
    other things, ``Data set, data point``, stays one title)."""
    key = head.split()[0].casefold()
    tied = len(key) >= _MIN_CLIP and all(
        re.fullmatch(r"[^\W\d_]+", form)
        and form.casefold().startswith(key)
        and len(form) > len(key)
        for form in forms
    )
    return [head, *forms] if tied else []


# "Copyleft*", "Super Typhoon (STY)*", "Term†": a mark after the name sends the reader to a
# footnote or a tooltip. A lone mark (no opening partner, as emphasis would have) after a
# letter, digit or bracket is not part of the name, unless the name would be one character
# ("A*" is the search algorithm). Superscript digits stay: "m²" is a unit.
_MARKER = lazy_regex(r"(?<=\w\w|\w\)|\w\])\s*(?:\*|[†‡]+)$")


def without_marker(title: str) -> str:
    """``title`` without a trailing footnote or tooltip mark that has no partner."""
    if title.count("*") > 1:
        return title
    return _MARKER.sub("", title)


# "Save More Tomorrow? (or SMarT)": a question mark between a name and its bracket; a title
# that asks ("Is X futile? (FAQ)") opens with a question word or a verb that asks.
_STRAY_QUESTION = lazy_regex(
    r"^(?!(?:what|how|why|when|where|who|whom|whose|which|is|are|was|were|do|does|did|can"
    r"|could|should|would|will|shall|may|might|must|has|have|had)\b)(.*\w)\?(?=\s+\()",
    re.IGNORECASE,
)


def without_stray_question(title: str) -> str:
    """``title`` without a question mark that stands between a name and its bracket."""
    return _STRAY_QUESTION.sub(r"\1", title, count=1)


# "Fork, Hard": a one-word head, then its modifier after the comma.
_INVERTED = re.compile(r"^([^\W\d_][\w'-]*),[ \t]+([^\W\d_][\w'-]*(?:[ \t]+[^\W\d_][\w'-]*)?)$")
# "Satoshi/Sat": two single words joined by an unspaced slash.
_SLASHED_WORDS = re.compile(r"^([^\W\d_]+)/([^\W\d_]+)$")


def inverted_name(title: str, body: str) -> list[str]:
    """``Fork, Hard`` -> ``Hard Fork`` when its text says ``hard fork``: an index-style
    inverted title (a list such as ``Precision, recall`` is never said that way round)."""
    match = _INVERTED.match(title.strip())
    if match is None:
        return []
    name = f"{match.group(2)} {match.group(1)}"
    said = re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", body.casefold())
    return [name] if said else []


def slashed_clips(title: str) -> list[str]:
    """``Satoshi/Sat`` -> ``Satoshi``, ``Sat``: a word and its clipped form (one opens
    the other), joined by a slash; ``TCP/IP`` or ``Input/Output`` are no such pair."""
    match = _SLASHED_WORDS.match(title.strip())
    if match is None:
        return []
    left, right = match.group(1), match.group(2)
    return [left, right] if _clips(left, right) or _clips(right, left) else []


# "Speed Square, Framing Square", "full boil or rolling boil", "AGI or Artificial General
# Intelligence": a title that joins two or more names of one thing.
# "सीड फ्रेज/रिकवरी फ्रेज" (seed phrase / recovery phrase): a slash joins two names sharing
# their head noun too (only so: "TCP/IP", "Input/Output" and "Read/Write Head" give none)
_JOINERS = (lazy_regex(r"\s*,\s+"), lazy_regex(r"\s+or\s+"), lazy_regex(r"\s*/\s*"))
_SLASH = 2  # the slash's place in _JOINERS
_MAX_JOINED_WORDS = 4  # a longer side is a phrase ("Regret or dissonance reduction processes")
_MIN_HEAD = 3


def joined_names(title: str) -> list[str]:
    """The names a title joins with commas or one "or", when the shape says each side is a
    name on its own: every side two to four words ending in the same head noun (``Speed
    Square, Framing Square``, ``mother sauce or leading sauce``); or, for "or", an acronym
    and the words it spells (``GPT or Generative Pre-Trained Transformers``). Sides that
    may share words (``Pilsner or Pils malt``, ``Power flag or symbol``), pairs of single
    words (``True or False``), lists (``Loudness, Gain, Volume``), sayings (``Not Your
    Keys, Not Your Bitcoin``) and inverted titles (``Fork, Hard``) give none."""
    title = title.strip().removesuffix(":").rstrip()  # "Dry socket or alveolitis:"
    if re.search(r"[()\[\]:;\"“]", title) or len(title) > 80:
        return []
    for number, joiner in enumerate(_JOINERS):
        sides = [" ".join(s.split()) for s in joiner.split(title)]
        if len(sides) < 2 or not all(sides) or (number >= 1 and len(sides) != 2):
            continue
        if number == _SLASH:
            return sides if _same_head(sides) else []
        if any(len(s.split()) > _MAX_JOINED_WORDS for s in sides):
            return []
        if len(sides) == 2 and _acronym_and_name(*sides, loose=number == 0):
            return sides
        if number == 0 and len(sides) == 2 and _acronym_and_name(*sides[::-1], loose=True):
            return sides  # "Low-pass filter, LPF"
        return sides[1:] if _same_head(sides) else []
    return []


def _same_head(sides: list[str]) -> bool:
    heads = {s.split()[-1].casefold() for s in sides}
    one_head = len(heads) == 1 and len(next(iter(heads))) >= _MIN_HEAD
    distinct = len({s.casefold() for s in sides}) == len(sides)
    return one_head and distinct and all(len(s.split()) >= 2 for s in sides)


def _acronym_and_name(left: str, right: str, *, loose: bool = False) -> bool:
    """``GPT or Generative Pre-Trained Transformers``: the acronym the other side spells.
    After a comma (``LP, Long-path``, ``Antenna tuner, ATU``) the acronym is all capitals
    and may take a word's next letters (rag_glossary.loose_acronyms)."""
    if not (looks_like_acronym(left) and re.fullmatch(r"[A-Za-z]{2,8}", left)):
        return False
    if loose and not left.isupper():
        return False
    spelled = spelled_by(left, right.split()) or spelled_by(left, word_list(right))
    return spelled or (loose and loosely_spelled(left, right))


# "SAC Rate (Surface Air Consumption)": an acronym and a head noun, the parentheses
# spelling out the acronym alone.
_ACRONYM_HEAD = re.compile(
    r"^([A-Z]{2,8})\s+([A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*)?)\s*\(([^()]{3,80})\)$"
)


def acronym_head_names(title: str) -> list[str]:
    """``SAC Rate (Surface Air Consumption)`` -> ``SAC Rate``, ``Surface Air Consumption
    Rate``: the parentheses spell out the acronym before the head noun. The acronym alone
    names something else (``CNS Fatigue (Central Nervous System)``: CNS is no fatigue)."""
    match = _ACRONYM_HEAD.match(title)
    if match is None:
        return []
    acronym, head, expansion = match.group(1), match.group(2), " ".join(match.group(3).split())
    if not spelled_by(acronym, word_list(expansion)):
        return []
    return [f"{acronym} {head}", f"{expansion} {head}"]


# "N2 (Nitrogen)", "Oxygen (O2)": a chemical formula of one element and its name.
_FORMULA = re.compile(
    r"^(?:([A-Z][a-z]?\d)\s*\(([A-Z][a-z]{2,})\)|([A-Z][a-z]{2,})\s*\(([A-Z][a-z]?\d)\))$"
)


def formula_names(title: str) -> list[str]:
    """``N2 (Nitrogen)`` -> ``N2``, ``Nitrogen``: an element's formula (its symbol and a
    count) and the element's name, which opens with the symbol's letters. A bare symbol
    (``Helium (He)``) gives none: ``He`` is a word a question says otherwise."""
    match = _FORMULA.match(title.strip())
    if match is None:
        return []
    symbol, name = (match.group(1), match.group(2)) if match.group(1) else match.group(4, 3)
    letters = symbol.rstrip("0123456789")
    opens = name.startswith(letters[0]) and letters[1:].casefold() in name.casefold()[1:]
    return [symbol, name] if opens else []


# "Internationalization (i18n)": a numeronym of the title in parentheses.
_TRAILING_NUMERONYM = re.compile(r"^([^\W\d_]+)\s*\(([A-Za-z][1-9][0-9]?[A-Za-z])\)$")
_SPACED_SLASH = re.compile(r"\s+/\s+")


def numeronym_names(title: str) -> list[str]:
    """``Internationalization (i18n)`` -> ``i18n``; ``localization / l10n`` -> both
    sides: a word and the numeronym that abbreviates it."""
    match = _TRAILING_NUMERONYM.match(title.strip())
    if match is not None:
        return [match.group(2)] if spells_out(match.group(2), match.group(1)) else []
    sides = _SPACED_SLASH.split(title.strip())
    if len(sides) != 2:
        return []
    word, short = sides if NUMERONYM.fullmatch(sides[1]) else sides[::-1]
    tied = NUMERONYM.fullmatch(short) is not None and spells_out(short, word)
    return [word, short] if tied else []


def slashed_same_head(title: str) -> list[str]:
    """``translatable unit / text unit`` -> both sides: two names of two to four words
    that end in the same head noun, or open with the same word or hyphened prefix
    (``Wasser halt / Wasser stop``), joined by a spaced slash (``joined_names`` for
    commas and "or")."""
    if re.search(r"[()\[\]:;]", title):
        return []
    sides = [" ".join(s.split()) for s in _SPACED_SLASH.split(title.strip())]
    if len(sides) != 2 or any(len(s.split()) > _MAX_JOINED_WORDS for s in sides):
        return []
    return sides if _same_head(sides) or _same_lead(sides) else []


# "C-Rohr / C-Schlauch": a lead word, or a prefix closed by a hyphen, both sides share.
_LEAD = re.compile(r"^([^\W\d_]+-|[^\W_]+(?=\s))", re.UNICODE)


def _same_lead(sides: list[str]) -> bool:
    """``Wasser halt / Wasser stop``, ``C-Rohr / C-Schlauch``: two names of one thing that
    open alike (the head-first order of German or French compounds), each with more and
    both as many words."""
    leads = {m.group(1).casefold() if (m := _LEAD.match(s)) else "" for s in sides}
    distinct = len({s.casefold() for s in sides}) == len(sides)
    lead = next(iter(leads))
    alike = len({len(s.split()) for s in sides}) == 1  # not "Lead-in / lead-out feed rate"
    longer = all(len(s) > len(lead) for s in sides)
    return len(leads) == 1 and bool(lead) and distinct and alike and longer


# "Aerial/Overhead Cast", "Southwest or Summer Monsoon": two words, one for the other,
# sharing the words around them.
_SHARED_SLASH = re.compile(r"^((?:\S+ )*?)([^\W\d_]{3,})/([^\W\d_]{3,})((?: \S+)*)$")
_SHARED_OR = re.compile(r"^([^\W\d_]{3,}) or ([^\W\d_]{3,})((?: \S+){1,2})$")
_PAIR_OR = re.compile(r"^([^\W\d_]{3,}(?: [^\W\d_]{3,})?) or ([^\W\d_]{3,}(?: [^\W\d_]{3,})?)$")
_MAX_SHARED_WORDS = 5


def shared_word_names(title: str, body: str) -> list[str]:
    """The names a title gives with a slash or "or" between two words that share the
    words around them: ``Aerial/Overhead Cast`` -> ``Aerial Cast``, ``Overhead Cast``;
    ``Con sodino/sordini``; ``Southwest or Summer Monsoon``. Two short names joined by
    "or" are each a name (``Uptake or Absorption``, ``Dry socket or alveolitis``).

    Both words are written alike (``TCP/IP``, ``JCache/Java cache``, ``Top/bottom`` are
    not) and three letters or more (``A/B Testing``, ``I/O connector``). A pair the text
    writes again slashed (``load/store``) or whose words it names each on its own (the two
    colours of ``Blue/Green Deployment``, ``True or False``) is one thing made of two, no
    choice of names; "or" is a choice, so a shared tail after it gives names always."""
    title = " ".join(title.strip().removesuffix(":").split())
    if len(title.split()) > _MAX_SHARED_WORDS or re.search(r"[()\[\]:;\"“]", title):
        return []
    match = _SHARED_OR.match(title)
    if match is not None:
        first, second, tail = match.groups()
        return _shared(first, second, "", tail) if _alike(first, second) else []
    match = _PAIR_OR.match(title)
    if match is not None:
        first, second = match.groups()
        spaces = first.count(" ") + second.count(" ")
        if spaces > 1 or (spaces == 0 and _both_said(first, second, body)):
            return []  # "Traditional German or Czech hops" shares words a rule cannot place
        return [first, second]
    match = _SHARED_SLASH.match(title)
    if match is None:
        return []
    head, first, second, tail = match.groups()
    if not (head or tail) or not _alike(first, second):
        return []
    if f"{first}/{second}".casefold() in body.casefold() or _both_said(first, second, body):
        return []
    return _shared(first, second, head, tail)


def _shared(first: str, second: str, head: str, tail: str) -> list[str]:
    names = [f"{head}{word}{tail}" for word in (first, second)]
    repeated = any(len(set(n.casefold().split())) < len(n.split()) for n in names)
    return [] if repeated else names


def _alike(first: str, second: str) -> bool:
    """Both words capitalised, or both lowercase (no inner capitals)."""
    return all(w[1:].islower() for w in (first, second)) and (
        first[0].isupper() == second[0].isupper()
    )


def _both_said(first: str, second: str, body: str) -> bool:
    text = body.casefold()
    return all(
        re.search(rf"(?<![\w/-]){re.escape(w.casefold())}(?![\w/-])", text) for w in (first, second)
    )
