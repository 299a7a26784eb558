"""Where a clause starts inside a question's noun phrase: a finite verb after its
subject ("an apartment [sits] empty"), a participle or place that describes the thing, a
second question about it, an adverb made from an adjective."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from rag_glossary.coverage.wordclasses import (
    AUXILIARY,
    BASE_VERBS,
    BE,
    BOUNDARY,
    DETERMINERS,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    MODALS,
    PARTICLES,
    PERSONAL_WORDS,
    PREPOSITIONS,
    QUANTIFIERS,
    VAGUE,
    WH_WORDS,
)
from rag_glossary.everyday import everyday_words

_ASKS_AGAIN = [[w] for w in ("how", "why", "what", "when", "where", "which")]
_ARTICLES = frozenset(("the", "a", "an"))

# "and do i need one", "and should we use it", "and is it worth it": a yes/no question
# opens on an auxiliary or modal, then its pronoun subject
_YES_NO_SUBJECTS = frozenset(str.split("i we you it they one people"))


def _asks_again(after: Sequence[str]) -> bool:
    """Whether the words after a term open a second question about it ("glove and how is
    it different ...", "service mesh and do i need one"), not words describing it."""
    if after[:1] not in (["and"], ["or"]) or len(after) < 2:
        return False
    if [after[1]] in _ASKS_AGAIN:
        return True
    opens = after[1] in AUXILIARY | MODALS | BE
    return opens and len(after) >= 3 and after[2] in _YES_NO_SUBJECTS


def _finite_possible(said: Sequence[str]) -> bool:
    """Whether a base-form verb may be a clause's verb after a singular subject: the
    question holds do, a modal or "to" ("how does X use Y", "when to use Y"), or a
    wh-word with no form of be, whose "does" the user may have dropped ("how X help Y");
    True when its words are not given."""
    helped = AUXILIARY | MODALS | {"to"}
    dropped_do = bool(WH_WORDS.intersection(said)) and not BE.intersection(said)
    return not said or bool(helped.intersection(said)) or dropped_do


_NOT_SUBJECTS = PERSONAL_WORDS | VAGUE | QUANTIFIERS | DETERMINERS | WH_WORDS


def _singular(word: str) -> bool:
    """Whether a word reads as a singular noun, which a base-form verb does not agree with
    ("private use", not "models use", "people use", "they use")."""
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return not plural and word not in _NOT_SUBJECTS and word not in FUNCTION_WORDS


# prepositions of place: "on", "along", "at" ... a part of something
_LOCATIVE = frozenset(
    str.split("on at along alongside behind beneath below above beside around underneath")
)
_PART_OF_WHOLE = 3  # "on the [back half] of": at most this many words name the part


def _locates(rest: Sequence[str], places: frozenset[str] = _LOCATIVE) -> bool:
    """ "on the back half of a caterpillar", "along the sides of a leaf": a place
    preposition, then a part of a whole; the phrase before it says where a thing sits."""
    if not rest or rest[0] not in places:
        return False
    part = list(itertools.takewhile(lambda w: w != "of", rest[1:]))
    named = [w for w in part if w not in _ARTICLES]
    return 1 <= len(named) <= _PART_OF_WHOLE and len(part) + 1 < len(rest) - 1


# "counts as", "sits empty": what an "-s" verb's complement may open with
_COMPLEMENT_OPENS = frozenset(("as",))


def _finite_verb_cut(tokens: Sequence[str], i: int, said: Sequence[str]) -> int | None:
    """ "an apartment sits empty", "a landlord advertises for", "vacancy level counts as":
    an "-s" word after a singular noun is that noun's verb when an article opens the noun
    (no "an apartment sits" is one noun) or "as" follows it; the term ends before the
    verb (an article inside, "rent a landlord", leaves no clean name).
    Only in a question with no other finite verb (no be, do or modal)."""
    token, before = tokens[i], tokens[i - 1]
    plural_form = token.endswith("s") and not token.endswith(("ss", "us", "is", "ics"))
    if len(token) < 4 or not plural_form or not _singular(before) or before in BOUNDARY:
        return None
    if (BE | AUXILIARY | MODALS).intersection(said):
        return None  # "what are neural networks as ...": the question has its verb
    # the article opens a clause inside the phrase ("rent [a landlord advertises]") or
    # follows a degree ("how long [an apartment sits]"); "a random effects model" is a noun
    if i >= 3:
        article = tokens[i - 2]
    else:
        at = [n for n, w in enumerate(said) if w == before]
        degree = bool(at) and at[0] >= 3 and said[at[0] - 3] == "how"
        article = said[at[0] - 1] if degree else ""
    if article in ("a", "an"):
        return i
    after = tokens[i + 1 : i + 2]
    return i if after and after[0] in _COMPLEMENT_OPENS else None


def _past(token: str) -> bool:
    return token in IRREGULAR_PAST or (
        len(token) >= 5 and token.endswith("ed") and not token.endswith("eed")
    )


def _verb_then_particle(tokens: Sequence[str], i: int) -> bool:
    """ "database [made] for storing", "cofounder [went] on to": a past tense or
    participle then a preposition ends the noun phrase ("random seed for" does not)."""
    return _past(tokens[i]) and i + 1 < len(tokens) and tokens[i + 1] in PARTICLES


def _placed(rest: Sequence[str]) -> bool:
    """ "wrapped around the brain", "found in the retina": a past participle after a
    noun, then a place preposition and what it names, says where the thing sits; the noun
    before it is described, not named."""
    return len(rest) > 2 and _past(rest[0]) and rest[1] in _ANY_PLACE


# adverbs that sharpen a place ("right in", "just below", "directly above"); they say
# where, so a phrase they open is no part of a name
_INTENSIFIERS = frozenset(str.split("right just directly exactly smack slap squarely"))
_ANY_PLACE = _LOCATIVE | frozenset(str.split("in inside within near under over"))


def _intensified_place(rest: Sequence[str]) -> bool:
    """ "right in the middle of a hurricane": an intensifier, then a part of a whole
    ("in" counts as a place only after one; "property right in land" names no part)."""
    return len(rest) > 1 and rest[0] in _INTENSIFIERS and _locates(rest[1:], _ANY_PLACE)


_MIN_STEM = 4  # "early", "only": a shorter stem is no adjective the adverb is made from


_DO_SUPPORT = frozenset(("do", "did"))


def plain_plural(word: str) -> bool:
    """Whether a word is the plural of an everyday noun ("charities", "doctors", "boxes")."""
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    singulars = {word[:-1]}
    if word.endswith("ies"):
        singulars.add(word[:-3] + "y")
    if word.endswith("es"):
        singulars.add(word[:-2])
    return any(len(s) >= _MIN_STEM - 1 and s in everyday_words() for s in singulars)


def derived_adverb(word: str) -> bool:
    """Whether an "-ly" word is an adverb made from an everyday adjective ("roughly",
    "exactly", "typically", "easily"); "anomaly", "family", "assembly",
    "supply" are nouns, no adjective plus "-ly"."""
    if not word.endswith("ly"):
        return False
    stems = {word[:-2]}
    if word.endswith(("ably", "ibly")):
        stems.add(word[:-1] + "e")  # probably: probable
    if word.endswith("ily"):
        stems.add(word[:-3] + "y")  # easily: easy
    if word.endswith("ally"):
        stems.add(word[:-4])  # basically: basic
    return any(len(s) >= _MIN_STEM and s in everyday_words() for s in stems)


# pronoun subjects of a clause ("the trick [they use] for ..."), besides "-s" plurals
_CLAUSE_PRONOUNS = frozenset(str.split("i we you they people"))
# everyday verbs whose object a contact clause leaves before it ("the newspaper people
# read", "the gear you wear"): general English, beside the boundary's base forms
_CLAUSE_VERBS = frozenset(str.split("read see call eat wear play watch hear buy sell know find"))
_NOT_NOUNS = (
    FUNCTION_WORDS | BOUNDARY | VAGUE | _NOT_SUBJECTS | BE | AUXILIARY | MODALS
) | frozenset(str.split("am both each either neither"))


def contact_clause(tokens: Sequence[str], i: int, said: Sequence[str]) -> bool:
    """ "the weight unit [jewellers use] for stones", "the word [they use] for it": a
    relative clause with no "that": after a noun, a plural noun or a pronoun, then a verb
    it agrees with whose object is the noun before (a preposition or nothing follows the
    verb: "models use attention" has its object). The term ends before the subject.
    Not where do or a modal makes the verb the question's ("what do data scientists use")."""
    if i < 2 or (AUXILIARY | MODALS).intersection(said):
        return False
    noun, subject, verb = tokens[i - 2], tokens[i - 1], tokens[i]
    gap = tokens[i + 1 : i + 2] in ([], *([w] for w in PARTICLES | PREPOSITIONS))
    # "both [alleles show up]": no noun before; "mixing engineers": a gerund modifies
    # the subject, one compound ("am i supposed": a verb, a question's own clause)
    if not gap or noun in _NOT_NOUNS or noun.endswith("ing"):
        return False
    if subject in _CLAUSE_PRONOUNS:
        return verb in BASE_VERBS | _CLAUSE_VERBS or _past(verb)
    plural = subject.endswith("s") and not subject.endswith(("ss", "us", "is"))
    return plural and subject not in _NOT_SUBJECTS and verb in BASE_VERBS


# "-way(s)" and "-ward(s)" adverbs are made from a particle or determiner ("backwards",
# "anyway", "afterwards") or from a share or side of a thing ("halfway", "midway",
# "sideways", "lengthways"); "highway", "reward", "gateway", "award" are nouns
_WAY_STEMS = frozenset(str.split("half mid part side length cross end edge down after under"))


def adverb_shaped(word: str) -> bool:
    """Whether a word is an adverb by its shape: "-ly" made from an everyday adjective
    ("roughly") or "-way(s)"/"-ward(s)" made from a particle, determiner or part word."""
    if derived_adverb(word):
        return True
    stems = (_WAY_STEMS | PARTICLES | DETERMINERS | FUNCTION_WORDS) - _ARTICLES
    for suffix in ("wards", "ward", "ways", "way"):
        if word.endswith(suffix) and word != suffix:
            return word[: -len(suffix)] in stems
    return False
