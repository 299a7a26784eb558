"""Question forms that describe what they ask about, whatever noun phrase they hold: a key
term is judged strictly when the question names it; a question that asks for the name
shows that the user cannot name it. How the question writes a term, for the refusal that
names it, is written_names.py's."""

from __future__ import annotations

import re

from rag_glossary.coverage.glossary_language import frame_words
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.coverage.wordclasses import (
    AUXILIARY,
    BE,
    DETERMINERS,
    FUNCTION_WORDS,
    MODALS,
    PARTICLES,
    PERSONAL_WORDS,
    PREPOSITIONS,
    QUANTIFIERS,
)
from rag_glossary.coverage.written_names import as_cased as as_cased  # re-exported
from rag_glossary.coverage.written_names import named_as_written as named_as_written  # re-exported
from rag_glossary.coverage.written_names import written_as_named as written_as_named  # re-exported
from rag_glossary.everyday import everyday_in, everyday_words

# "is there a name for ...", "what do you call ...", "whats that problem called": the
# user asks for the name, so no noun phrase of the question can be it.
_ASKS_FOR_A_NAME = re.compile(
    r"\b(?:is there|are there|whats|what s|what is|do you know) (?:an?|the|any) "
    r"(?:name|word|term)s? (?:for|of)\b"
    r"|^(?:an? |the )?(?:name|word|term) for\b"
    r"|\bwhat (?:do|does|did|would|should) (?:you|we|people|they|one|i|someone) call\b"
    r"|\b(?:what|whats|what s|how) (?:is |are |was |were )?(?:that|this|it|these|those)"
    r"(?: \w+){0,3} called\b"
)


def asks_for_a_name(said: str) -> bool:
    """Whether the question (lowercased words, space-joined) asks what something is called."""
    return _ASKS_FOR_A_NAME.search(said) is not None


def after_asking_for_a_name(said: str) -> str | None:
    """What follows "what do you call", "is there a name for", ... (None: no such ask)."""
    match = _ASKS_FOR_A_NAME.search(said)
    return None if match is None else said[match.end() :]


# What opens a verb's object: an article, a possessive, an object pronoun or a
# demonstrative. A noun phrase's head is not followed by one ("layout the"), a verb is.
_OBJECT_OPENERS = frozenset(
    str.split("the a an its their his her my your our it them him me us this these those")
)


def opening_gerund(question: str) -> str | None:
    """The gerund a bare question opens with ("designing the ...", "looking for ..."),
    nothing stripped before it; None when it opens otherwise."""
    said = words(question)
    first = said[0] if said else ""
    # a verb's stem holds a vowel ("doing", "designing"); "string", "thing", "king" are nouns
    if not first.endswith("ing") or not set(first[:-3]) & set("aeiouy"):
        return None
    return first if strip_scaffolding(question).split()[:1] == [first] else None


def opens_with_action(question: str) -> bool:
    """Whether a bare question opens with a gerund and its object ("designing the small
    phone layout first ...", "scaling it up ..."): it describes a doing, and the gerund
    is no name of it. A gerund said alone ("boosting") or before a preposition ("pruning
    in decision trees") may be a name; the lookup still finds it as a title."""
    said = words(question)
    return opening_gerund(question) is not None and len(said) > 1 and said[1] in _OBJECT_OPENERS


_RELATIVE_PRONOUNS = frozenset(str.split("that which whose who whom where"))
# words that end a placing phrase: a verb's auxiliary, a wh-word, a pronoun subject
_NO_GAP_WORDS = BE | AUXILIARY | MODALS | PERSONAL_WORDS | frozenset(("what", "how", "why"))


def described_by_clause(said: str, term: str) -> bool:
    """Whether a relative clause follows the term at once: "a variant [where the server
    ...]", "the step [where you subtract ...]". The clause says what the thing is, so
    the term is the kind of thing described, not its name."""
    said_words, term_words = said.split(), term.split()
    n = len(term_words)
    quantity = term_words == [w for w in term_words if w in _QUANTITIES][:1]
    return any(
        said_words[i : i + n] == term_words and _clause_follows(said_words[i + n :], quantity)
        for i in range(len(said_words) - n)
    )


_GAP_WORDS = 5
# the nouns of a figure read off something: what it measures is in the clause after it
_QUANTITIES = frozenset(str.split("number figure value amount rating reading"))


def _clause_follows(after: list[str], quantity: bool) -> bool:
    """A relative pronoun next, or, after a quantity noun, a short placing phrase first:
    "the number [printed on brushless motors] that says ...", "the number [on a lipo
    pack] that tells ..." ("the rule on a column that ..." names a kind of rule)."""
    if after[:1] and after[0] in _RELATIVE_PRONOUNS:
        return True
    places = quantity and bool(after[:1])
    places = places and (after[0] in PREPOSITIONS or after[0].endswith("ed"))
    for at, word in enumerate(after[1 : _GAP_WORDS + 1], 1):
        if word in _RELATIVE_PRONOUNS:
            return places and at >= 2
        if word in _NO_GAP_WORDS:
            return False
    return False


# Common English adverbs that modify a clause, not a noun (a general list): no term
# name opens or ends with one.
_CLAUSE_ADVERBS = frozenset(
    str.split(
        """
        rather instead there here then once now soon already almost quite even ever
        never often sometimes usually again perhaps maybe anyway otherwise too
        """
    )
)
_EDGE_WORDS = _CLAUSE_ADVERBS | PARTICLES | PREPOSITIONS | PERSONAL_WORDS | DETERMINERS
# One of these alone is never a term's name ("how many weeks the stock we have now will
# last": "now"), clean noun phrase or not.
NO_NAME_WORDS = _EDGE_WORDS
# A body phrase opened by a count ("two days", "more powerful") or by a preposition of time
# ("after [the mash]") is a fragment of a description, not a name (round 44 N)
_FRAGMENT_OPENERS = QUANTIFIERS | frozenset(str.split("after before during until"))


def not_a_name(term: str) -> bool:
    """Whether a phrase found only in some entry's body is a fragment, not a name: it
    holds a personal pronoun ("it decide", "the distribution you") or opens or ends
    with an adverb, particle, preposition or determiner ("rather", "at once", "out").
    Such a question describes what it asks about; its best entry must stand out."""
    said = term.split()
    if not said:
        return False
    if said[0] in _FRAGMENT_OPENERS:
        return True
    return bool(PERSONAL_WORDS & set(said)) or said[0] in _EDGE_WORDS or said[-1] in _EDGE_WORDS


# "X is not in the glossary" only when X is much of what was asked: a phrase taken from a
# long description ("the dumbest possible controller, motor fully on when ...") is a
# fragment there, and the refusal says the question is not covered instead.
_NAMED_SHARE = 1 / 4


def content_words(question: str) -> list[str]:
    """The question's words that are not function words, forms of be, auxiliaries or modals."""
    skip = FUNCTION_WORDS | BE | AUXILIARY | MODALS
    return [w for w in words(question) if w not in skip]


def names_the_question(question: str, term: str) -> bool:
    """Whether the refusal can say ``term`` is missing: its words are at least a quarter
    of the question's content words (one side of "GPTQ vs AWQ quantization" is)."""
    skip = FUNCTION_WORDS | BE | AUXILIARY | MODALS
    content = [w for w in words(question) if w not in skip]
    return bool(content) and len(term.split()) >= _NAMED_SHARE * len(content)


def without_frame_edges(term: str, language: str | None) -> str | None:
    """``term`` without the function words and question forms of the glossary's language
    (glossary_language.frame_words) that open or close it: "state hva" is "state" in a
    Norwegian glossary (None: nothing is left)."""
    frame = frame_words(language)
    said = term.split()
    while said and said[0] in frame:
        said.pop(0)
    while said and said[-1] in frame:
        said.pop()
    return " ".join(said) or None


# Round 45: after a possessive, a phrase this long has run from the user's own thing into
# the clause about it ("my query runs forever", "my own app code right on ..."); the owned
# names refused in round 44's answers are of one or two words ("my dive log", "my usda
# zone"). Rests on 8 refusals of 7,722 questions, 4 either side.
_OWNED_CLAUSE_WORDS = 3


def owned_clause(question: str, term: str) -> bool:
    """Whether ``term`` is a phrase of _OWNED_CLAUSE_WORDS or more words written right after a
    possessive: a description of the user's situation, no name to say is missing."""
    key, said = words(term), words(question)
    if len(key) < _OWNED_CLAUSE_WORDS:
        return False
    return any(
        said[at : at + len(key)] == key and said[at - 1] in _POSSESSIVES
        for at in range(1, len(said) - len(key) + 1)
    )


# "how long should a reverse diet last", "how often does a deload happen": a measure
# adverb, an auxiliary or modal, then its subject (no pronoun) and the subject's verb
_MEASURED_CLAUSE = re.compile(
    r"how (?:long|often|far|soon) (?:does|do|did|can|could|should|would|will|must|might|may) "
    r"(?!(?:i|you|we|one|they|people|it)\b)\S+ \S+"
)


def runs_into_its_verb(said: str) -> bool:
    """Whether the key term of "how long should X last ..." runs on into X's verb: the
    term ends where the clause's verb does, so it is named in no refusal ("reverse diet
    last is not in the glossary"); the lookup still decides on it as it did."""
    return _MEASURED_CLAUSE.match(said) is not None


# Round 16: a question of this many content words is a description, not a one-word name
# (chosen leaving each set out, eval/coverage_features.py: 11 on 38 of 39 sets, 13 once)
_DESCRIPTION_WORDS = 11


def one_word_in_a_description(said: str, term: str | None) -> bool:
    """Whether a one-word key term heads a question long enough to describe its subject."""
    return _one_word_among(said, term, _DESCRIPTION_WORDS)


def _one_word_among(said: str, term: str | None, least: int) -> bool:
    """Whether the key term is one word in a question of at least ``least`` content words."""
    one_word = len(phrase_key((term or "").split())) == 1
    return one_word and len(content_words(said)) >= least


# Round 57 NG: an everyday word found in some entry's text is a weak name in a question
# this long ("the document the carrier gives you as receipt ...", "how many bits are used to
# store each colour value ..."); a specific word ("predictors", "captions") still is
_EVERYDAY_DESCRIPTION_WORDS = 6


def everyday_word_in_a_description(said: str, term: str | None, language: str | None) -> bool:
    """Whether a one-word key term is an everyday word (English, or the glossary's own
    language) in a question of enough content words to describe what it asks about."""
    if not _one_word_among(said, term, _EVERYDAY_DESCRIPTION_WORDS):
        return False
    word = (term or "").lower()
    return word in everyday_words() or word in everyday_in(language)


def gerund_describes(question: str, decided: TermCoverage) -> bool:
    """Whether the key term is only the gerund a description opens with ("designing the
    small phone layout first ...", "looking for a small example picture ..."): a verb
    any entry's text may use, no name ("pruning in decision trees" reads as a name; a
    gerund phrase found whole, "speeding up gradient descent", is the entry's own words)."""
    gerund = opening_gerund(question)
    return gerund is not None and decided.key_term == gerund and not decided.term_style


# "pop my ears", "serve my model": a user's own thing, not a name the glossary defines
_POSSESSIVES = frozenset(str.split("my our your their his her"))


def owned_by_asker(said: str, decided: TermCoverage) -> bool:
    """Whether a key term found in some entry's text, or a one-word title, is written after a
    possessive ("how do i pop my ears ...", "serve my model"): the question is about the
    user's own thing, which a glossary names only by the kind it is, so the word is no name
    of what is asked and the question is judged as described (round 35). A title of two
    words or more is a name however it is owned ("check my run sheet")."""
    key = (decided.key_term or "").split()
    if not key or not (decided.how == "text" or (decided.how == "title" and len(key) == 1)):
        return False
    said_words = said.split()
    return any(
        said_words[at : at + len(key)] == key and said_words[at - 1] in _POSSESSIVES
        for at in range(1, len(said_words) - len(key) + 1)
    )
