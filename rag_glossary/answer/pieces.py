"""What the composer builds answers from: statements, entry groups (one term from
several sources, merged), and what a unit does in its entry (defines the term, refers
back, is filler). Entry names live in ``names``, word overlap in ``overlap``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rag_glossary.acronyms import spells_out
from rag_glossary.answer.cleaning import drop_clause_refs
from rag_glossary.answer.copies import ends, first_in_file, placed
from rag_glossary.answer.fields import FIELD_LINE, FIELD_VALUE_WORDS, asked_fields
from rag_glossary.answer.formula_opening import opens_formula
from rag_glossary.answer.language_asks import asked_glossary
from rag_glossary.answer.name_slips import slipped_name
from rag_glossary.answer.named_early import names_early
from rag_glossary.answer.names import (
    acronyms,
    alike,
    clean_title,
    core,
    heads_term,
    names_term,
    qualifier,
    short_lead,
    texts_alike,
)
from rag_glossary.answer.question import Question
from rag_glossary.answer.reference_lines import reference_line
from rag_glossary.answer.segment import Unit, entry_units
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import stem, tokenize
from rag_glossary.models import Entry, Hit

_LABEL = lazy_regex(r"^[A-Z][\w-]*(?: [\w-]+)?:\s+(?=\S)")
# A label that only says what kind of text follows ("Beskrivning:" too); the name may stand for it
GENERIC_LABEL = lazy_regex(
    r"(?i)^(?:definitions?|meaning|description|summary|overview|methods?|idea|goal|purpose"
    r"|aim|concept|intuition|approach|usage|uses?|examples?|notes?|formula|in short|tl;?dr"
    r"|what|why|how|key idea|main idea|in practice|explanation|answer|details?"
    r"|definition|beschreibung|erklärung|bedeutung|définition|explication|signification|definición"
    r"|descripción|explicación|significado|definição|descrição|explicação|definizione|descrizione"
    r"|spiegazione|significato|definitie|beschrijving|uitleg|betekenis|beskrivning|förklaring"
    r"|betydelse|beskrivelse|forklaring|betydning|definicja|opis|wyjaśnienie|znaczenie|definice"
    r"|popis|vysvětlení|význam|tanım|açıklama|anlam|määritelmä|kuvaus|selitys|merkitys)\s*:"
)
# "Easy: we don't know anything about it!": a label over a sentence with a pronoun for its
# subject is an opening remark, not the name of what the sentence says
_SPOKEN = lazy_regex(r"(?i)(?:we|you|they|i|it|this|there)(?:'\w+)?\s")
# "Figure 2.16: Side-by-side comparison ...": a caption's label numbers a picture the
# answer does not show; the caption's text is what it says
CAPTION_LABEL = lazy_regex(
    r"^(?:Figure|Fig\.|Fig|Table|Image|Photo|Plate|Diagram|Chart|Illustration|Exhibit)"
    r"\s+[A-Z]?\d+(?:[.-]\d+)*[a-z]?\s*[:.\u2013\u2014-]\s+(?=[A-Z(\"'])"
)
# English sentence rules: they read an English glossary's text only (``_english``); in
# another language their words are others ("Is ionann X agus Y" is Irish's copula, "Are"
# Romanian "has", "Also," German "so", "I" Polish or Swedish "and" / "in")
_SUBJECTLESS = lazy_regex(r"^(Is|Are|Refers to|Describes|Means)\b")
# a body that opens by going on with its title's name: "Crest Factor" + "or Peak to Short
# Term Loudness (PSR) is ..."
_NAME_GOES_ON = lazy_regex(r"^(?:Or|Also|Aka) (?=[A-Z(])")
# an opening line of other names only ("_also, **query**, **search string**_"): no verb
_ALSO_NAMES = lazy_regex(
    r"(?i)(?:also|aka),?\s+(?!\w+(?:ed|ing)\b|(?:known|called|see|note|the|an?|in|on|for|to|as|by)\b)"
    r"((?:(?!\b(?:is|are|was|were|has|have|can|means?|refers?)\b)[^.;:!?])+?)\.?"
)
_ALSO_WORDS = 12


@dataclass(frozen=True)
class Statement:
    """One sentence, or one list with its lead-in, and the ids that say it."""

    text: str
    ids: tuple[str, ...]
    items: tuple[str, ...] = ()
    order: tuple[int, int] = (0, 0)  # (entry rank, position) for reading order
    code: str = ""  # a fenced code block shown under ``text``


@dataclass
class Group:
    """An entry and the same term from other sources, with their merged units."""

    hits: list[Hit]
    units: list[tuple[Unit, list[str]]] = field(default_factory=list)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(h.id for h in self.hits)


def make_group(main: Hit, hits: Sequence[Hit], asked: frozenset[str] = frozenset()) -> Group:
    """``main`` and the same term from other sources, with their merged units; a unit
    that is no statement of the entry (``aside``: a metadata field, a link's text) is
    left out unless it is all its entry says or the question (its words ``asked``) asks
    for that field ("what category is X"). A record's fields (Entry.fields) are never
    units of its text: one is added, alone, when the question names it."""
    same = [h for h in hits if h is not main and same_term(main, h)]
    # "In 1991, MoE was first introduced ...": a history does not say what the term is;
    # the same term from a source that opens otherwise leads ("Like an ensemble method ...")
    lead = next((h for h in same if _dated(main) and not _dated(h) and _opening(h)), main)
    lead = first_in_file(lead, same)
    group = Group([lead] + [h for h in (main, *same) if h is not lead])
    seen: dict[str, tuple[Unit, list[str]]] = {}
    after = (0, 0, 0)  # where the lead's glossary's copies end (position, block, section)
    speaking = [h for h in group.hits if not _points_on(h)]
    for hit in group.hits:
        if speaking and _points_on(hit):
            continue  # its "See X." is no statement; X's own text answers
        found = entry_units(hit.entry)
        if hit.source == lead.source:  # another source keeps its own numbering
            found = placed(found, after)
            after = ends(found, after)
        kept = [u for u in found if not aside(u, asked)] or found
        fields = asked_fields(hit, asked, found, hit in (main, lead))  # may quote what it adds to
        for unit in [*(u for u in kept if not any(u.text in f.text for f in fields)), *fields]:
            key = key_of(unit.text)
            if repeats_title(hit, unit) or spells_other_title(hit, unit, group.hits):
                continue
            if key in seen:
                if hit.id not in seen[key][1]:
                    seen[key][1].append(hit.id)
            elif hit is main or not near_duplicate(key, seen):
                seen[key] = (unit, [hit.id])
                group.units.append(seen[key])
    return group


# "Read more here.", "Click here.": a pointer whose link the text lost
_LOST_LINK = lazy_regex(
    r"(?i)^(?:read|learn|find out|see|click|look|more)\b[^.!?]{0,30}\b(?:here|there|this link)\W*$"
)


# "They can be found at sparkfun although ...", "A treatise of mapping scale can be found
# at": where to get the thing, whose link the text lost, says nothing of what it is
_WHERE_FOUND = lazy_regex(
    r"(?i)^(?:[\w-]+\s+){1,6}(?:can|may)\s+be\s+(?:found|bought|purchased|ordered|obtained"
    r"|downloaded)\s+(?:at|from|on|here)\b"
)


# "In 1991, ...", "Since the 1990s ...": a sentence opening with a date tells history
_DATED = lazy_regex(
    r"(?i)^(?:(?:back\s+)?in|since|by|during|around|as of)\s+(?:the\s+)?"
    r"(?:early\s+|late\s+|mid-?\s*)?(?:\d{4}s?|\d{1,2}(?:st|nd|rd|th)\s+century)\b"
)


def _opening(hit: Hit) -> str:
    """The entry's first sentence; "" when it has none."""
    return next((u.text for u in entry_units(hit.entry) if u.kind == "sentence"), "")


def _dated(hit: Hit) -> bool:
    return bool(_DATED.match(_opening(hit)))


def aside(unit: Unit, asked: frozenset[str] = frozenset()) -> bool:
    """A unit no answer prints as a sentence: a metadata field ("Category: Gates &
    Circuits."), unless the question's words ``asked`` name the field, or a link's text
    or pointer whose link is gone ("Wikipedia entry for Bellman equation.", "Read more
    here.", "They can be found at sparkfun ..."), or a reference line ("Tagairtí: bun-: De
    Bhaldraithe (1978)", "Foghlaim: féach ar an téarma 'X'": reference_lines.py)."""
    if unit.link_text or _LOST_LINK.match(unit.text) or _WHERE_FOUND.match(unit.text):
        return True
    if reference_line(unit.text):
        return True
    field = FIELD_LINE.match(unit.text)
    if field is None or len(field.group(2).split()) > FIELD_VALUE_WORDS:
        return False
    names = {stem(w) for w in tokenize(field.group(1))}
    return not names & {stem(w) for w in asked}


def repeats_title(hit: Hit, unit: Unit) -> bool:
    """A note that only repeats its title; a title cut from the text ("…") is never
    shown, so the text it was cut from stays."""
    return _repeats(hit.title, unit)


def spells_other_title(hit: Hit, unit: Unit, hits: Sequence[Hit]) -> bool:
    """ "TTL: Time To Live" beside "TTL (Time To Live): Automatic data expiration ...": a
    sentence of only another copy's title words says nothing that copy does not."""
    words = set(key_of(unit.text).split())
    if unit.kind != "sentence" or not words:
        return False
    return any(h is not hit and words <= set(key_of(h.title).split()) and has_text(h) for h in hits)


def has_text(hit: Hit) -> bool:
    """The entry has a unit beyond its own title (a group of it has something to say)."""
    return _has_text(hit.title, hit.entry)


@lru_cache(maxsize=4096)
def _has_text(title: str, entry: Entry) -> bool:
    # the same hits recur from question to question (answer_first.py composes per search)
    return any(not _repeats(title, u) for u in entry_units(entry))


def _repeats(title: str, unit: Unit) -> bool:
    repeats = key_of(unit.text) == key_of(title) and not title.endswith("…")
    return unit.kind == "sentence" and repeats


def same_term(a: Hit, b: Hit) -> bool:
    # "Hookmate" and "Hook Mate": a compound written closed or open is one name
    names_a = {core(_marked(n)).replace(" ", "") for n in (a.title, *a.entry.aliases)}
    names_b = {core(_marked(n)).replace(" ", "") for n in (b.title, *b.entry.aliases)}
    named_alike = bool(names_a & names_b - {""}) or (
        bool(acronyms(a) & acronyms(b)) and alike(a, b)
    )
    # "Transformer" and "Transformers (Hugging Face)": one name, two things
    qualified_apart = qualifier(a.title) != qualifier(b.title) and not texts_alike(a, b)
    return named_alike and not qualified_apart and bool(entry_units(b.entry) or not b.entry.body)


_MARKS = lazy_regex(r"(?<=\w)(\+\+|\+|#)")


def _marked(name: str) -> str:
    """A name with the marks that make another name spelled out ("K-Means++" is not
    "K-Means", "C#" is not "C"), which ``core`` would drop with the punctuation."""
    return _MARKS.sub(lambda m: " " + {"++": "plusplus", "+": "plus", "#": "sharp"}[m[1]], name)


@lru_cache(maxsize=16384)
def key_of(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def near_duplicate(key: str, seen: dict[str, tuple[Unit, list[str]]]) -> bool:
    words = set(key.split())
    return any(len(words & set(k.split())) >= 0.85 * max(len(words), 1) for k in seen)


def entry_focus(q: Question, hit: Hit) -> frozenset[str]:
    """The question's words the entry's text must answer: without its name, when the
    title is a name (a title that is a sentence is part of what it says)."""
    name = clean_title(hit.title)
    own = set(tokenize(" ".join((name, *hit.entry.aliases)))) if name else set()
    # "what does supersamplng do": a slip of the name is the name, not a word asked
    return q.focus - own - slipped_name(q.focus - own, frozenset(own), hit.entry.body)


def unnamed_focus(q: Question, hit: Hit) -> frozenset[str]:
    """The asked term's words beyond the entry's name, when the question names a term
    that is not this entry's ("ndcg" answered by "Model Evaluation Metric"); else none."""
    name = clean_title(hit.title)
    if not (q.names_term and name) or names_term(hit, q.term) or heads_term(hit, q.term):
        return frozenset()
    return q.words - set(tokenize(" ".join((name, *hit.entry.aliases))))


def statement(
    unit_ids: tuple[Unit, list[str]],
    rank: int,
    title: str,
    name: str = "",
    asked: frozenset[str] | None = None,
) -> Statement:
    """A unit as a statement; ``name`` leads it ("Term: ...") when it does not name its term.
    An item's own label leads when the question's words (``asked``) name it ("Pydantic
    (Maintainable code): ..."), else it is a field: "Smothered Mate, Composition: knight"."""
    unit, ids = unit_ids
    text = drop_clause_refs(CAPTION_LABEL.sub("", unit.text))
    english = _english()
    also = _ALSO_NAMES.fullmatch(text) if unit.position == 0 and english else None
    goes_on = unit.position == 0 and _NAME_GOES_ON.match(text)
    if also and title and len(text.split()) <= _ALSO_WORDS:
        # "Also, linguistic analysis or linguistic breakdown.": the names alone, no subject
        text = f"{title} is also called {also.group(1)}."
    elif english and (_SUBJECTLESS.match(text) or goes_on) and title:
        text = f"{title} {text[0].lower()}{text[1:]}"
    elif name and not names_early(text, name):
        label = _LABEL.match(text)
        generic = label is not None and GENERIC_LABEL.match(label.group(0)) is not None
        if label is None or generic or (english and _SPOKEN.match(text, label.end())):
            text = _LABEL.sub("", text)
            text = f"{short_lead(name, text)}: {text}"
        elif opens_formula(text, label.end()):
            # "Generaliza Pitágoras: c² = a² + ...": the label leads into its formula, a
            # statement of the entry, no field of it ("Lei dos cossenos, Generaliza ...")
            text = f"{name}: {text}"
        elif asked is not None and not set(tokenize(label.group(0))) & asked:
            # the label is a field of the entry asked about, unless the text is a table
            # row of "Header: value" cells one of which says the name: it reads alone
            text = text if _row_names(text, name) else f"{name}, {text}"
        else:  # the item's own label names what it says ("Pydantic: runtime analysis")
            short = re.sub(r"\s*\([^()]*\)$", "", name) or name  # no "(Name (ACR))"
            text = f"{label.group(0).rstrip(': ')} ({short}): {text[label.end() :]}"
    return Statement(text, tuple(ids), order=(rank, unit.position))


def _english() -> bool:
    """The glossary answered from is in English, or in no language the coverage lookup
    names (``glossary_asked``; None outside an answer): its English sentence rules apply."""
    return asked_glossary() is None


_CELL = lazy_regex(r"^[A-Z][^:;]{0,40}:\s+([^:;]+?)\s*$")


def _row_names(text: str, name: str) -> bool:
    """ "Stitch: single crochet / double crochet; U.S. abbreviation: sc; U.K.
    abbreviation: dc": two or more "Header: value" cells, one of whose values is the name."""
    cells = [_CELL.match(c.strip()) for c in text.rstrip(" .").split(";")]
    if len(cells) < 2 or not all(cells):
        return False
    return any(core(m.group(1)) == core(name) for m in cells if m is not None)


def display_name(group: Group) -> str:
    """The group's clean title, preferably one that spells out its acronym; a bare acronym
    or numeronym whose entry gives its expansion only as an alias (``K8s`` defined as
    ``Kubernetes. An open source system ...``, the one-word sentence no unit keeps) shows
    it: ``K8s (Kubernetes)``."""
    # a pointer entry merged as another name ("nucleus (syllable)": See syllable structure.)
    # says nothing of its own, so its title names no part of the answer
    # so is one whose whole text is another name of the group ("symmetric traversal:
    # inorder traversal."): "inorder traversal: symmetric traversal: ..." doubles the label
    hits = speaking_hits(group)
    titles = [clean_title(h.title) for h in hits]
    name = next((t for t in titles if "(" in t), titles[0])
    if "(" in name or " " in name:
        return name
    said = _squashed(" ".join(u.text for u, _ in group.units))
    hit = hits[titles.index(name)]
    spelled = (a for a in hit.entry.aliases if spells_out(name, a) and _squashed(a) not in said)
    expansion = next(spelled, None)
    return f"{name} ({expansion})" if expansion else name


def _points_on(hit: Hit) -> bool:
    """An entry whose few words only send the reader to its see-also entry ("See X.")."""
    body = _SUBJECT_LABEL.sub("", hit.entry.body).lstrip("( ").casefold()
    return bool(hit.entry.see_also) and len(body.split()) <= 8 and body.startswith("see ")


# a bracketed subject label opening an entry's text: "(ToolTalk) See object specification."
_SUBJECT_LABEL = lazy_regex(r"^\s*\([^()]{1,40}\)\s*")


def speaking_hits(group: Group) -> list[Hit]:
    """The group's entries that say more than another entry's name (all when none does)."""
    hits = [h for h in group.hits if not _points_on(h) and not _names_other(h, group.hits)]
    return hits or list(group.hits)


def _names_other(hit: Hit, hits: Sequence[Hit]) -> bool:
    """The entry's whole text is the title or an alias of another of ``hits``."""
    if len(hit.entry.body.split()) > _POINTER_WORDS:
        return False
    said = core(hit.entry.body)
    if not said or said == core(hit.title):
        return False
    names = (n for h in hits if h.id != hit.id for n in (h.title, *h.entry.aliases))
    return any(core(n) == said for n in names)


_POINTER_WORDS = 6  # stubs.py's redirect: a longer text says more than a name


def _squashed(text: str) -> str:
    """Letters and digits only, lower case: "multi-layer perceptron" is "multilayer perceptron"."""
    return re.sub(r"[\W_]+", "", text).casefold()


def is_item(unit: Unit) -> bool:
    """A list item, or the first sentence of an item that has several."""
    return unit.kind == "item" or unit.item_start


def first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!])\s+[A-Z]", text)
    return match.group(1) if match and len(match.group(1).split()) >= 4 else text


def count_words(text: str) -> int:
    return len(text.split())
