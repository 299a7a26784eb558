"""The items of a list that answer. A list is shown whole when the question asks for the
list (its steps, types, methods ...) or for the term itself; when one or two of its items
cover the question's own words and the others do not, its lead-in and those items answer
("how can input data make a model risky": the "Data" item of six causes, with the
sentences of that item)."""

from __future__ import annotations

from rag_glossary.answer.list_pieces import list_lead
from rag_glossary.answer.overlap import Idf, coverage
from rag_glossary.answer.pieces import (
    Statement,
    count_words,
    first_sentence,
    is_item,
)
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import stem, tokenize

# a plural noun for the members of a list, or "all": the question asks for the list
WHOLE_LIST = lazy_regex(
    r"(?i)\b(?:steps|types|kinds|methods|ways|examples|techniques|components|categories"
    r"|stages|phases|list|pros|cons|advantages|disadvantages|rules|tests|paradigms|aspects"
    r"|parts|features|properties|options|approaches|strategies|all|every|each)\b"
)
MIN_MEMBERS = 4  # a shorter list is shown whole ...
# ... unless the question asks a fact of it: "at what height is diameter at breast height
# measured" takes the one note of three that says it
MIN_ASKED_MEMBERS = 3
MAX_ASKED = 2  # at most this many items answer a question that does not ask for the list
OTHERS_SHARE = 0.5  # ... and every other item covers at most this share of the best's words
MIN_COVERAGE = 0.34  # the best item covers this much of the question's own words
ITEM_WORDS = 60  # an item that alone answers brings its later sentences up to this


def asked_items(
    q: Question,
    focus: frozenset[str],
    pool: list[tuple[Unit, list[str]]],
    anchor: Unit,
    rank: int,
    title: str,
    idf: Idf,
) -> Statement | None:
    """The lead-in and the items that answer, or None when the list answers whole."""
    # "what does fifo stand for when booking lots" names no entry (names_term is off): its
    # entry's list holds the term as one item, and the term is not the list's subject
    term_itself = q.shape in ("define", "expand") and q.names_term
    if term_itself or not focus or WHOLE_LIST.search(q.text):
        return None
    members = _members(pool, anchor)
    # "what is X and how do you detect it" asks the term too: its second part may take
    # more than one of three items (Detection, and VIF)
    whole = q.shape in ("define", "expand") or q.two_part
    if len(members) < (MIN_MEMBERS if whole else MIN_ASKED_MEMBERS):
        return None
    # a comparison keeps both sides: the items that answer each
    foci = [frozenset(tokenize(side)) for side in q.sides] if q.shape == "compare" else [focus]
    chosen: set[int] = set()
    for words in foci:
        found = _answering(words, members, idf)
        # a question naming the list's lead-in ("counterfactual explanations") asks for it
        named_lead = bool(words & set(tokenize(anchor.lead)))
        if found is None and not named_lead and (rare := _distinctive(words, members)):
            found = _answering(rare, members, idf)
        if found is None:
            return None
        chosen |= found
    asked = [m for m in members if m[0].position in chosen]
    items: list[str] = []
    ids: list[str] = []
    for unit, unit_ids, text in asked:
        items.append(text if len(asked) == 1 else first_sentence(unit.text))
        ids.extend(i for i in unit_ids if i not in ids)
    lead = list_lead(anchor, title, len(asked), len(members))
    return Statement(lead, tuple(ids), tuple(items), order=(rank, asked[0][0].position))


def _answering(
    focus: frozenset[str], members: list[tuple[Unit, list[str], str]], idf: Idf
) -> set[int] | None:
    """The positions of the at most MAX_ASKED items that cover ``focus`` when the others
    cover at most OTHERS_SHARE of what the best one does."""
    scores = [coverage(focus, Unit(text, "item", 0, 0), idf, forms=True) for _, _, text in members]
    best = max(scores)
    asked = {
        m[0].position
        for score, m in zip(scores, members, strict=True)
        if score > OTHERS_SHARE * best
    }
    return None if best < MIN_COVERAGE or len(asked) > MAX_ASKED else asked


def _distinctive(
    focus: frozenset[str], members: list[tuple[Unit, list[str], str]]
) -> frozenset[str]:
    """The question's words that half the items or more do not say: the words the list
    shares ("knowledge" in every item of epistemology's four areas) pick out no item."""
    said = [{stem(w) for w in tokenize(text)} for _, _, text in members]
    rare = {w for w in focus if 2 * sum(stem(w) in s for s in said) < len(said)}
    return frozenset(rare) if rare != focus else frozenset()


def _members(pool: list[tuple[Unit, list[str]]], anchor: Unit) -> list[tuple[Unit, list[str], str]]:
    """The items of ``anchor``'s list, each with its text: an item of several sentences
    is its first one and the sentences of its paragraph after it, up to ITEM_WORDS."""
    out: list[tuple[Unit, list[str], str]] = []
    for at, (unit, ids) in enumerate(pool):
        if not is_item(unit) or unit.lead != anchor.lead:
            continue
        text = unit.text
        if unit.item_start:
            for later, _ in pool[at + 1 :]:
                if later.block != unit.block or is_item(later) or later.kind != "sentence":
                    break
                if count_words(text) + count_words(later.text) > ITEM_WORDS:
                    break
                text = f"{text} {later.text}"
        out.append((unit, ids, text))
    return out
