"""A list shown as an answer: which of its items (a cut list keeps the item that
answers, a short one is shown whole) and the lead-in printed over them."""

from __future__ import annotations

import re
from dataclasses import replace

from rag_glossary.answer.names import mentions
from rag_glossary.answer.pieces import Statement, count_words, first_sentence, is_item
from rag_glossary.answer.segment import Unit
from rag_glossary.lazy_re import lazy_regex

MAX_LIST_ITEMS = 5
MAX_LIST_WORDS = 60
WHOLE_LIST_ITEMS = 6  # a list this long is shown whole (first sentences), a longer one is cut
MAX_WHOLE_ITEMS = 10  # ... and a list of short items up to this long
SHORT_LIST_WORDS = 30  # a list whose items together have at most this many words is short
_EXAMPLE_LABEL = lazy_regex(r"(?i)^(?:for )?examples?:\s+")


def list_statement(
    pool: list[tuple[Unit, list[str]]], anchor: Unit, rank: int, title: str
) -> Statement:
    members = [(u, ids) for u, ids in pool if is_item(u) and u.lead == anchor.lead]
    start = next((i for i, (u, _) in enumerate(members) if u.position >= anchor.position), 0)
    if anchor.lead or start < MAX_LIST_ITEMS:
        start = 0
    if start == 0 and (at := _index_of(members, anchor)) >= MAX_LIST_ITEMS:
        whole_list = len(members) <= WHOLE_LIST_ITEMS or (
            len(members) <= MAX_WHOLE_ITEMS and _short_items(members)
        )
        start = 0 if whole_list else at  # a cut list keeps the item that answers
    rest = members[start:]
    short_items = sum(count_words(first_sentence(u.text)) for u, _ in rest) <= SHORT_LIST_WORDS
    # a short list, or one of a few words per item ("Datasets", "Code"), is shown whole
    whole = len(rest) <= WHOLE_LIST_ITEMS or (len(rest) <= MAX_WHOLE_ITEMS and short_items)
    chosen: list[tuple[Unit, list[str]]] = []
    words = 0
    for member in members[start : start + (MAX_WHOLE_ITEMS if whole else MAX_LIST_ITEMS)]:
        words += count_words(first_sentence(member[0].text))
        if chosen and words > MAX_LIST_WORDS and not whole:
            break
        chosen.append(member)
    ids: list[str] = []
    for _, unit_ids in chosen:
        ids.extend(i for i in unit_ids if i not in ids)
    items = tuple(first_sentence(u.text) for u, _ in chosen)
    lead = list_lead(anchor, title, len(chosen), len(members))
    return Statement(lead, tuple(ids), items, order=(rank, chosen[0][0].position if chosen else 0))


def list_lead(anchor: Unit, title: str, shown: int, total: int) -> str:
    """The lead-in printed over ``shown`` of a list's ``total`` items."""
    lead = anchor.lead if anchor.lead and not anchor.lead.endswith("?") else title
    # "Groups: Models": an empty heading over the list's own lead-in ("Models")
    lead = re.sub(r"^[A-Z][\w-]*(?: [\w-]+){0,2}:\s+(?=[A-Z]\w*(?: \w+){0,3}$)", "", lead)
    if lead and shown < total:  # a cut list says so: "three main areas" has 3
        lead = f"{lead} ({shown} of {total})"
    if lead and lead != title and title and not mentions(lead, title):
        # a bare label ("Trimming") under the title reads as a label chain: "X: Trimming:"
        bare_label = len(lead.split()) <= 3 and not re.search(r"[.,;]", lead)
        example = _EXAMPLE_LABEL.match(lead)
        if example and not bare_label:  # "Example: A self-driving car needs to"
            lead = f"{title}, for example: {lead[example.end() :]}"
        else:
            lead = f"{lead} ({title})" if bare_label else f"{title}: {lead}"
    return lead


def _index_of(members: list[tuple[Unit, list[str]]], anchor: Unit) -> int:
    return next((i for i, (u, _) in enumerate(members) if u is anchor), 0)


def _short_items(members: list[tuple[Unit, list[str]]]) -> bool:
    return sum(count_words(first_sentence(u.text)) for u, _ in members) <= SHORT_LIST_WORDS


def said_once(statements: list[Statement]) -> list[Statement]:
    """The statements without a sentence that the list right after it shows as an item
    ("Designated points of entry: The capacities at all times ..." over a list whose first
    item is that long item's sentence): the list says it, and takes over the name the
    sentence opened with ("Designated points of entry: These refer to ... Annex 1 of the
    IHR:")."""
    statements = list(statements)
    out: list[Statement] = []
    for at, said in enumerate(statements):
        after = statements[at + 1] if at + 1 < len(statements) else None
        if said.items or said.code or after is None or not after.items or after.ids != said.ids:
            out.append(said)
            continue
        text = said.text.rstrip().rstrip(".")
        item = next((i for i in after.items if i.rstrip(".") and text.endswith(i.rstrip("."))), "")
        if not item:
            out.append(said)
            continue
        name = text[: len(text) - len(item.rstrip("."))]
        if name and not (name.endswith(": ") and after.text and not after.text.startswith(name)):
            out.append(said)  # more than a name before the item: the sentence says more
            continue
        statements[at + 1] = replace(after, text=f"{name}{after.text}") if name else after
    return out
