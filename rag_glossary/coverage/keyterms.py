"""Key-term extraction: the term a question asks about, scaffolding stripped."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from rag_glossary.coverage.asked_back import asked_back
from rag_glossary.coverage.noun_phrase import (
    _REST_MAX_WORDS,
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
from rag_glossary.coverage.scaffolding import ASKING, setting_after_meaning, strip_scaffolding
from rag_glossary.coverage.term_words import function_words, wh_subject_verb_dropped
from rag_glossary.coverage.topic import comma_parts, topic_first
from rag_glossary.coverage.wordclasses import (
    _BE,
    _BOUNDARY,
    _DETERMINERS,
    _GENERIC,
    _IRREGULAR_PAST,
    _MODALS,
    _PARTICIPLE_ENDINGS,
    _PERSONAL_WORDS,
    _PREPOSITIONS,
    _QUANTIFIERS,
    _VAGUE,
    _WH_WORDS,
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

_SENTENCE_END = re.compile(r"[?!:;]|(?<!\be\.g)(?<!\bi\.e)\.\s")
# "which formats are there, e.g. apple's ...": an example is not what is asked about.
_EXAMPLE = re.compile(
    r"\s*,?\s*\b(?:e\.?\s?g|i\.?\s?e|such as|for example|for instance)\b.*$"
    # "a taxonomic rank for a taxon, like genus or family": after a comma, "like" gives examples
    r"|\s*,\s*like\b.*$"
)
# "one-vs-rest" is one hyphenated name, no contrast
_CONTRAST = re.compile(r"(?<!-)\b(?:difference|differences|diff|distinction|vs|versus)\b(?!-)")
_WH = re.compile(
    r"(?:what|which|how many|how much) "
    r"(?!(?:s|is|are|was|were|does|do|did|can|could|should|would|will)\b)"
)
_ASKED_ABOUT = re.compile(
    r"(\S+(?: \S+){0,3}?) (?:does|do|did|is|are|was|were|has|have|can) (\S.*)"
)
# "what does nprobe control", "how is an MDP solved": the last word may be a verb.
_DOES = re.compile(
    r"(?:(?:what|how|why|where|when) (?:exactly |actually |really )?"
    r"|(?=(?:does|do|did|is|are|was|were|can|should|could)"
    r" (?!(?:i|you|we|one|they|people|there)\b)))"
    r"(does|do|did|is|are|was|were|can|should|could) "
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
    r"(\w+) (.+)"
)


def extract_key_terms(question: str) -> list[KeyTerm]:
    """The key term(s) of a question; two for "difference between X and Y".

    Only the first sentence or clause counts ("markov chain: ...", "what is
    RLHF? I keep hearing ..."): the term comes before the first ?, !, : or ;.
    """
    question = asked_back(question)
    terms = [function_words(t) for t in _extract(question)]
    if re.search(r",[^,]* and ", question):
        # "trimming, capping and winsorizing outliers": a comma makes "and" end a list
        terms = [replace(t, coordinated="") for t in terms]
    if asks_for_a_name(" ".join(words(question))) and any(t.continues for t in terms[:1]):
        # "is there a name for training where ...": the user describes what is asked
        # (a bare "is there a name for batch normalization" still names it)
        terms = [replace(t, term_style=False) for t in terms]
    if opens_with_action(question):
        # "training the model on less data": the gerund opening it is the doing described,
        # never a name to judge strictly or to say is missing
        terms = [replace(t, term_style=False, clean=False) for t in terms]
        terms = [*_gerund_object(question), *terms] if len(terms) == 1 else terms
    terms = [_pronouns_verb(question, t) for t in terms]
    return [
        t
        if _names_cleanly(t.text, False) and _reads_as_name(t, _verb_inside(question, t.text))
        else replace(t, clean=False)
        for t in terms
    ]


def _pronouns_verb(question: str, term: KeyTerm) -> KeyTerm:
    """ "what should i look for ...", "what can we do about ...": after a modal or "do"
    and a pronoun subject, the next word is that subject's verb, never a name's first word;
    the phrase it opens describes what the user does, judged as described ("how do i
    compute X" is _VERB_LED's: its object is a term of its own)."""
    said, first = " ".join(words(question)), term.text.split()[:1]
    if not first or said.split()[0] not in ("what", "which"):
        return term
    helpers = _MODALS | {"do", "did"}
    if not any(f" {h} {p} {first[0]} " in f" {said} " for h in helpers for p in _DOERS):
        return term
    return replace(term, term_style=False, clean=False)


def _gerund_object(question: str) -> list[KeyTerm]:
    """ "setting a resource quota on a namespace": what the opening gerund acts on,
    a noun phrase of two words or more after an article, is a name asked about (not when
    the question asks what the doing is called: "visiting the nodes level by level, what
    is it called" describes it)."""
    said = words(question)
    if len(said) < 4 or said[1] not in ("a", "an", "the") or asks_for_a_name(" ".join(said)):
        return []
    thing = _key_term(" ".join(said[2:]))
    return [thing] if thing.term_style and len(thing.text.split()) >= 2 else []


def _verb_inside(question: str, term: str) -> bool:
    """ "how does word2vec turn words into vectors": after "does", the subject's verb
    comes before the object; three words then a preposition hold that verb ("how does
    latent dirichlet allocation work" has it after the term)."""
    said = " ".join(words(question))
    does = _DOES.match(said)
    if does is None or does.group(1) in _BE or len(term.split()) < 3:
        return False
    after = said.partition(f" {term} ")[2].split()
    return bool(after) and after[0] in _PREPOSITIONS


_DOERS = frozenset(str.split("i you we they people one someone"))


def _verb_placed(said: str, does: re.Match[str] | None, rest: str) -> bool:
    """Whether the verb of "do/does ..." stands outside the term: after a pronoun subject
    ("how do i make X"), or after the term, stripped with the scaffolding ("what does X mean")."""
    if does is None:
        return False
    subject = said[does.end() :].split()[:1]
    return bool(subject and subject[0] in _DOERS) or not said.endswith(" ".join(rest.split()))


def _extract(question: str) -> list[KeyTerm]:
    question = _wondered(question)
    parts = [_EXAMPLE.sub("", part) or part for part in _SENTENCE_END.split(question)]
    if len(parts) == 1:
        parts = comma_parts(parts[0])
    for at, part in enumerate(parts):
        rest = strip_scaffolding(part)
        if phrase_key(rest.split()):
            question, rest = _asking_part(part, rest, parts[at + 1 :])
            break
    else:
        return []
    pair = re.fullmatch(r"(.+?) (?:and|vs|versus|or) (.+)", rest)
    if pair and _CONTRAST.search(question.lower()):
        return [_key_term(_side(part)) for part in pair.groups() if part.strip()]
    if listed := _word_list(question):
        return [KeyTerm(item, True, listed=True) for item in listed]
    if topic := topic_first(question):
        return [topic]
    if glossed := _glossed(question):
        return [glossed]
    said = " ".join(words(question))
    alternatives = _YES_NO_ALTERNATIVES.fullmatch(rest)
    if alternatives and said.split()[0] in _BE:
        # "is beam state global or scoped to something": X, then two things it may be
        return [_key_term(alternatives.group(1))]
    # "a metric combining precision and recall": a kind, then what it does.
    described = re.fullmatch(r"(?:a|an|the) (\w+) (\w+ing \w+ \w+.*)", said)
    if described and described.group(1) in _GENERIC:
        return [_key_term(f"{described.group(1)} that {described.group(2)}")]
    # "what extra parameters does batchnorm add": the term may be either side.
    asked = _ASKED_ABOUT.fullmatch(rest)
    if asked and _WH.match(said):
        by_doing = asked.group(0).split()[len(asked.group(1).split())] not in _BE
        subject = _key_term(strip_scaffolding(asked.group(2)), by_doing)
        if subject.may_end_in_verb and len(subject.text.split()) >= 2:
            # after "does", the subject is followed by its verb: "does batchnorm add"
            subject = replace(subject, text=subject.text.rsplit(" ", 1)[0], may_end_in_verb=False)
        return [_key_term(asked.group(1)), replace(subject, subject=by_doing)]
    does = _DOES.match(said)
    rest = _passive_verb_dropped(said, rest)
    rest = wh_subject_verb_dropped(said, rest)
    if does is not None and does.group(1) in ("does", "do", "did"):
        rest = setting_after_meaning(rest)
    # "why are black box attacks seen as ...": after is/are, a participle ends the term
    ends = (rest.split()[-1], _key_term(rest).text.split()[-1]) if rest else ()
    verb_may_follow = does is not None and (
        does.group(1) not in _BE or any(w.endswith(_PARTICIPLE_ENDINGS) for w in ends)
    )
    # "how do i make a shell alias": the verb follows the pronoun, the term is its object;
    # "what does sampling bias mean": the verb after the term went with the scaffolding
    verb_may_follow = verb_may_follow and not _verb_placed(said, does, rest)
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
    if does is not None and does.group(1) not in _BE:
        terms[0] = _ends_in_verb(said, terms[0])
    # "how does two-phase commit work": the verb went with the scaffolding, so the term
    # does not end in it ("how does a transformer know ..." still does)
    verb_follows = does is not None and does.group(1) not in _BE
    verb_follows = verb_follows and not _verb_placed(said, does, rest)
    if not _names_cleanly(terms[0].text, verb_follows) or runs_into_its_verb(said):
        terms[0] = replace(terms[0], clean=False)
    if named and not terms[0].term_style:
        # "how does the kv cache speed up generation": an unknown verb follows
        # the subject; its first words are what is asked about (two words last).
        head = terms[0].text.split()
        sizes = [*range(min(len(head) - 1, _TERM_MAX_WORDS), 2, -1), 1, 2]
        terms += [KeyTerm(" ".join(head[:n]), True) for n in sizes if n < len(head)]
    if whole := _measured_in(said, rest, terms[0]):
        terms.append(whole)
    if qualifier := _qualifier(rest, terms[0]):
        terms.append(qualifier)
    led = _VERB_LED.fullmatch(said)
    if led and len(led.group(2).split()) <= _TERM_MAX_WORDS:
        verb, obj = led.groups()
        # "pick k", "compute a confidence interval": a verb phrase names no thing
        action = replace(_key_term(f"{verb} {obj}"), clean=False)
        terms += [_key_term(strip_scaffolding(obj)), action]
    return terms + _after_kind_and_verb(said, rest, terms[0])


# "X global or scoped to something", "X local or global": one word each side of "or"
# (the second perhaps with a prepositional tail) are what X may be, not words of X
_YES_NO_ALTERNATIVES = re.compile(
    r"(\S+(?: \S+)*?) \S+ or \S+(?: (?:to|in|on|for|by|with|at|across|per|of) .*)?"
)
# what opens a verb's object or a phrasal verb's particle: "remember [the] position",
# "speed [up] generation"; no noun phrase runs on into these
_OBJECT_OPENS = (
    _DETERMINERS
    | _PERSONAL_WORDS
    | frozenset(str.split("the a an its their his her up down out off back"))
)


# "polling input and using event listeners": the light verb of choosing one side
_USING = re.compile(r"^(?:(?:the )?use of|using) (?=\S)")


def _side(part: str) -> str:
    """A side of a comparison, scaffolding stripped; "using X" compares X itself."""
    return strip_scaffolding(_USING.sub("", strip_scaffolding(part), count=1))


def _ends_in_verb(said: str, term: KeyTerm) -> KeyTerm:
    """ "how does a kafka reader remember the position ...": after "does" + subject,
    the word an object or a particle follows is the subject's verb; a term ending in it
    is a clause, never named in a refusal. It still decides coverage: dropping the verb
    lets a subject the glossary has ("adam", "transformer") answer what it does."""
    tokens = term.text.split()
    after = f" {said} ".partition(f" {term.text} ")[2].split()
    if len(tokens) < 2 or not after or after[0] not in _OBJECT_OPENS:
        return term
    return replace(term, clean=False)


_PASSIVE = re.compile(r"(?:how|why|where|when) (?:is|are|was|were) ")


def _passive_verb_dropped(said: str, rest: str) -> str:
    """ "how is a majority rule consensus tree built": the participle after the subject
    of a passive question is its verb, no word of the term."""
    tokens = rest.split()
    if not _PASSIVE.match(said) or len(tokens) < 3 or not said.endswith(f" {rest}"):
        return rest
    last = tokens[-1]
    past = last in _IRREGULAR_PAST or (len(last) >= 5 and last.endswith("ed"))
    return " ".join(tokens[:-1]) if past and not last.endswith("eed") else rest


_REFERS_BACK = frozenset(str.split("it its they them that this these those such"))


def _asking_part(part: str, rest: str, later: list[str]) -> tuple[str, str]:
    """ "brain tumor example: we flag 1 scan ... what are precision and recall": a
    statement sets the scene, the wh-question after it asks (unless it only refers
    back: "markov chain: what is it")."""
    if rest != " ".join(words(part)):
        return part, rest  # the first part is itself a question (it has a lead to strip)
    for after in later:
        said, asked = words(after), strip_scaffolding(after).split()
        if said[:1] and said[0] in _WH_WORDS and asked and not _REFERS_BACK.intersection(said):
            return after, " ".join(asked)
    return part, rest


# "[story], i still dont get what the eyewall actually is": after a comma, the speaker,
# a few words of not knowing, then the wh-clause that asks
_WONDERING = re.compile(r",\s*(?:i|we)\b(?:\W+\w+){0,4}?\W+(?=(?:what|how|why)\b)")


def _wondered(question: str) -> str:
    """The story, then its embedded question as a sentence of its own (which
    ``_asking_part`` reads as the asking part)."""
    return _WONDERING.sub(". ", question, count=1)


def _after_kind_and_verb(said: str, rest: str, first: KeyTerm) -> list[KeyTerm]:
    """ "which metrics count as rating metrics": the kind asked for, a verb no word list
    knows (so the first term ran on into it), a preposition, then the term asked of."""
    tokens, kind_verb = rest.split(), first.text.split()
    said_words = said.split()
    if said_words[:1] not in (["which"], ["what"]) or said_words[1:3] != kind_verb:
        return []
    if len(kind_verb) != 2 or len(tokens) < 4 or tokens[2] not in _PREPOSITIONS | {"as"}:
        return []
    return [_key_term(" ".join(tokens[3:]))]


_MEASURE = re.compile(r"how (?:big|large|long|many|much|wide|deep|tall|high|small|heavy)\b")


def _measured_in(said: str, rest: str, first: KeyTerm) -> KeyTerm | None:
    """ "how big are the image patches in the vision transformer": a measure asked of a
    part of a whole; the whole is what the question is about (as "does gpt-4" is in
    "how many parameters does gpt-4 have")."""
    tail = rest[len(first.text) :].split()
    if not _MEASURE.match(said) or not first.text or tail[:1] not in (["in"], ["of"]):
        return None
    whole = _key_term(strip_scaffolding(" ".join(tail[1:])))
    return replace(whole, subject=True) if whole.text else None


def _qualifier(rest: str, first: KeyTerm) -> KeyTerm | None:
    """ "gradient descent with momentum": a short noun phrase after "with" the term."""
    tail = rest[len(first.text) :].split()
    # "with the population stability index", "with loss scaling, why is it needed": the
    # article and a question that follows are no part of what comes with the term
    said = list(itertools.takewhile(lambda w: w not in _WH_WORDS, tail[1:]))
    identifies = said[:1] in (["the"], ["a"], ["an"])
    said = said[1:] if identifies else said
    if not first.text or tail[:1] != ["with"] or not 1 <= len(said) <= _REST_MAX_WORDS:
        return None
    starts = _DETERMINERS | _VAGUE | _PERSONAL_WORDS | _QUANTIFIERS
    if _BOUNDARY.intersection(said) or said[0] in starts:
        return None
    term = _key_term(" ".join(said))
    whole = term.term_style and term.text == " ".join(said)
    return replace(term, qualifier=True, identifies=identifies) if whole else None


def _word_list(question: str) -> list[str]:
    """ "what do rnn, cnn, gan and vae stand for": three or more one-word items."""
    items = [strip_scaffolding(item) for item in question.split(",")]
    last = re.fullmatch(r"(?:(\S+) )?(?:and|or) (\S+)", items[-1])
    if len(items) < 2 or not last:
        return []
    listed = [*items[:-1], *(w for w in last.groups() if w)]
    one_word = all(len(phrase_key(item.split())) == 1 == len(item.split()) for item in listed)
    return listed if one_word and len(listed) >= 3 else []


def _glossed(question: str) -> KeyTerm | None:
    """ "music source separation, splitting a song into ...": a bare noun phrase
    before the first comma is the term; what follows glosses it."""
    head, comma, gloss = question.partition(",")
    said, glossed = strip_scaffolding(head), words(gloss)
    if not comma or not phrase_key(glossed) or glossed[0] in _WH_WORDS:
        return None  # "in the bach example, which note ...": a setting, then the question
    first = said.split()[0] if said else "ing"
    if first.endswith("ing") or first in _BOUNDARY:
        return None
    term = _key_term(said, joints=compounds(head))
    if term.text != said or not term.term_style or len(phrase_key(said.split())) < 2:
        return None
    return replace(term, continues=True)
