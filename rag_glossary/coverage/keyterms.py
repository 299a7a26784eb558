"""Key-term extraction: the term a question asks about, scaffolding stripped."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rag_glossary.lexical import stem

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Dropped when comparing phrases: "theory of mind" and "theory mind" match.
_FILLER = frozenset(
    str.split(
        "a an the of to in on for and or with by is are as at its it s"
        " i you we my your our me they them this these those"
    )
)
# What a question asks of a term: "the formula of X", "X formula".
ASKING = frozenset(
    str.split(
        """
        idea concept notion point purpose role use uses meaning definition intuition
        formula equation goal advantage advantages disadvantage disadvantages benefit
        benefits drawback drawbacks pros cons limitation limitations history origin
        inventor output input size shape name application applications component
        components part parts step steps math maths mathematics example
        """
    )
)
# Question scaffolding around the key term, stripped repeatedly from the front.
_LEAD = re.compile(
    r"^(?:"
    r"(?:can|could|would) you|please|pls|hey|ok|so|quick question|question|eli5|tldr"
    r"|what (?:causes|caused|happens|makes|determines|affects|controls|decides|limits|drives)"
    r"|whats|wats|what s|hows|who \w+ed|who (?:invented|wrote|made|coined|built|came up with)"
    r"|how (?:to|do i|do you|do we|can i|can we|can you|should i|should you|would i|would you"
    r"|could i|could you|does one|can one)(?: \w+ly)? \w+"
    r"|(?:should|can|could|do|would|must) (?:i|we|you|one) \w+"
    r"|(?:what|how|why|when|where|which) (?:should|can|could|would|must) (?:i|we|you|one)"
    r"(?: (?:use|apply|choose|pick|try))?"
    r"|who (?:first )?\w+"
    r"|how (?:much|many|often|far|long|big|large|small|well|fast|good)"
    r"|(?:in|for|according to|on|with) [\w ]+?(?= (?:what|how|why|which|who|when|where) )"
    r"|i (?:want|need|would like) to (?:know|understand|learn)(?: about| what| how)?"
    r"|(?:name|list|give|mention) (?:some|a few|several|the|two|three|me)(?: some| a few)?"
    r"|help me understand|tell me (?:about|what|how)|give me (?:an? )?(?:overview|intro|definition)"
    r"|(?:what|how|why|when|where|who|which)(?: s| is| are| was| were| does| do| did| can| could"
    r"| should| would| will| exactly| actually)?"
    r"|explain|define|describe|summarize|clarify|meaning of|definition of|what is meant by"
    r"|(?:an? )?(?:overview|introduction|intro|explanation|summary) (?:of|to)"
    r"|(?:the )?(?:difference|differences|diff|distinction) between"
    r"|(?:is|are) there|(?:is|are|does|do|did|can|should|would|will|was|were)"
    r"|(?:the )?(?:" + "|".join(sorted(ASKING)) + r"|main idea)s? (?:of|behind)"
    r"|(?:two|three|four|five|several|various|different|common|main|basic|typical|popular)"
    r"|(?:kind|kinds|type|types|examples?) of|an?|the|some|any|each|every|my|your|this|that"
    r")\s+"
)
_VAGUE_SUBJECT = re.compile(r"^(?:someone|somebody|anyone|people) \w+\s+")
_TRAIL = re.compile(
    r"\s+(?:work|works|working|mean|means|(?:is|are) there|meaning|stand for|stands for"
    r"|do|does|is|are"
    r"|explained|explanation|exactly|pls|please|thanks|in simple terms|in plain english"
    r"|in a nutshell|for beginners|simply|briefly|used for|good for|about|actually|definition)$"
)
# The key term ends where a preposition, a clause or a verb starts.
_BOUNDARY = frozenset(
    str.split(
        """
        in for with between on from into using via when where that which who so to by
        vs versus compared against like than if while because whether without after before
        under over during within across through per as at
        work works prevent prevents learn learns help helps affect affects handle handles
        treat treats differ differs improve improves reduce reduces cause causes avoid
        solve solves use uses make makes do does relate relates compute
        computes preserve preserves tell tells become becomes get gets
        happen happens apply applies perform performs detect detects generate generates
        predict predicts need needs choose chooses calculate calculates deal deals
        is are was were can could should would will has have had be being been
        matter matters exist exists compare combine combines
        correlate require requires automate automates come comes mention mentions try
        tries maximize minimize go goes say says show shows include includes contain
        contains involve involves depend depends refer refers represent represents
        allow allows enable enables produce produces give
        gives take takes called compared different similar
        better worse related useful important popular necessary possible good bad
        just really only actually always also still more less much very and or
        according add adds did what how why which whom whose load loads supports about
        returns equals plus minus
        """
    )
)
# Words that name a kind of thing; "mamba architecture" is covered by "Mamba".
# Words that name a kind of thing: "mamba architecture" is covered by "Mamba".
# A kind that names a product or project may drop even when only the text has
# the name ("pycaret model"); a kind that makes a new term may not ("focal loss").
_NAME_KINDS = frozenset(
    str.split(
        """
        algorithm architecture method technique approach model framework library tool
        system network entry team paper project package benchmark dataset
        """
    )
)
_GENERIC = _NAME_KINDS | frozenset(
    str.split(
        """
        function layer process metric concept problem handling idea strategy
        procedure task job loss score measure term definition principle classifier
        regressor estimator test statistic distribution coefficient value analysis
        regression plot chart curve matrix graph
        """
    )
)
# Words that stand for something unnamed: "can someone tell ...", "two things that ...".
_VAGUE = frozenset(
    str.split("someone something anyone anything people person thing things way ways stuff one")
)
_PERSONAL_WORDS = frozenset(str.split("i we you me us my our your it them"))
_QUANTIFIERS = frozenset(str.split("several many multiple few more most much no two three lots"))
_RELATIVE = frozenset(str.split("that which whose who whom where"))
_DETERMINERS = frozenset(str.split("all every any your my our their this these those some"))
_SENTENCE_END = re.compile(r"[?!:;]|(?<!\be\.g)(?<!\bi\.e)\.\s")
# "which formats are there, e.g. apple's ...": an example is not what is asked about.
_EXAMPLE = re.compile(r"\s*,?\s*\b(?:e\.?\s?g|i\.?\s?e|such as|for example|for instance)\b.*$")
_CONTRAST = re.compile(r"\b(?:difference|differences|diff|distinction|vs|versus)\b")
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
_AFTER_VERB = frozenset(str.split("when where that which while if because whether as than"))
_BE = frozenset(str.split("is are was were"))
_ABOUT_SUBJECT = re.compile(r"(?:what|how) (?:does|do|did) (?!(?:i|you|we|one|they|people)\b)")
_PREPOSITIONS = frozenset(str.split("in for with on from into using via at by of to about"))
_WH_WORDS = frozenset(str.split("what how why which when where who whom whose"))
# "is an MDP solved": after is/are/was/were, only a participle can be the verb.
_PARTICIPLE_ENDINGS = ("ed", "en", "wn", "lt", "ght", "ne")
# "why clip gradients", "when to use dropout": a bare verb right after the wh-word
# (or after "to" / "do we"); its object, or the verb and object together, is the term.
_VERB_LED = re.compile(
    r"(?:why|when|how) (?:to |(?:do|does|did|should|would|can|could|must) "
    r"(?:i|we|you|one|people|they) )?"
    r"(?!(?:s|is|are|was|were|do|does|did|can|could|should|would|will|not|to|exactly"
    r"|actually|the|a|an|many|much|often|far|long|big|large|small|well|fast|good)\b)"
    r"(\w+) (.+)"
)
# Common irregular past tenses and participles (a general list): "the cofounder went
# on to ...", "a database made for ...": a verb, not a word of the noun phrase.
_IRREGULAR_PAST = frozenset(
    str.split(
        """
        made went gone came took taken gave given found built known shown written wrote
        done seen drawn grown thrown chosen brought bought thought taught caught sought
        kept meant said sent sold told understood began begun became got gotten
        """
    )
)
# Words that may follow a verb as its preposition or particle: "went on", "made for".
_PARTICLES = frozenset(
    str.split("in for with on from into using via at by of to about as off up out over back")
)
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ing", "er", "or", "ism", "ance", "ence")
_FUNCTION_WORDS = _FILLER | _PARTICLES | _WH_WORDS | _RELATIVE | _PERSONAL_WORDS | _DETERMINERS
_TERM_MAX_WORDS = 4  # a key term longer than this is a description, not a term
_REST_MAX_WORDS = 3  # content words outside the term that still leave it term-style
_MIN_FUZZY_LEN = 6  # shorter words are corrected into other words too often


_SLASHED_LETTERS = re.compile(r"\b([^\W\d_])/([^\W\d_])\b")
_HYPHENATED = re.compile(r"([^\W_]+)-(?=([^\W_]+))")


def compounds(text: str) -> frozenset[tuple[str, str]]:
    """Word pairs a hyphen joins: "semi-supervised" is one word of a term, not two."""
    return frozenset((a.lower(), b.lower()) for a, b in _HYPHENATED.findall(text))


def words(text: str) -> list[str]:
    """Lowercased words, hyphens and punctuation as spaces; "A/B" is one word, "ab"."""
    return [w.lower() for w in _WORD.findall(_SLASHED_LETTERS.sub(r"\1\2", text))]


def phrase_key(tokens: Sequence[str]) -> tuple[str, ...]:
    """What a phrase is compared by: stemmed words without fillers."""
    return tuple(stem(w) for w in tokens if w not in _FILLER)


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


def strip_scaffolding(question: str) -> str:
    said = text = " ".join(words(question))
    for _ in range(6):
        stripped = _TRAIL.sub("", " " + _LEAD.sub("", text + " ").strip()).strip()
        if stripped != said:
            # "why do people put X", "how could someone game X": after a question's
            # lead, an unnamed subject and its verb; a statement's "someone ..." is a story
            stripped = _VAGUE_SUBJECT.sub("", stripped + " ").strip()
        if stripped == text:
            break
        text = stripped
    return text


def extract_key_terms(question: str) -> list[KeyTerm]:
    """The key term(s) of a question; two for "difference between X and Y".

    Only the first sentence or clause counts ("markov chain: ...", "what is
    RLHF? I keep hearing ..."): the term comes before the first ?, !, : or ;.
    """
    terms = [_function_words(t) for t in _extract(question)]
    return [t if _names_cleanly(t.text, False) else replace(t, clean=False) for t in terms]


def _function_words(term: KeyTerm) -> KeyTerm:
    """ "about", "when", "it": function words alone name nothing; never a term to name."""
    said = term.text.split()
    if said and all(w in _FUNCTION_WORDS for w in said):
        return replace(term, term_style=False, clean=False)
    return term


def _extract(question: str) -> list[KeyTerm]:
    for part in _SENTENCE_END.split(question):
        part = _EXAMPLE.sub("", part) or part
        rest = strip_scaffolding(part)
        if phrase_key(rest.split()):
            question = part
            break
    else:
        return []
    pair = re.fullmatch(r"(.+?) (?:and|vs|versus|or) (.+)", rest)
    if pair and _CONTRAST.search(question.lower()):
        return [_key_term(strip_scaffolding(part)) for part in pair.groups() if part.strip()]
    if listed := _word_list(question):
        return [KeyTerm(item, True, listed=True) for item in listed]
    if glossed := _glossed(question):
        return [glossed]
    said = " ".join(words(question))
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
    # "why are black box attacks seen as ...": after is/are, a participle ends the term
    ends = (rest.split()[-1], _key_term(rest).text.split()[-1]) if rest else ()
    verb_may_follow = does is not None and (
        does.group(1) not in _BE or any(w.endswith(_PARTICIPLE_ENDINGS) for w in ends)
    )
    # "what does X do ...", "how does X work ...": X itself is asked about, however
    # long the rest ("why does X ..." asks about a situation; "how do i ..." about a task).
    named = _ABOUT_SUBJECT.match(said) is not None
    terms = [_key_term(rest, verb_may_follow, named=named, joints=compounds(question))]
    if not _names_cleanly(terms[0].text, does is not None and does.group(1) not in _BE):
        terms[0] = replace(terms[0], clean=False)
    if named and not terms[0].term_style:
        # "how does the kv cache speed up generation": an unknown verb follows
        # the subject; its first words are what is asked about (two words last).
        head = terms[0].text.split()
        sizes = [*range(min(len(head) - 1, _TERM_MAX_WORDS), 2, -1), 1, 2]
        terms += [KeyTerm(" ".join(head[:n]), True) for n in sizes if n < len(head)]
    if qualifier := _qualifier(rest, terms[0]):
        terms.append(qualifier)
    led = _VERB_LED.fullmatch(said)
    if led and len(led.group(2).split()) <= _TERM_MAX_WORDS:
        verb, obj = led.groups()
        terms += [_key_term(strip_scaffolding(obj)), _key_term(f"{verb} {obj}")]
    return terms + _after_kind_and_verb(said, rest, terms[0])


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


def _qualifier(rest: str, first: KeyTerm) -> KeyTerm | None:
    """ "gradient descent with momentum": a short noun phrase after "with" the term."""
    tail = rest[len(first.text) :].split()
    if not first.text or tail[:1] != ["with"] or not 1 <= len(tail) - 1 <= _REST_MAX_WORDS:
        return None
    said = tail[1:]
    starts = _DETERMINERS | _VAGUE | _PERSONAL_WORDS | _QUANTIFIERS
    if _BOUNDARY.intersection(said) or said[0] in starts:
        return None
    term = _key_term(" ".join(said))
    whole = term.term_style and term.text == " ".join(said)
    return replace(term, qualifier=True) if whole else None


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


def _names_cleanly(term: str, verb_follows: bool) -> bool:
    """Not "transformer know" ("how does a transformer know ..."), "rank calculated"
    or "ignore all previous instructions": a verb or a determiner inside is a clause."""
    tokens = term.split()
    if len(tokens) < 2:
        return True
    # "person s joints": a possessive makes a phrase, not a name
    if tokens[-1].endswith("ed") or _DETERMINERS.intersection(tokens[1:]) or "s" in tokens:
        return False
    return not (verb_follows and not tokens[-1].endswith((*_NOUN_ENDINGS, "s")))


def _key_term(
    rest: str,
    verb_may_follow: bool = False,
    *,
    named: bool = False,
    joints: frozenset[tuple[str, str]] = frozenset(),
) -> KeyTerm:
    tokens = rest.split()
    cut = len(tokens)
    for i, token in enumerate(tokens[1:], start=1):
        if token in _BOUNDARY:
            cut = i
            break
        # "null space of a matrix" ends at "of"; "theory of mind" is one term;
        # "a step the optimizer takes" is a clause.
        if (token == "of" and i >= 2) or token == "the" or _verb_then_particle(tokens, i):
            cut = i
            break
    term = tokens[:cut]
    # A term cut by a preposition, not by a known verb, may still end in a verb.
    by_preposition = cut < len(tokens) and tokens[cut] in _PREPOSITIONS
    content_rest = [w for w in tokens[cut:] if w not in _FILLER]
    n_term = len(phrase_key(term)) - sum(pair in joints for pair in itertools.pairwise(term))
    term_style = (
        0 < n_term <= _TERM_MAX_WORDS
        and (len(content_rest) <= _REST_MAX_WORDS or named)
        # "input, hidden and output layers": a list of short terms, not one term
        # ("X and when should i use it" is a second question, not a list)
        and not (
            n_term <= 2
            and cut < len(tokens) - 1
            and tokens[cut] in ("and", "or")
            and tokens[cut + 1] not in _WH_WORDS
        )
        # "removing unneeded connections from a network": an action described
        and not (n_term >= 2 and term[0].endswith("ing") and content_rest)
    )
    # "temperature when sampling from an llm": one word, then a clause about it.
    term_style = term_style or (
        n_term == 1
        and 0 < cut < len(tokens)
        and not term[0].endswith(("ing", "ed"))
        and term[0] not in _GENERIC | _VAGUE
        and tokens[cut] in _BOUNDARY - _BE - {"and", "or"}
    )
    verb_last = by_preposition or cut == len(tokens) or tokens[cut] in _AFTER_VERB
    return KeyTerm(
        " ".join(term),
        term_style,
        verb_may_follow and verb_last,
        continues=bool(content_rest),
        relative=bool(_RELATIVE.intersection(tokens[cut:])),
    )


def _verb_then_particle(tokens: Sequence[str], i: int) -> bool:
    """ "database [made] for storing", "cofounder [went] on to": a past tense or
    participle then a preposition ends the noun phrase ("random seed for" does not)."""
    token = tokens[i]
    past = token in _IRREGULAR_PAST or (
        len(token) >= 5 and token.endswith("ed") and not token.endswith("eed")
    )
    return past and i + 1 < len(tokens) and tokens[i + 1] in _PARTICLES
