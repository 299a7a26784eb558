"""The units of the chosen entry that answer: its definition (grown in ``growth``), the
sentences that cover the question's own words or carry its cue (a reason, a number), and
the list that answers when one is asked for."""

from __future__ import annotations

from rag_glossary.answer.asked_items import asked_items
from rag_glossary.answer.cues import (
    cue_for,
    defines_asked,
    later_answer,
)
from rag_glossary.answer.definition import definition_of, headed_definition
from rag_glossary.answer.fields import asks_judgement
from rag_glossary.answer.group_names import own_name
from rag_glossary.answer.growth import (
    CONTEXT_SLACK,
    MAX_ANSWER_WORDS,
    SHORT_DEFINITION,
    continues,
    follow_on,
    grow,
    keep_context,
    repeats,
    up_to_asked,
)
from rag_glossary.answer.headed_parts import headed_items
from rag_glossary.answer.list_pieces import list_statement
from rag_glossary.answer.lists import (
    QUESTION_WORDS,
    bridge,
    introduces,
    lead_names_asked,
    list_after,
    quotes_member,
)
from rag_glossary.answer.named_part import labelled_term, named_part
from rag_glossary.answer.names import clean_title, core
from rag_glossary.answer.next_said import next_says_more, said_between
from rag_glossary.answer.open_part import open_part
from rag_glossary.answer.overlap import Idf, coverage
from rag_glossary.answer.passage import leading_unit, meaning_unit, own_line, titled_unit
from rag_glossary.answer.pieces import (
    Group,
    Statement,
    count_words,
    display_name,
    entry_focus,
    is_item,
    statement,
    unnamed_focus,
)
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit
from rag_glossary.answer.unit_checks import (
    MIN_COVERAGE,
    add_copy,
    judged_unit,
    lost_asked,
    names_other,
    opening_answers,
    second_part,
    wants_list,
)
from rag_glossary.answer.unit_roles import refers_back
from rag_glossary.answer.unit_score import unit_score as _score
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.unit_vectors import UnitSimilarity

DEFINE_WORDS, NEAR_WORDS = 70, 60  # a definition's growth: alone, toward a picked asked one
ANSWERED = 0.5  # a unit covering this much of the question's own words answers it


def _answer_units(
    q: Question,
    group: Group,
    idf: Idf,
    rank: int,
    similarity: UnitSimilarity | None = None,
    *,
    described: bool = False,
) -> list[Statement]:
    """``described``: the question names no key term, it describes one (what it is is
    the answer, so the definition leads and grows as one)."""
    focus = entry_focus(q, group.hits[0])
    pool = headed_items(q, group.units)  # "##### Limitations:" over one point a paragraph
    title = clean_title(group.hits[0].title)
    definition = definition_of(pool, title)
    # "whats a hyperparameter" in "Model Parameters Vs Hyperparameters": under its heading
    headed = headed_definition(pool, q.term) if names_other(q, group) else None
    if headed is not None:
        pool = [headed if ids is headed[1] else (u, ids) for u, ids in pool]  # its ids list
        definition = headed
    later_names = False  # the asked term is named by a later unit, not the entry's opening
    if (rest := unnamed_focus(q, group.hits[0])) and definition is not None:
        # the asked term is not the entry's: a later unit that names it answers
        # ("ndcg": "... (NDCG) - graded relevance"), when the opening does not
        later_names = coverage(rest, definition[0], idf, forms=True) < MIN_COVERAGE and any(
            coverage(rest, u, idf, forms=True) >= ANSWERED for u, _ in pool
        )
        focus = rest if later_names else focus
        if later_names and (own := own_line(q, pool)) is not None:
            return [statement(own, rank, title)]  # "icmp stands for what": its own line
    # listed questions answer nothing when the entry also lists statements and the
    # question does not ask for questions
    statements_listed = not q.words & QUESTION_WORDS and any(
        is_item(u) and not u.text.endswith("?") for u, _ in pool
    )
    if statements_listed:
        pool = [(u, ids) for u, ids in pool if not u.text.endswith("?")]
    scored = sorted(
        ((_score(q, focus, u, idf), u, ids) for u, ids in pool),
        key=lambda x: (-x[0], x[1].position),
    )
    best_score, best_unit, _ = scored[0]
    first_item = next((x for x in scored if is_item(x[1])), None)
    # "how do people make them smaller": no sentence says it, the entry's list does
    # "steps to find optimal model parameters": the definition says the words, the list the steps
    restates = bool(
        title and definition and best_unit is definition[0] and not is_item(definition[0])
    )
    list_asked = first_item is not None and (
        (q.shape == "list" and (best_score < MIN_COVERAGE or restates))
        or lead_names_asked(q, first_item[1])
    )
    if list_asked and first_item is not None:
        best_score, best_unit, _ = first_item
    if list_asked or (
        wants_list(q, best_unit, best_score)
        and (definition is None or best_score > _score(q, focus, definition[0], idf))
    ):
        # a lead-in that refers back ("Specifically, it works like this:") needs the definition
        opening = (
            definition
            and (title or defines_asked(q, definition[0]))
            and (
                q.shape != "list"
                or q.names_term
                or restates
                or refers_back(best_unit.lead)
                or (described and _EXAMPLE_LEAD.match(best_unit.lead) is not None)
            )
        )
        named = (
            statement(definition, rank, title, display_name(group), q.words) if definition else None
        )
        lead = [named] if opening and named else []
        more = continues(pool, definition[0], q.names_term) if definition else None
        if lead and more is not None:
            lead.append(statement(more, rank, title))  # "... It works by constructing a tree"
        shown = asked_items(q, focus, pool, best_unit, rank, "" if lead else title, idf)
        return [*lead, shown or list_statement(pool, best_unit, rank, "" if lead else title)]
    if definition is None:  # an entry that is only a list
        return [list_statement(pool, pool[0][0], rank, title)]
    picked: dict[int, tuple[Unit, list[str]]] = {}
    asked: list[Unit] = []  # the units picked for the question's own words
    words = 0
    cue = cue_for(q)
    # why: the entry's first reason; a number or a contrast: the one that best covers the question
    order = [x for x in pool] if q.shape == "why" else [(u, ids) for _, u, ids in scored]
    reason = next(
        (
            (u, ids)
            for u, ids in order
            if cue and u is not pool[0][0] and u.kind == "sentence" and cue.search(u.text)
        ),
        None,
    )
    if reason is None and asks_judgement(q.shape, q.text):
        reason = judged_unit(group, pool)  # "Notes: Excellent strength (resists pulling apart)"
        pool = [*pool, reason] if reason is not None else pool
    if reason is not None:  # the first reason, or number, the entry gives
        picked[reason[0].position] = reason
        words += count_words(reason[0].text)
        asked.append(reason[0])
    if (part := named_part(q, pool, definition, similarity, MAX_ANSWER_WORDS)) is not None:
        picked[part[0].position] = part  # "whats it called when ...": the part that names it
        words += count_words(part[0].text)
        asked.append(part[0])
    elif (labelled := labelled_term(q, group.hits[0], pool, definition)) is not None:
        # "selection mask" in Masks: "Channel Mask, also called Selection Mask: ..."
        picked[labelled[0].position] = labelled
        words += count_words(labelled[0].text)
        asked.append(labelled[0])
    # a question naming the entry's term is answered first by its opening: the asked
    # sentences take the room it leaves ("what is a multimodal model and how does it help")
    # "manifold learning isomap": the entry's name, then what is asked of it, names it too
    names_entry = q.names_term and (not later_names or core(q.term).startswith(f"{core(title)} "))
    opening_words = count_words(definition[0].text) if names_entry else 0
    if focus and best_score >= MIN_COVERAGE:
        floor = max(MIN_COVERAGE, 0.5 * best_score)
        for score, unit, ids in scored[:6]:
            kept = definition[0].position in picked or unit is definition[0]
            room = words + (0 if kept else opening_words) + count_words(unit.text)
            fits = not picked or room <= MAX_ANSWER_WORDS
            new = unit.position not in picked and not repeats(unit, picked)
            if score >= floor and unit.kind == "sentence" and len(picked) < 3 and fits and new:
                picked[unit.position] = (unit, ids)
                words += count_words(unit.text)
                asked.append(unit)
    later = later_answer(q, focus, scored, definition, MAX_ANSWER_WORDS) or open_part(
        q, focus, scored, definition, idf, MIN_COVERAGE, MAX_ANSWER_WORDS
    )
    if not picked and later is None and not title:
        later = titled_unit(pool, group.hits[0].title)
    if not picked and later is None:
        later = leading_unit(q, focus, scored, definition, MAX_ANSWER_WORDS)
    if not picked and later is None:
        later = meaning_unit(q, pool, definition, similarity, MAX_ANSWER_WORDS, MAX_ANSWER_WORDS)
    if not picked and later is not None:
        picked[later[0].position] = later  # "... typically half of the traffic goes to ..."
        words += count_words(later[0].text)
        asked.append(later[0])
    if q.two_part and q.names_term and not [u for u in asked if u is not definition[0]]:
        # "what is X and what happens if ...": the definition answers the first part; the
        # sentence closest to the second part's words answers it, though under MIN_COVERAGE
        opening_words = 0 if definition[0].position in picked else count_words(definition[0].text)
        second = second_part(q, scored, definition[0], words + opening_words)
        if second is not None:
            picked[second[0].position] = second
            words += count_words(second[0].text)
            asked.append(second[0])
    opening_fits = words + count_words(definition[0].text) <= MAX_ANSWER_WORDS
    # an annotation (its title is no name) whose asked sentence answers: its unrelated
    # first sentence is a neighbour, not a definition ("Model is trained end-to-end ...")
    # "what is a local perturbation": the opening sub-item ("Perturbation Size: ...") of
    # an entry of labelled sub-items is a sibling of the one asked, not a definition
    aside = (later_names and is_item(definition[0]) and best_unit.block != definition[0].block) or (
        not title
        and q.shape not in ("define", "expand")
        and best_score >= ANSWERED
        and _score(q, focus, definition[0], idf) < MIN_COVERAGE
    )
    if not picked or (opening_fits and not aside):
        if definition[0].position not in picked:  # an asked definition is counted once
            picked[definition[0].position] = definition
            words += count_words(definition[0].text)
        # asked-for sentences that follow the definition closely are part of its growth
        first = definition[0]
        near = all(u.block == first.block and 0 < u.position - first.position <= 3 for u in asked)
        by_itself = not focus or len(picked) == 1  # distsys-018: NEAR_WORDS, no cURL line
        limit = DEFINE_WORDS if by_itself else NEAR_WORDS if near else SHORT_DEFINITION
        if q.two_part and q.names_term and all(u is first for u in asked):
            # "what is X and what does it need": no sentence says the second part's words,
            # so the definition's paragraph may go on to the whole answer's length
            limit = MAX_ANSWER_WORDS
        # "who created objectivism": the opening says it; the sentences after it answer nothing
        if not opening_answers(q, focus, first, asked, idf):
            # "what is hollandaise and how do you fix it": the fix's sentences, far from
            # the definition, are the second part's words; a short opening ("... is one
            # of the five mother sauces.") still gets its next sentence ("It is ...")
            alone = count_words(first.text) if q.two_part and q.names_term and not near else words
            grown = up_to_asked(q, pool, asked, first, title, idf) if near else pool
            words += grow(grown, first, picked, alone, limit, title) - alone
    words += follow_on(pool, picked, asked, words, q.shape == "why" and not q.two_part)
    next_says_more(pool, picked, asked, focus, idf)
    # "what does crkeng stand for ...": a later sentence answers, not the definition
    # (only when the opening itself says none of the question's words)
    spare = not q.names_term and any(u is not definition[0] for u in asked)
    spare = spare and _score(q, focus, definition[0], idf) < MIN_COVERAGE
    best_asked = max(asked, key=lambda u: _score(q, focus, u, idf)) if spare else None
    keep_context(pool, picked, definition[0], best_asked)
    # what keep_context left out ("Hence, ..." after a table) no longer counts
    words = sum(count_words(u.text) for u, _ in picked.values())
    words += said_between(pool, picked, words) if q.two_part else 0  # opening to second part
    if lost_asked(asked, picked, definition[0]):
        # "what is sea level rise and what ... causing it": the asked sentence ("Because of
        # all this, ...") went with its antecedent: the opening grows as it would alone
        limit = MAX_ANSWER_WORDS if q.two_part and q.names_term else DEFINE_WORDS
        words = sum(count_words(u.text) for u, _ in picked.values())
        words = grow(pool, definition[0], picked, words, limit, title)
    # the entry's list, not its explanatory notes: a short definition says what the term
    # is ("The conversion of forest to other land use ..."); its notes qualify it
    notes = next((u.position for u, _ in pool if _NOTES.fullmatch(u.lead)), None)
    items = [
        u
        for u, _ in pool
        if u.kind == "item"
        and (notes is None or u.position < notes)
        and not _RELATION.match(u.lead)
    ]
    listed: Statement | None = None
    # "Machine Learning Operations." says too little: the entry's list follows, unless the
    # answer already quotes one of its items ("B-frame: ..." of the frame types)
    if words < SHORT_DEFINITION and items and not quotes_member(picked.values(), items[0]):
        listed = list_statement(pool, items[0], rank, "")
    elif (follows := list_after(pool, max(picked))) is not None and (
        q.shape == "list" or introduces(q, focus, picked[max(picked)][0], follows, idf)
    ):
        bridge(pool, picked, follows, CONTEXT_SLACK)
        listed = asked_items(q, focus, pool, follows, rank, "", idf) or list_statement(
            pool, follows, rank, ""
        )  # "These methods ..." + "Methods:"
    if listed is None and q.shape not in ("number", "why", "list"):
        # the title's other copy, when it says more; a cue's sentence (a number, a reason)
        # already answers, and a list is its own answer
        add_copy(group, pool, picked)
    ordered = [picked[p] for p in sorted(picked)]
    name = display_name(group)
    out = [
        statement(x, rank, title, name if i == 0 else own_name(group, x[1], ordered[0][1]), q.words)
        for i, x in enumerate(ordered)
    ]
    return out + ([listed] if listed is not None else [])


# "Example: "CT Chest with Contrast"": a list that shows an instance says not what the
# term is, so the definition leads it (a described question is answered by what it is)
_EXAMPLE_LEAD = lazy_regex(r"(?i)(?:(?:examples?|for\s+(?:example|instance))\b|e\.\s?g\.)")
_NOTES = lazy_regex(r"(?i)(?:explanatory\s+)?notes?\W*")
# "Is a: - word class", "Part of", "Broader terms": a thesaurus's relation list names other
# entries; it says nothing of what the term is, so a short definition does not grow by it
_RELATION = lazy_regex(
    r"(?i)(?:is\s+an?|is\s+a\s+kind\s+of|part\s+of|contains|has\s+parts?|instance\s+of"
    r"|broader(?:\s+terms?)?|narrower(?:\s+terms?)?|related(?:\s+terms?)?|see\s+also"
    r"|hypernyms?|hyponyms?|meronyms?|holonyms?)\W*$"
)
