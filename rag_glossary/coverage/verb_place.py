"""Where a question's verb stands, so that no key term runs on into it: after a pronoun
subject, after the term ("what does X mean"), inside it ("how does word2vec turn words
into vectors"), or a passive's participle at its end."""

from __future__ import annotations

import re
from dataclasses import replace

from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.phrases import words
from rag_glossary.coverage.wordclasses import (
    BE,
    DETERMINERS,
    IRREGULAR_PAST,
    MODALS,
    PERSONAL_WORDS,
    PREPOSITIONS,
)

# "what does nprobe control", "how is an MDP solved": the last word may be a verb.
DOES = re.compile(
    r"(?:(?:what|how|why|where|when) (?:exactly |actually |really )?"
    r"|(?=(?:does|do|did|is|are|was|were|can|should|could)"
    r" (?!(?:i|you|we|one|they|people|there)\b)))"
    r"(does|do|did|is|are|was|were|can|should|could) "
)
_DOERS = frozenset(str.split("i you we they people one someone"))


def pronouns_verb(question: str, term: KeyTerm) -> KeyTerm:
    """ "what should i look for ...", "what can we do about ...": after a modal or "do"
    and a pronoun subject, the next word is that subject's verb, never a name's first word;
    the phrase it opens describes what the user does, judged as described ("how do i
    compute X" is keyterms._VERB_LED's: its object is a term of its own)."""
    said, first = " ".join(words(question)), term.text.split()[:1]
    if not first or said.split()[0] not in ("what", "which"):
        return term
    helpers = MODALS | {"do", "did"}
    if not any(f" {h} {p} {first[0]} " in f" {said} " for h in helpers for p in _DOERS):
        return term
    return replace(term, term_style=False, clean=False)


def verb_inside(question: str, term: str) -> bool:
    """ "how does word2vec turn words into vectors": after "does", the subject's verb
    comes before the object; three words then a preposition hold that verb ("how does
    latent dirichlet allocation work" has it after the term)."""
    said = " ".join(words(question))
    does = DOES.match(said)
    if does is None or does.group(1) in BE or len(term.split()) < 3:
        return False
    after = said.partition(f" {term} ")[2].split()
    return bool(after) and after[0] in PREPOSITIONS


def verb_placed(said: str, does: re.Match[str] | None, rest: str) -> bool:
    """Whether the verb of "do/does ..." stands outside the term: after a pronoun subject
    ("how do i make X"), or after the term, stripped with the scaffolding ("what does X mean")."""
    if does is None:
        return False
    subject = said[does.end() :].split()[:1]
    return bool(subject and subject[0] in _DOERS) or not said.endswith(" ".join(rest.split()))


# what opens a verb's object or a phrasal verb's particle: "remember [the] position",
# "speed [up] generation"; no noun phrase runs on into these
_OBJECT_OPENS = (
    DETERMINERS
    | PERSONAL_WORDS
    | frozenset(str.split("the a an its their his her up down out off back"))
)


def ends_in_verb(said: str, term: KeyTerm) -> KeyTerm:
    """ "how does a kafka reader remember the position ...": after "does" + subject,
    the word an object or a particle follows is the subject's verb; a term ending in it
    is a clause, never named in a refusal. It still decides coverage: dropping the verb
    lets a subject the glossary has ("adam", "transformer") answer what it does."""
    tokens = term.text.split()
    after = f" {said} ".partition(f" {term.text} ")[2].split()
    if len(tokens) < 2 or not after or after[0] not in _OBJECT_OPENS:
        return term
    return replace(term, clean=False)


def verb_before_as(said: str, term: KeyTerm) -> KeyTerm:
    """ "do foul outs count as strikeouts": a yes/no question's "do" + subject, then a word
    that "as" follows: that word is the subject's verb ("count as", "act as", "serve as");
    the term is the subject ("how does magma change its chemistry as ..." is no such)."""
    tokens = term.text.split()
    after = f" {said} ".partition(f" {term.text} ")[2].split()
    yes_no = said.split()[:1] in (["do"], ["does"], ["did"])
    if not (yes_no and term.may_end_in_verb) or len(tokens) < 2 or after[:1] != ["as"]:
        return term
    return replace(term, text=" ".join(tokens[:-1]), may_end_in_verb=False)


_PASSIVE = re.compile(r"(?:how|why|where|when) (?:is|are|was|were) ")


def passive_verb_dropped(said: str, rest: str) -> str:
    """ "how is a majority rule consensus tree built": the participle after the subject
    of a passive question is its verb, no word of the term."""
    tokens = rest.split()
    if not _PASSIVE.match(said) or len(tokens) < 3 or not said.endswith(f" {rest}"):
        return rest
    last = tokens[-1]
    past = last in IRREGULAR_PAST or (len(last) >= 5 and last.endswith("ed"))
    return " ".join(tokens[:-1]) if past and not last.endswith("eed") else rest


_LATE_DO = re.compile(r".+ (?:where|how|when|why|what) (?:do|does|did) (.+)")


def late_do_verb_dropped(said: str, rest: str) -> str:
    """ "in the supplier tiers where do fabric mills sit": after a setting, a do-question
    that ends the sentence ends on its subject's verb (a plain form, no "-s"); the term is
    the subject ("how does X work" at the start is DOES's, with its own rules)."""
    late = _LATE_DO.fullmatch(said)
    tokens = rest.split()
    if late is None or late.group(1) != rest or len(tokens) < 2 or DOES.match(said):
        return rest
    verb = tokens[-1]
    if verb.endswith(("s", "ed", "ing")) or verb in PREPOSITIONS | DETERMINERS | BE:
        return rest
    return " ".join(tokens[:-1])


_DEGREE_DO = re.compile(
    r"how (?:long|often|soon|far|quickly|fast) "
    r"(?:does|do|did|should|will|would|can|could|must) (?!(?:i|you|we|one|they|people)\b)(.+)"
)


def degree_do_verb_dropped(said: str, rest: str) -> str:
    """ "how long does a single exposure event normally last": a degree asked of a
    do-question's subject; the sentence ends on an -ly adverb and the subject's verb (a
    plain form), and the term is the subject."""
    degree = _DEGREE_DO.fullmatch(said)
    tokens = rest.split()
    subject = degree.group(1).split() if degree else []
    if subject[:1] and subject[0] in ("a", "an", "the"):
        subject = subject[1:]
    if subject != tokens or len(tokens) < 3 or not tokens[-2].endswith("ly"):
        return rest
    verb = tokens[-1]
    if verb.endswith(("s", "ed", "ing")) or verb in PREPOSITIONS | DETERMINERS | BE:
        return rest
    return " ".join(tokens[:-2])
