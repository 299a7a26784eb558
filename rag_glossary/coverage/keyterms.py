"""Key-term extraction: the term a question asks about, scaffolding stripped.

Its sub-stages live beside it: which part of the question asks (asking_part.py), where
the question's verb stands (verb_place.py), terms asked about beside the first
(more_terms.py), a compared pair, a word list or a glossed phrase (listed_terms.py); the
noun phrase itself is noun_phrase.py's.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from itertools import dropwhile

from rag_glossary.coverage.asked_back import asked_back
from rag_glossary.coverage.asking_part import EXAMPLE, SENTENCE_END, asking_part, wondered
from rag_glossary.coverage.listed_terms import compared_pair, glossed_term, word_list
from rag_glossary.coverage.more_terms import (
    after_kind_and_verb,
    gerund_object,
    measured_in,
    with_qualifier,
)
from rag_glossary.coverage.noun_phrase import (
    _TERM_MAX_WORDS,
    KeyTerm,
    _key_term,
    _names_cleanly,
    _reads_as_name,
)
from rag_glossary.coverage.phrases import article_compounds, compounds, phrase_key, words
from rag_glossary.coverage.question_forms import (
    asks_for_a_name,
    opens_with_action,
    runs_into_its_verb,
)
from rag_glossary.coverage.scaffolding import (
    ASKING,
    meaning_before_setting,
    setting_after_meaning,
    strip_scaffolding,
)
from rag_glossary.coverage.term_words import function_words, wh_subject_verb_dropped
from rag_glossary.coverage.topic import comma_parts, topic_first
from rag_glossary.coverage.verb_place import (
    DOES,
    degree_do_verb_dropped,
    ends_in_verb,
    late_do_verb_dropped,
    passive_verb_dropped,
    pronouns_verb,
    verb_before_as,
    verb_inside,
    verb_placed,
)
from rag_glossary.coverage.wordclasses import (
    BASE_VERBS,
    BE,
    GENERIC,
    PARTICIPLE_ENDINGS,
    PARTICLES,
    PLACE_COUNTS,
    PLACE_PREPOSITIONS,
)

__all__ = [
    "ASKING",
    "KeyTerm",
    "compounds",
    "extract_key_terms",
    "phrase_key",
    "strip_scaffolding",
    "words",
]

_BARE_BE = frozenset(("be", "have"))
_WH = re.compile(
    r"(?:what|which|how many|how much) "
    r"(?!(?:s|is|are|was|were|does|do|did|can|could|should|would|will)\b)"
)
_ASKED_ABOUT = re.compile(
    r"(\S+(?: \S+){0,3}?) (?:does|do|did|is|are|was|were|has|have|can) (\S.*)"
)
# "seen as ...", "computed when ...": a clause or a preposition may follow the verb.
_ABOUT_SUBJECT = re.compile(r"(?:what|how) (?:does|do|did) (?!(?:i|you|we|one|they|people)\b)")
# "why clip gradients", "when to use dropout": a bare verb right after the wh-word
# (or after "to" / "do we"); its object, or the verb and object together, is the term.
_VERB_LED = re.compile(
    r"(?:why|when|how) (?:to |(?:do|does|did|should|would|can|could|must) "
    r"(?:i|we|you|one|people|they) )?"
    r"(?!(?:s|is|are|was|were|do|does|did|can|could|should|would|will|not|to|exactly"
    r"|actually|the|a|an|many|much|often|far|long|big|large|small|well|fast|good)\b)"
    # "how accurate is gps": a degree asked, no verb leading
    r"(?!\w+ (?:is|are|was|were)\b)"
    r"(\w+) (.+)"
)


def extract_key_terms(question: str) -> list[KeyTerm]:
    """The key term(s) of a question; two for "difference between X and Y".

    Only the first sentence or clause counts ("markov chain: ...", "what is
    RLHF? I keep hearing ..."): the term comes before the first ?, !, : or ;.
    A new list each call (callers edit it); the terms are frozen and depend on the
    question alone, so a search's second lookup (with its hits) reuses the first's.
    """
    return list(_key_terms(question))


@functools.lru_cache(maxsize=1024)
def _key_terms(question: str) -> tuple[KeyTerm, ...]:
    question = asked_back(question)
    # "by how many degrees does the moon's libration swing": the preposition belongs to
    # the wh-phrase asked; the key term is looked for after it, as without it
    question = _PREPOSITION_BEFORE_WH.sub("", question, count=1)
    terms = [function_words(t) for t in _extract(question)]
    if re.search(r",[^,]* and ", question):
        # "trimming, capping and winsorizing outliers": a comma makes "and" end a list
        terms = [replace(t, coordinated="") for t in terms]
    if asks_for_a_name(" ".join(words(question))) and any(t.continues for t in terms[:1]):
        # "is there a name for training where ...": the user describes what is asked
        # (a bare "is there a name for batch normalization" still names it)
        terms = [replace(t, term_style=False) for t in terms]
    if _DEGREE_ASKED.match(" ".join(words(question))):
        # "how small a place can the survey cover": the noun is the degree's, a described
        # question about something else, no name asked
        terms = [replace(t, term_style=False, clean=False) for t in terms]
    if _ATTRIBUTE_ASKED.match(" ".join(words(question))):
        # "what lumber sizes are typical for wall framing members": a plural attribute
        # asked, then what it is typical of; the thing is described, no name asked
        terms = [replace(t, term_style=False, clean=False) for t in terms]
    if _ATTRIBUTE_OF.match(" ".join(words(question))) and len(terms) == 2:
        # "what file format are ros robot model descriptions written in": the noun after
        # the wh-word is the attribute asked (a format, a unit, a base), the phrase after
        # "are" the subject it is asked of, as after "does" (term_check._qualifier_dropped)
        terms[1] = replace(terms[1], subject=True)
    if _SPAN_ASKED.match(" ".join(words(question))) and len(terms) == 2 and terms[1].subject:
        # "how many years do burned cd-rs last": the unit counted is the question's frame
        # (the answer's unit), no term; the subject it is asked of is what is asked about
        terms = terms[1:]
    if _SITUATION.match(" ".join(words(question))):
        # "when an outside company does part of your work for you": a conjunction, then a
        # clause's subject (a question puts a verb after "when"), describes a situation;
        # its noun phrase is who acts in it, no name asked. A lone noun ("when the
        # operator holds the camera by hand") keeps the strict bar: who acts is a common
        # word, and the thing described lies in the rest, which the bar judges.
        terms = [
            replace(t, term_style=t.term_style and " " not in t.text, clean=False) for t in terms
        ]
    if opens_with_action(question):
        # "training the model on less data": the gerund opening it is the doing described,
        # never a name to judge strictly or to say is missing
        terms = [replace(t, term_style=False, clean=False) for t in terms]
        terms = [*gerund_object(question), *terms] if len(terms) == 1 else terms
    # a pair's side can be left empty ("mean and median, what's the difference?"): no term
    terms = [t for t in (pronouns_verb(question, t) for t in terms) if t.text.strip()]
    return tuple(
        t
        if _names_cleanly(t.text, False) and _reads_as_name(t, verb_inside(question, t.text))
        else replace(t, clean=False)
        for t in terms
    )


_NEGATIONS = frozenset(("not", "never"))
_ATTRIBUTE_ASKED = re.compile(
    r"(?:what|which) (?:\w+ ){1,2}(?:"
    + "|".join(sorted(w + "s" for w in ASKING if not w.endswith("s")))
    + r") (?:are|is) (?:\w+ )?(?:typical|common|usual|normal|standard|best|used|needed)"
    r" (?:for|in|on|with) \w"
)
# a wh-word and its noun, a form of "be", the subject, a participle and a stranded
# preposition: "what unit is color temperature measured in", "... based on"
_ATTRIBUTE_OF = re.compile(
    r"(?:what|which) (?:\w+ ){1,2}(?:is|are|was|were) (?:\w+ )+?"
    r"\w+(?:ed|en|ilt|ade|ept|eld|old|own) (?:in|of|from|on|with)"
)
_HAS_A = re.compile(
    r"(?:does|do|did|can|could|will|would|should|must) "
    r"(?!(?:i|we|you|one|they|people|it|he|she)\b)"
    r"(?:(?:an?|the|your|my|our|this|that|each|every) )?"
    r"\w+(?: \w+){0,2}? (?:have|use|need|contain|include|require|carry|bear) "
    r"(?:an?|any) (\w+(?: \w+){0,2})"
)
_PUT_IN = re.compile(
    r"what (?:should|can|could|would|must|do|does) (?:i|we|you|one) \w+ (?:in|on|into|onto) "
    r"(?:(?:an?|the|my|your|our|their) )?(\w+(?: \w+){0,2})"
)
_SPAN_ASKED = re.compile(
    r"how many (?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|times)"
    r" (?:does|do|did|can|could|will|would|should|must|is|are)\b"
)
_SITUATION = re.compile(r"(?:when|whenever|if) (?:an?|the|your|my|our|someone|somebody) \w")
_PREPOSITION_BEFORE_WH = re.compile(
    r"^\s*(?:in|for|with|on|from|into|at|by|to|about)\s+(?=(?:what|how|which|whom)\b)",
    re.IGNORECASE,
)
_DEGREE_ASKED = re.compile(
    r"how (?!many\b|much\b)\w+ (?:a|an) \w+ (?:can|could|does|do|did|should|will|would|must|may)\b"
)


def _extract(question: str) -> list[KeyTerm]:
    question = wondered(question)
    parts = [EXAMPLE.sub("", part) or part for part in SENTENCE_END.split(question)]
    if len(parts) == 1:
        parts = comma_parts(parts[0])
    for at, part in enumerate(parts):
        rest = meaning_before_setting(strip_scaffolding(part))
        if phrase_key(rest.split()):
            question, rest = asking_part(part, rest, parts[at + 1 :])
            break
    else:
        return []
    if (pair := compared_pair(question, rest)) is not None:
        return pair
    if listed := word_list(question):
        return [KeyTerm(item, True, listed=True) for item in listed]
    if topic := topic_first(question):
        return [topic]
    if glossed := glossed_term(question):
        return [glossed]
    said = " ".join(words(question))
    alternatives = _YES_NO_ALTERNATIVES.fullmatch(rest)
    if alternatives and said.split()[0] in BE:
        # "is beam state global or scoped to something": X, then two things it may be
        return [_key_term(alternatives.group(1))]
    if part_asked := _HAS_A.fullmatch(said):
        # "does a sphagnum leaf have a costa": whether X has the part Y asks about Y; X
        # only says where to look, and a glossary with X and no Y lacks what is asked
        return [_key_term(part_asked.group(1))]
    if placed := _PUT_IN.fullmatch(said):
        # "what should i write in my dive log": after a modal and its pronoun the word is
        # a verb, whose object "what" asks; the place it goes in is the thing asked about
        return [_key_term(placed.group(1))]
    # "a metric combining precision and recall": a kind, then what it does.
    described = re.fullmatch(r"(?:a|an|the) (\w+) (\w+ing \w+ \w+.*)", said)
    if described and described.group(1) in GENERIC:
        return [_key_term(f"{described.group(1)} that {described.group(2)}")]
    # "what extra parameters does batchnorm add": the term may be either side.
    asked = _ASKED_ABOUT.fullmatch(rest)
    if asked and _WH.match(said):
        by_doing = asked.group(0).split()[len(asked.group(1).split())] not in BE
        after = asked.group(2)
        placed_in = not by_doing and after.split()[0] in PLACE_PREPOSITIONS and " " in after
        if after.split()[0] in BASE_VERBS | _BARE_BE and len(after.split()) > 1:
            # "how many cards can go in a deck": a verb right after the auxiliary has no
            # subject of its own (the wh-phrase is it); what follows is read as after "are"
            after, by_doing = after.split(maxsplit=1)[1], False
        if placed_in:  # "is inside the X", "are in one dmx universe": X, dmx universe
            place = after.split()[1:]
            after = " ".join(list(dropwhile(PLACE_COUNTS.__contains__, place[:-1])) + place[-1:])
        subject = _key_term(strip_scaffolding(after), by_doing)
        said_subject = subject.text.split()
        if subject.may_end_in_verb and len(said_subject) >= 2:
            # after "does", the subject is followed by its verb: "does batchnorm add"
            # ("do customers send back": a verb and its particle)
            dropped = 2 if len(said_subject) >= 3 and said_subject[-1] in PARTICLES else 1
            kept = said_subject[:-dropped]
            while len(kept) > 1 and kept[-1] in _NEGATIONS:
                kept = kept[:-1]  # "can the decoder not read": the negation is the verb's
            subject = replace(subject, text=" ".join(kept), may_end_in_verb=False)
        return [_key_term(asked.group(1)), replace(subject, subject=by_doing or placed_in)]
    does = DOES.match(said)
    rest = passive_verb_dropped(said, rest)
    rest = wh_subject_verb_dropped(said, rest)
    rest = late_do_verb_dropped(said, rest)
    rest = degree_do_verb_dropped(said, rest)
    if does is not None and does.group(1) in ("does", "do", "did"):
        rest = setting_after_meaning(rest)
    # "why are black box attacks seen as ...": after is/are, a participle ends the term
    ends = (rest.split()[-1], _key_term(rest).text.split()[-1]) if rest else ()
    verb_may_follow = does is not None and (
        does.group(1) not in BE or any(w.endswith(PARTICIPLE_ENDINGS) for w in ends)
    )
    # "how do i make a shell alias": the verb follows the pronoun, the term is its object;
    # "what does sampling bias mean": the verb after the term went with the scaffolding
    verb_may_follow = verb_may_follow and not verb_placed(said, does, rest)
    # "what does X do ...", "how does X work ...": X itself is asked about, however
    # long the rest ("why does X ..." asks about a situation; "how do i ..." about a task).
    named = _ABOUT_SUBJECT.match(said) is not None
    # the question is its scaffolding and this phrase: a long bare noun phrase may name
    terms = [
        _key_term(
            rest,
            verb_may_follow,
            named=named,
            joints=compounds(question) | article_compounds(question),
            bare=True,
            said=said.split(),
        )
    ]
    if does is not None and does.group(1) not in BE:
        terms[0] = ends_in_verb(said, verb_before_as(said, terms[0]))
    # "how does two-phase commit work": the verb went with the scaffolding, so the term
    # does not end in it ("how does a transformer know ..." still does)
    verb_follows = does is not None and does.group(1) not in BE
    verb_follows = verb_follows and not verb_placed(said, does, rest)
    if not _names_cleanly(terms[0].text, verb_follows) or runs_into_its_verb(said):
        terms[0] = replace(terms[0], clean=False)
    if named and not terms[0].term_style:
        # "how does the kv cache speed up generation": an unknown verb follows
        # the subject; its first words are what is asked about (two words last).
        head = terms[0].text.split()
        sizes = [*range(min(len(head) - 1, _TERM_MAX_WORDS), 2, -1), 1, 2]
        terms += [KeyTerm(" ".join(head[:n]), True) for n in sizes if n < len(head)]
    if whole := measured_in(said, rest, terms[0]):
        terms.append(whole)
    if qualifier := with_qualifier(rest, terms[0]):
        terms.append(qualifier)
    led = _VERB_LED.fullmatch(said)
    if led and len(led.group(2).split()) <= _TERM_MAX_WORDS:
        verb, obj = led.groups()
        # "pick k", "compute a confidence interval": a verb phrase names no thing
        action = replace(_key_term(f"{verb} {obj}"), clean=False)
        terms += [_key_term(strip_scaffolding(obj)), action]
    return terms + after_kind_and_verb(said, rest, terms[0])


# "X global or scoped to something", "X local or global": one word each side of "or"
# (the second perhaps with a prepositional tail) are what X may be, not words of X
_YES_NO_ALTERNATIVES = re.compile(
    r"(\S+(?: \S+)*?) \S+ or \S+(?: (?:to|in|on|for|by|with|at|across|per|of) .*)?"
)
