"""The sentence after an asked one that says what the answer has not said yet: the
question's own words no picked sentence contains ("what do the federated parties share
instead": "... does not look like parameter averaging" + "Depending on the method,
participants may share trees, ...").
A sentence that counts the things asked of ("... is broken into four parts:") brings the
labelled paragraphs that many after it (``announced_members``)."""

from __future__ import annotations

import re

from rag_glossary.answer.growth import MAX_ANSWER_WORDS, repeats
from rag_glossary.answer.overlap import Idf, coverage
from rag_glossary.answer.pieces import count_words
from rag_glossary.answer.segment import Unit
from rag_glossary.answer.unit_roles import is_filler
from rag_glossary.lazy_re import lazy_regex


def unsaid_words(
    focus: frozenset[str], picked: dict[int, tuple[Unit, list[str]]], idf: Idf
) -> frozenset[str]:
    """The question's own words no picked unit says."""
    units = [u for u, _ in picked.values()]
    return frozenset(
        t for t in focus if not any(coverage(frozenset({t}), u, idf) > 0 for u in units)
    )


def next_says_more(
    pool: list[tuple[Unit, list[str]]],
    picked: dict[int, tuple[Unit, list[str]]],
    asked: list[Unit],
    focus: frozenset[str],
    idf: Idf,
) -> None:
    """Add the sentence right after an asked one in its paragraph when it says a question
    word no picked sentence says and the answer stays within MAX_ANSWER_WORDS."""
    words = sum(count_words(u.text) for u, _ in picked.values())
    by_position = {u.position: (u, ids) for u, ids in pool}
    for unit in sorted(asked, key=lambda u: u.position):
        after = by_position.get(unit.position + 1)
        if after is None or after[0].position in picked:
            continue
        nxt = after[0]
        if nxt.kind != "sentence" or nxt.block != unit.block or nxt.section != unit.section:
            continue
        if is_filler(nxt.text) or repeats(nxt, picked):
            continue
        size = count_words(nxt.text)
        unsaid = unsaid_words(focus, picked, idf)
        if not unsaid or words + size > MAX_ANSWER_WORDS:
            continue
        if coverage(unsaid, nxt, idf) > 0:
            picked[nxt.position] = after
            words += size
    announced_members(pool, picked, focus, idf)
    example_outcome(pool, picked, asked)


# An example's opening, in the languages of the glossaries: what follows it tells its outcome
_EXAMPLE = lazy_regex(
    r"(?i)^(?:for example|for instance|e\.g\.|de exemplu|spre exemplu|de pildă|por ejemplo"
    r"|par exemple|zum beispiel|beispielsweise|ad esempio|per esempio|por exemplo|bijvoorbeeld"
    r"|till exempel|for eksempel|na przykład|například|например|наприклад|на пример)\b"
)
_ARTICLE = lazy_regex(
    r"(?i)^(?:the|this|that|these|those|such|el|la|los|las|le|les|der|die|das)\s+"
)
EXAMPLE_STEM = 4  # letters of the example's word the next sentence's subject opens with


def example_outcome(
    pool: list[tuple[Unit, list[str]]],
    picked: dict[int, tuple[Unit, list[str]]],
    asked: list[Unit],
) -> None:
    """An example's opening sentence the answer ends on ("De exemplu, în Finlanda a
    funcționat un sistem de carduri care înregistra călătoriile pasagerilor.") brings the
    next sentence of its paragraph when that one goes on about the example's own thing
    ("Sistemul a dat naștere unei dezbateri ... a fost abandonată"): the outcome, without
    which the example hangs; the answer stays within MAX_ANSWER_WORDS. When the outcome
    does not fit, an example the question did not ask of, only grown into, goes."""
    if not picked:
        return
    last = max(picked)
    unit = picked[last][0]
    if unit.kind != "sentence" or not _EXAMPLE.match(unit.text):
        return
    nxt = next((x for x in pool if x[0].position == last + 1), None)
    if nxt is None or nxt[0].kind != "sentence" or nxt[0].block != unit.block:
        return
    if nxt[0].section != unit.section or is_filler(nxt[0].text):
        return
    # its subject is a word of the example, perhaps with an ending ("sistem": "Sistemul")
    head = re.match(r"[^\W\d_]*", _ARTICLE.sub("", nxt[0].text))
    subject = head.group(0).lower() if head else ""
    said = {w.lower() for w in re.findall(rf"[^\W\d_]{{{EXAMPLE_STEM},}}", unit.text)}
    if not subject or not any(subject.startswith(w) for w in said):
        return
    words = sum(count_words(u.text) for u, _ in picked.values())
    if words + count_words(nxt[0].text) <= MAX_ANSWER_WORDS:
        picked[nxt[0].position] = nxt
    elif len(picked) > 1 and all(u is not unit for u in asked):
        del picked[last]


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# "... is broken into four parts: XBD: ...": a count, the noun counted, a colon
_ANNOUNCED = lazy_regex(r"(?i)\b(" + "|".join(_COUNTS) + r"|[2-8])\s+([a-z][a-z-]+)\s*:\s*(.*)$")
# "XSH: Specifications of functions ...": a short label, its colon, what it is
_MEMBER = lazy_regex(r"^[A-Z0-9][\w./+-]*(?: [\w./+-]+){0,3}: \S")
MEMBERS_MOST_WORDS = 2 * MAX_ANSWER_WORDS  # the announced members fit a longer answer


def announced_members(
    pool: list[tuple[Unit, list[str]]],
    picked: dict[int, tuple[Unit, list[str]]],
    focus: frozenset[str],
    idf: Idf,
) -> None:
    """ "what are the four parts posix.1-2001 is split into": a picked sentence counts the
    things the question asks of by name ("... is broken into four parts:"), and exactly
    that many labelled paragraphs follow it ("XBD: ...", "XSH: ...", each a paragraph of
    its own, the first perhaps glued to the count): they are the answer, added though the
    answer grows past MAX_ANSWER_WORDS (up to MEMBERS_MOST_WORDS)."""
    by_position = {u.position: (u, ids) for u, ids in pool}
    for position in sorted(picked):
        unit = picked[position][0]
        said = _ANNOUNCED.search(unit.text)
        if said is None or coverage(focus, Unit(said.group(2), "sentence", 0, 0), idf) <= 0:
            continue
        count = _COUNTS.get(said.group(1).lower()) or int(said.group(1))
        members: list[tuple[Unit, list[str]]] = []
        block = unit.block
        found = int(bool(_MEMBER.match(said.group(3))))
        while (nxt := by_position.get(position + len(members) + 1)) is not None:
            if nxt[0].block == block or not _MEMBER.match(nxt[0].text):
                break
            members.append(nxt)
            block = nxt[0].block
        words = sum(count_words(u.text) for u, _ in picked.values())
        words += sum(count_words(u.text) for u, _ in members)
        if found + len(members) == count and words <= MEMBERS_MOST_WORDS:
            picked.update((u.position, (u, ids)) for u, ids in members)
        return


def said_between(
    pool: list[tuple[Unit, list[str]]], picked: dict[int, tuple[Unit, list[str]]], words: int
) -> int:
    """In a two-part question's answer (the caller's check), the one sentence between two
    picked sentences of a paragraph joins them ("The CA signing policy is used to ..." +
    "Specifically it constrains the identities ..." + "In GSI the signing policy ... can be
    found in ...") while the answer stays within MAX_ANSWER_WORDS: the answer runs from the
    opening to the second part's sentence as the paragraph does. The words added."""
    by_position = {u.position: (u, ids) for u, ids in pool}
    added = 0
    for position in sorted(picked):
        before, between = picked[position][0], by_position.get(position + 1)
        after = picked.get(position + 2)
        if between is None or after is None or position + 1 in picked:
            continue
        unit = between[0]
        same = unit.block == before.block == after[0].block and unit.section == before.section
        if not same or unit.kind != "sentence" or is_filler(unit.text):
            continue
        size = count_words(unit.text)
        if words + added + size <= MAX_ANSWER_WORDS:
            picked[unit.position] = between
            added += size
    return added
