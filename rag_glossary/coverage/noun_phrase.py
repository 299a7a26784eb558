"""The key term as a noun phrase: where it ends in the stripped question, and
whether it names something."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from rag_glossary.coverage.clause_cues import (
    _DO_SUPPORT,
    _asks_again,
    _finite_possible,
    _finite_verb_cut,
    _intensified_place,
    _locates,
    _past,
    _placed,
    _singular,
    _verb_then_particle,
    adverb_shaped,
    contact_clause,
    derived_adverb,
    plain_plural,
)
from rag_glossary.coverage.phrases import FILLER, phrase_key
from rag_glossary.coverage.wordclasses import (
    AFTER_VERB,
    AUXILIARY,
    BASE_VERBS,
    BE,
    BOUNDARY,
    DETERMINERS,
    FUNCTION_WORDS,
    GENERIC,
    IRREGULAR_PAST,
    NOUN_ENDINGS,
    OPENS_NOUN_PHRASE,
    PARTICLES,
    PERSONAL_WORDS,
    PREPOSITIONS,
    RELATIVE,
    VAGUE,
)

_TERM_MAX_WORDS = 4  # a key term longer than this is a description, not a term
_ARTICLES = frozenset(("the", "a", "an"))
_BARE_NAME_MAX_WORDS = 6  # a question that is only a noun phrase may name this long a term
# "all the time", "all these papers": a predeterminer then a determiner
_DETERMINED = [[w] for w in (*DETERMINERS, "the", "a", "an")]
# nouns that relate the two things of "X to Y": "signal to noise ratio", "analog to digital
# converter" name one thing
_RELATES = frozenset(str.split("ratio ratios rate rates converter converters conversion"))
# adverbs of time that go with the verb after them ("last heard", "ever used"); not "first",
# which ends names ("mobile first")
_TIME_ADVERBS = frozenset(str.split("last ever once still already never recently"))
_NOW_ADVERBS = frozenset(str.split("nowadays currently anymore presently"))
REST_MAX_WORDS = 3  # content words outside the term that still leave it term-style
# prepositions a clause may end on ("what do they send through"), a closed class
_STRANDED = PARTICLES | frozenset(
    str.split("through across between against without under over like after before")
)


@dataclass(frozen=True)
class KeyTerm:
    """The term a question asks about, and whether the question is mostly that term."""

    text: str
    term_style: bool
    # "what does nprobe control in an index": the term's last word may be a verb.
    may_end_in_verb: bool = False
    # "how many parameters does gpt-4 have": the subject decides, not "parameters".
    subject: bool = False
    # One of a list, all of which are asked about: "rnn, cnn, gan and vae".
    listed: bool = False
    # Content words follow the term: "python library [for topic modelling]".
    continues: bool = False
    # A relative clause follows: "sales [that go up and down every week]".
    relative: bool = False
    # A noun phrase fit to name in "X is not in the glossary" ("transformer know" is not).
    clean: bool = True
    # The Y of "X with Y": what is asked when the glossary has X only in passing.
    qualifier: bool = False
    # ... said with an article ("the movie with the killer doll"): it may only identify X
    identifies: bool = False
    # "subtree pruning and regrafting": the whole phrase, when a list may be one name
    coordinated: str = ""


def _names_cleanly(term: str, verb_follows: bool) -> bool:
    """Not "transformer know" ("how does a transformer know ..."), "rank calculated"
    or "ignore all previous instructions": a verb or a determiner inside is a clause."""
    tokens = term.split()
    if len(tokens) < 2:
        return True
    # "person s joints": a possessive makes a phrase, not a name
    if tokens[-1].endswith("ed") or DETERMINERS.intersection(tokens[1:]) or "s" in tokens:
        return False
    return not (verb_follows and not tokens[-1].endswith((*NOUN_ENDINGS, "s")))


_SUBJECTS = frozenset(str.split("he she they"))  # "it", "we": PERSONAL_WORDS
_LEADING_QUANTIFIERS = frozenset(str.split("few several many lots much most no"))


def _reads_as_name(term: KeyTerm, verb_inside: bool = False) -> bool:
    """Whether "X is not in the glossary" names a thing: not a single letter ("k"), a
    pronoun phrase ("it tricky"), a quantified description ("few big institutions"),
    an action ("instead of shipping weights") or a clause ("word2vec turn words")."""
    tokens = term.text.split()
    if len(tokens) == 1:
        return len(tokens[0]) > 1
    # "shot they [give you]": a subject pronoun starts a clause the phrase runs into
    if PERSONAL_WORDS.intersection(tokens) or _SUBJECTS.intersection(tokens[1:]):
        return False
    if AUXILIARY.intersection(tokens):
        return False
    if {"a", "an"}.intersection(tokens[1:]):  # "partition of a stream": a description
        return False
    # "the same car": "same" points back to a thing said before; the phrase names none
    if tokens[0] in _LEADING_QUANTIFIERS | PREPOSITIONS | {"same"} or tokens[-1] in PARTICLES:
        return False
    # "of shipping weights": a preposition then a gerund describes an action
    if any(a in PREPOSITIONS and b.endswith("ing") for a, b in itertools.pairwise(tokens)):
        return False
    return not verb_inside


# verbs whose object makes the sense ("keeping track", "making use"), a closed class
_LIGHT_VERBS = frozenset(
    str.split("keeping getting making taking having giving doing going putting paying")
)


def _value_of(term: Sequence[str], rest: Sequence[str]) -> bool:
    """ "annealing point of glass", "melting point of tin": a whole question that is a
    gerund and one singular noun with no article (a countable object of a verb takes one:
    "removing a layer") then "of" and a word or two names a property of that thing."""
    if len(term) != 2 or not term[0].endswith("ing") or not rest or rest[0] != "of":
        return False
    if term[0] in _LIGHT_VERBS:
        return False  # "keeping track of", "taking care of": a verb's idiom
    head, of = term[1], [w for w in rest[1:] if w not in _ARTICLES]
    return not head.endswith("s") and 1 <= len(of) <= 2 and not BOUNDARY.intersection(of)


def _key_term(
    rest: str,
    verb_may_follow: bool = False,
    *,
    named: bool = False,
    joints: frozenset[tuple[str, str]] = frozenset(),
    bare: bool = False,
    said: Sequence[str] = (),
) -> KeyTerm:
    """The key term at the start of ``rest``; ``bare``: ``rest`` is all the question asks
    (its scaffolding stripped), not a side or a part of it; ``said``: the question's words,
    when its verbs' agreement may tell a noun from a verb."""
    tokens = rest.split()
    gerund = len(tokens) >= 3 and tokens[0].endswith("ing") and tokens[1] in BOUNDARY
    if gerund and (tokens[1], tokens[2]) in joints:
        # "running just-in-time inventory": the word that would cut the gerund off alone
        # opens a hyphenated compound, the gerund's object; the object is the term
        # ("adjusting p-values", no cut, stays an action: ranked_entries._acts_on_best)
        rest = " ".join(tokens[1:])
        return _key_term(rest, verb_may_follow, named=named, joints=joints, bare=bare, said=said)
    cut = len(tokens)
    finite = _finite_possible(said)
    contact = False  # a relative clause with no "that" ended the term
    for i, token in enumerate(tokens[1:], start=1):
        if not finite and token in BASE_VERBS and _singular(tokens[i - 1]):
            continue  # "private use area characters": a noun of the name, not its verb
        # "one-vs-rest": a word hyphenated to the one before is inside a compound
        # "learning to rank", "sequence to sequence": a bare three-word question with "to"
        # in the middle is one name
        # ("signal to noise ratio": so is "X to Y" before a noun relating the two)
        linked = bare and token == "to" and i == 1
        linked = linked and (len(tokens) == 3 or (len(tokens) == 4 and tokens[3] in _RELATES))
        linked = linked and tokens[0] not in VAGUE | GENERIC | FUNCTION_WORDS
        # "cue to cue rehearsal", "peer to peer network": a word, "to", the same word
        linked = linked or (token == "to" and tokens[i + 1 : i + 2] == [tokens[i - 1]])
        if bare and contact_clause(tokens, i, said):
            cut, contact = i - 1, True  # "weight unit [jewellers use] for stones"
            break
        if token in BOUNDARY and (tokens[i - 1], token) not in joints and not linked:
            cut = i
            break
        if bare and (at := _finite_verb_cut(tokens, i, said)) is not None:
            cut = at  # "apartment [sits empty]", "vacancy level [counts as]"
            break
        if bare and _locates(tokens[i:]):  # "holes along the sides of a caterpillar"
            cut = i
            break
        if bare and _intensified_place(tokens[i:]):  # "spot right in the middle of a storm"
            cut = i
            break
        # "null space of a matrix" ends at "of"; "theory of mind" is one term;
        # "a step the optimizer takes" is a clause.
        cuts = (token == "of" and i >= 2) or token == "the"
        if (cuts and (tokens[i - 1], token) not in joints) or _verb_then_particle(tokens, i):
            cut = i
            break
    term = tokens[:cut]
    # "what is earths planetary albedo roughly": an adverb ending the question goes with its
    # verb (inside, "drop tensorflow internally and switch", it says a clause: no name)
    if cut == len(tokens) and len(term) >= 2 and derived_adverb(term[-1]):
        term = term[:-1]
    # "who governs the pdf format nowadays": the present's adverbs say when, never a name
    if len(term) >= 2 and term[-1] in _NOW_ADVERBS:
        term = term[:-1]
    # "satoshi nakamoto last [heard from]": an adverb before the participle that ended the
    # phrase goes with that verb ("when was X last heard from" asks about X)
    adverb = term[-1] in _TIME_ADVERBS or derived_adverb(term[-1]) if term else False
    if cut < len(tokens) and len(term) >= 2 and adverb and _past(tokens[cut]):
        term = term[:-1]
    # A term cut by a preposition, not by a known verb, may still end in a verb.
    by_preposition = cut < len(tokens) and tokens[cut] in PREPOSITIONS
    content_rest = [w for w in tokens[cut:] if w not in FILLER]
    if contact:
        content_rest.insert(0, "that")  # counted as the "that" it leaves out
    # "glove and how is it different from word2vec": a second question about the term,
    # not words describing it; the term ends as the question would ("mfccs computed")
    asks_again = _asks_again(tokens[cut:])
    if asks_again:
        content_rest = []
    n_term = len(phrase_key(term)) - sum(pair in joints for pair in itertools.pairwise(term))
    # "input, hidden and output layers": a list of short terms, not one term
    # ("X and when should i use it" is a second question, not a list)
    listed = (
        n_term <= 2
        and cut < len(tokens) - 1
        and tokens[cut] in ("and", "or")
        and not asks_again
        # "metric space and the triangle inequality": a determiner opens a second
        # noun phrase; the first is a term of its own, not a list's modifier
        and tokens[cut + 1] not in DETERMINERS | _ARTICLES
    )
    term_style = (
        0 < n_term <= _TERM_MAX_WORDS
        and (len(content_rest) <= REST_MAX_WORDS or named)
        and not listed
        # "removing unneeded connections from a network": an action described
        and not (n_term >= 2 and term[0].endswith("ing") and content_rest)
    )
    term_style = term_style or (bare and _value_of(term, tokens[cut:]))
    # "nist ai risk management framework": a question that is one bare noun phrase of
    # content words, nothing around it, names a thing of up to 6 words
    # "fleshy stubby legs on the back half of a caterpillar": a thing told by where it
    # sits on a part of something is described, not named
    located = _locates(tokens[cut:]) or _intensified_place(tokens[cut:])
    # "membrane wrapped around the brain": a participle placing it, inside the phrase
    located = located or any(_placed(tokens[at:]) for at in range(1, cut))
    term_style = term_style and not (bare and located)
    # "halfway [through the print ...]": an adverb opening a clause names nothing
    adverb_alone = len(term) == 1 and cut < len(tokens) and adverb_shaped(term[0])
    term_style = term_style or (
        bare
        and cut == len(tokens)
        and _TERM_MAX_WORDS < n_term <= _BARE_NAME_MAX_WORDS
        and not term[0].endswith("ing")
        and not FUNCTION_WORDS.intersection(term)
        and not BOUNDARY.intersection(term)
    )
    # "why do charities show ...": a plain plural the question's "do" makes the verb's
    # subject is who acts in a described situation, not a name asked about
    acting = bool(_DO_SUPPORT.intersection(said[1:2])) and bool(term) and plain_plural(term[0])
    # "temperature when sampling from an llm": one word, then a clause about it.
    term_style = term_style or (
        n_term == 1
        and 0 < cut < len(tokens)
        and not term[0].endswith(("ing", "ed"))
        and (term[0] not in GENERIC | VAGUE or len(term) > 1)  # "one-vs-rest" is a name
        and tokens[cut] in BOUNDARY - BE - {"and", "or"}
        and not acting
    )
    term_style = term_style and not adverb_alone
    # "what channels do the providers send through": a preposition left at the end
    # belongs to the verb before it
    stranded = cut == len(tokens) - 1 and tokens[cut] in _STRANDED
    verb_last = by_preposition or stranded or cut == len(tokens) or tokens[cut] in AFTER_VERB
    verb_last = verb_last or asks_again
    # "subtree pruning and regrafting": one word after "and" ends the phrase; the whole
    # may be one name (the lookup decides: coverage/lookup.py)
    # ("mark and sweep garbage collection": up to three words after it)
    after_and = tokens[cut + 1 :]
    coordinated = listed and tokens[cut] == "and" and 1 <= len(after_and) <= REST_MAX_WORDS
    coordinated = coordinated and not BOUNDARY.intersection(after_and)
    return KeyTerm(
        " ".join(term),
        term_style,
        verb_may_follow and verb_last,
        continues=bool(content_rest),
        relative=contact or bool(RELATIVE.intersection(tokens[cut:])),
        coordinated=" ".join(tokens) if coordinated else "",
    )


def before_new_phrase(term: str) -> str:
    """ "hui gan [every] time we taste a sheng puerh", "days [each] year": the words before
    a determiner that follows a noun, which opens a new noun phrase; "" when none does.
    After a verb form ("rescaling every input column", "switching off some neurons") the
    determiner opens the verb's object: the doing is one description."""
    tokens = term.split()
    for i, token in enumerate(tokens[1:], start=1):
        before = tokens[i - 1]
        opens = token in OPENS_NOUN_PHRASE or (
            token == "all" and tokens[i + 1 : i + 2] in _DETERMINED
        )
        verb_form = before.endswith(("ing", "ed")) or before in IRREGULAR_PAST | PARTICLES
        if opens:
            return "" if verb_form else " ".join(tokens[:i])
    return ""
