"""How the units picked for an answer grow: the definition's paragraph sentence by
sentence (``grow``), the sentence that continues a picked one (``continues``,
``follow_on``), and the sentence a picked one refers back to (``keep_context``)."""

from __future__ import annotations

from rag_glossary.answer.cues import EXPLAINS
from rag_glossary.answer.names import mentions
from rag_glossary.answer.overlap import Idf, coverage
from rag_glossary.answer.pieces import count_words, key_of, near_duplicate
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit
from rag_glossary.answer.unit_roles import is_filler, refers_back
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import stem, tokenize

MAX_ANSWER_WORDS = 70
SHORT_DEFINITION = 20  # a definition shorter than this gets the next sentence (or its list)
CROSS_BLOCK_WORDS = 35  # a definition takes sentences from later paragraphs only while shorter
CONTINUED_WORDS = 50  # a definition and the sentence that continues it, before a list
CONTEXT_SLACK = 15  # words a referring sentence may add to bring the sentence it refers to


def continues(
    pool: list[tuple[Unit, list[str]]], unit: Unit, asked: bool = False
) -> tuple[Unit, list[str]] | None:
    """The next sentence when it continues ``unit`` ("It works by ...") in its paragraph
    and both stay short; when the definition is ``asked`` for ("what is X and how ...")
    and says less than SHORT_DEFINITION, the next sentence of its paragraph ("The goal
    of model inversion is ...") whatever its opening."""
    after = next(((u, ids) for u, ids in pool if u.position == unit.position + 1), None)
    if after is None or after[0].kind != "sentence" or after[0].block != unit.block:
        return None
    short = count_words(unit.text) + count_words(after[0].text) <= CONTINUED_WORDS
    thin = asked and count_words(unit.text) < SHORT_DEFINITION and not is_filler(after[0].text)
    return after if short and (refers_back(after[0].text) or thin) else None


def item_blocks(pool: list[tuple[Unit, list[str]]]) -> set[int]:
    """The blocks that are list items. An item's sentences are points of their own (an
    entry's numbered explanatory notes): quoted when they answer, never as more of the
    definition before them."""
    return {u.block for u, _ in pool if u.kind == "item" or u.item_start}


def repeats(unit: Unit, picked: dict[int, tuple[Unit, list[str]]]) -> bool:
    """The unit says again what a picked one says ("57 tasks" twice)."""
    seen = {key_of(u.text): (u, ids) for u, ids in picked.values()}
    key = key_of(unit.text)
    return key in seen or near_duplicate(key, seen)


def follow_on(
    pool: list[tuple[Unit, list[str]]],
    picked: dict[int, tuple[Unit, list[str]]],
    asked: list[Unit],
    words: int,
    explains: bool = False,
) -> int:
    """An asked-for sentence brings the next one when that one continues it ("The name
    was coined ..." + "It refers to the Monte Carlo Casino ...") and leaves room for the
    sentence the asked one refers back to; the words added."""
    added = 0
    for unit in asked:
        at = next(i for i, (u, _) in enumerate(pool) if u is unit)
        if at + 1 >= len(pool):
            continue
        after = pool[at + 1]
        size = count_words(after[0].text)
        continues = after[0].block == unit.block and refers_back(after[0].text)
        # the sentence an asked one refers back to comes first (keep_context brings it)
        before = pool[at - 1][0] if at > 0 and refers_back(unit.text) else None
        context = count_words(before.text) if before and before.position not in picked else 0
        fits = words + added + context + size <= MAX_ANSWER_WORDS + CONTEXT_SLACK
        # a why question: the next sentence explains the reason, by its means or condition
        # ("By shifting the policy, the agent first explores ...", "If your sampling rate
        # is too low, ..."), while the answer stays within its length
        if explains and not continues and after[0].block == unit.block:
            continues = bool(EXPLAINS.match(after[0].text)) and (
                words + added + size <= MAX_ANSWER_WORDS
            )
        if continues and fits and after[0].kind == "sentence" and after[0].position not in picked:
            picked[after[0].position] = after
            added += size
    return added


def keep_context(
    pool: list[tuple[Unit, list[str]]],
    picked: dict[int, tuple[Unit, list[str]]],
    first: Unit,
    spare_for: Unit | None = None,
) -> None:
    """A sentence that refers back ("It", "These", "However") comes with the sentence
    before it, or is left out when that one does not fit. For ``spare_for`` (the sentence
    that answers, when the question asks what it says, not what the term is) the opening
    gives way to its antecedent first. A sentence left out is never brought back (so this
    ends: each unit is added and dropped at most once)."""
    dropped: set[int] = set()
    changed = True
    while changed:
        changed = False
        words = sum(count_words(u.text) for u, _ in picked.values())
        for position in sorted(picked):
            unit = picked[position][0]
            at = next(i for i, (u, _) in enumerate(pool) if u is unit)
            if unit is first or at == 0 or not refers_back(unit.text):
                continue
            before = pool[at - 1]
            if before[0].position in picked:
                continue
            fits = words + count_words(before[0].text) <= MAX_ANSWER_WORDS + CONTEXT_SLACK
            usable = before[0].kind == "sentence" and not is_filler(before[0].text)
            spared = words - count_words(first.text) + count_words(before[0].text)
            spare = unit is spare_for and first.position in picked and not fits
            spare = spare and spared <= MAX_ANSWER_WORDS + CONTEXT_SLACK
            if usable and (fits or spare) and before[0].position not in dropped:
                if spare:  # "... respectively." + "For example, ... this is crkeng"
                    del picked[first.position]
                    dropped.add(first.position)
                picked[before[0].position] = before
            elif len(picked) > 1:
                del picked[position]
                dropped.add(position)
            else:
                continue  # the only sentence left stays, even without its antecedent
            changed = True
            break


# "The HEAD in such a state is called 'detached'": a sentence that gives a thing its name
_CALLED = lazy_regex(r"(?i)\b(?:is|are)\s+(?:then\s+)?(?:called|termed|known\s+as)\b")


def _says_unsaid(title: str, picked: dict[int, tuple[Unit, list[str]]], unit: Unit) -> bool:
    """The unit calls something by the title's words that no picked sentence says: it
    names what the title is ("... is called 'detached'" after the "Normally the HEAD")."""
    said = {stem(t) for u, _ in picked.values() for t in tokenize(u.text)}
    unsaid = {stem(t) for t in tokenize(title)} - said
    named = _CALLED.search(unit.text) is not None
    return named and bool(unsaid) and unsaid <= {stem(t) for t in tokenize(unit.text)}


def grow(
    pool: list[tuple[Unit, list[str]]],
    first: Unit,
    picked: dict[int, tuple[Unit, list[str]]],
    words: int,
    limit: int,
    title: str = "",
) -> int:
    """Add the sentences that follow the definition in its paragraph, up to ``limit`` words;
    past it, the sentence that calls something by the title's words left unsaid ("The HEAD
    in such a state is called 'detached'.") ends the definition, up to the answer's length."""
    barrier = False  # a heading after the definition ends its paragraphs
    listed = item_blocks(pool)
    for unit, ids in pool:
        if unit.position <= first.position:
            continue
        barrier = barrier or unit.section != first.section
        if unit.position in picked:
            continue
        other_block = unit.block != first.block or unit.position - first.position > 3
        if unit.kind != "sentence" or (other_block and words >= CROSS_BLOCK_WORDS):
            continue
        if other_block and unit.block in listed - {u.block for u, _ in picked.values()}:
            break  # "1. Includes both pristine and managed forests ...": a note, no growth
        if other_block and barrier:
            continue  # a later section's sentence ("AWS: When deploying ...") is no growth
        if is_filler(unit.text) or repeats(unit, picked):
            continue
        size = count_words(unit.text)
        if words + size > limit and words >= SHORT_DEFINITION:
            if words + size <= MAX_ANSWER_WORDS and _says_unsaid(title, picked, unit):
                picked[unit.position] = (unit, ids)
                words += size
            break
        picked[unit.position] = (unit, ids)
        words += size
    return words


# "should i just delete those rows", "how do i fix it": what to do is asked
_ASKS_ADVICE = lazy_regex(r"(?i)\b(?:should|shall|can|could|must|do)\s+(?:i|we)\b")


def up_to_asked(
    q: Question,
    pool: list[tuple[Unit, list[str]]],
    asked: list[Unit],
    first: Unit,
    title: str,
    idf: Idf,
) -> list[tuple[Unit, list[str]]]:
    """The units the definition may grow by: when the question asks one thing of the term
    (not what it is, not two things) and a sentence right after the definition says it,
    none from the first sentence past it that says neither the entry's name nor any of
    the question's words ("uas meaning, the military name for drones": UAV's opening and
    its "In the military, these are increasingly called ... (UAS)", not the ground and
    underwater vehicles after it); a sentence that names the term still says of it."""
    one_ask = q.shape not in ("define", "expand", "list") and not q.two_part
    later = [u.position for u in asked if u is not first]
    if not one_ask or not later or _ASKS_ADVICE.search(q.text):
        return pool  # "should i just delete those rows": the remedy after it answers too
    for unit, _ in pool:
        if unit.position <= max(later) or unit.kind != "sentence":
            continue
        said = coverage(q.words, unit, idf) > 0 or (title and mentions(unit.text, title))
        if not said:
            return [x for x in pool if x[0].position < unit.position]
    return pool
