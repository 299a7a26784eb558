"""Question scaffolding: the lead-in and trailing words around a key term, stripped."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from rag_glossary.coverage.phrases import words
from rag_glossary.terms import OTHER_FORM_OF

# What a question asks of a term: "the formula of X", "X formula".
ASKING = frozenset(
    str.split(
        """
        idea concept notion point purpose role use uses meaning definition intuition
        formula equation goal advantage advantages disadvantage disadvantages benefit
        benefits drawback drawbacks pros cons limitation limitations history origin
        downside downsides upside upsides
        inventor output input size dimensions shape name application applications component
        components part parts step steps stage stages phase phases math maths mathematics
        example
        """
    )
)
# Question scaffolding around the key term, stripped repeatedly from the front.
_ADJECTIVES = "common|main|basic|typical|popular"
_IRREGULAR_PLURALS = "people|men|women|children|data|criteria|phenomena|mice|feet|teeth"
_DIFFERENCE = "(?:difference|differences|diff|distinction)"
# a setting before the question ("in an mdp whats X"), but not the sides of "X vs Y, whats
# the difference": a difference asked without "between" is about what came before
_SETTING = (
    r"(?:in|for|according to|on|with) ([\w ]+?)"
    r"(?= (?:what|whats|what s|how|why|which|who|when|where) )"
    r"(?! (?:whats|what s|what is|what are) (?:the )?" + _DIFFERENCE + r"\b(?! between))"
)
_LEAD = re.compile(
    r"^(?:"
    r"(?:is there|are there|whats|what s|what is|do you know) (?:an?|the|any) (?:name|word|term)s?"
    r" for|(?:an? |the )?(?:name|word|term) for"
    r"|what (?:do|does|did|would|should) (?:you|we|people|they|one|i|someone) call"
    r"|(?:can|could|would) you|please|pls|hey|ok|so|quick question|question|eli5|tldr"
    r"|what (?:causes|caused|happens|makes|determines|affects|controls|decides|limits|drives)"
    r"|(?:what )?(?:counts|qualifies) as"
    # "who is considered health care personnel": the verb that classes asks what X is
    r"|(?:what|who|which)(?: is| are| s)? (?:considered|regarded as|classed as|classified as)"
    # "i keep seeing pixel spacing in ...": a chatty opener says where the user met the term
    r"|(?:i|we) (?:keep|kept) (?:seeing|hearing|reading about|running into|coming across)"
    r"(?: (?:about|of))?(?: the (?:term|word|phrase))?"
    # "what do you use a framing square for", "what does a carpenter use a chisel for": the
    # object of "use ... for" is asked about; its user (a pronoun, "a/the" noun or a
    # plural) is no term
    r"|what (?:do|does|did) (?:i|we|you|one|people|they|(?:an?|the) \w+|\w+s) use"
    r"(?= \S.* for $)"
    # "how strong is the magnet": the degree asked of what follows (not "how is", "how come")
    r"|how (?!(?:is|are|was|were|do|does|did|can|could|should|would|will|come|exactly"
    r"|actually|even|else|to)\b)\w+"
    # "how high up is the ionosphere", "how far down is ...": a particle of the degree
    r"(?: (?:up|down|out|off|away|in))?(?= (?:is|are|was|were)\b)"
    r"|whats|wats|what s|hows|who \w+ed|who (?:invented|wrote|made|coined|built|came up with)"
    r"|(?:how|where) (?:to|do i|do you|do we|can i|can we|can you|should i|should you"
    r"|would i|would you|could i|could you|does one|can one)(?: \w+ly)? \w+"
    # "how do you work out kinetic energy", "how to set up a wallet": the verb's particle
    # goes with the verb, not with the term after it
    r"(?: (?:out|up|back)(?= \w))?"
    r"|(?:should|can|could|do|would|must) (?:i|we|you|one) \w+"
    # "when am i allowed to set up aurora veil": the asker's leave or ability to do a thing,
    # then the verb, asks about the thing after it (not "am i supposed to": what is expected
    # of the asker in a setting, "in the opening when am i supposed to ...")
    r"|(?:am i|are (?:we|you)|is one) (?:allowed|able) to \w+(?: (?:out|up|back))?"
    r"|(?:what|how|why|when|where|which) (?:should|can|could|would|must) (?:i|we|you|one)"
    r"(?: (?:use|apply|choose|pick|try))?"
    r"|who (?:first )?\w+"
    r"|how (?:much|many|often|far|long|big|large|small|well|fast|good"
    r"|wide|deep|tall|high|heavy|thick)"  # "how deep does the chisel go": a measure asked
    r"|"
    + _SETTING
    + r"|i (?:want|need|would like) to (?:know|understand|learn)(?: about| what| how)?"
    r"|(?:name|list|give|mention) (?:some|a few|several|the|two|three|[2-9]|me)(?: some| a few)?"
    r"|(?:give|list|name|show)(?: me)?(?: some| a few)? examples? of"
    # "tips for a good user interview": advice asked about a thing, and how well to do it
    r"|(?:tips|advice|tricks|best practices|guidelines|guidance) (?:for|on|about)"
    r"(?: (?:an?|the))?(?: (?:good|great|better|successful|effective))?"
    # "short form of the tunisian knit stitch", "which abbreviation is used for the forward
    # pass": the other written form of a name asks for the name's entry
    r"|(?:the )?" + OTHER_FORM_OF + r"|help me understand|tell me (?:about|what|how)"
    r"|give me (?:an? )?(?:overview|intro|definition)"
    r"|(?:what|how|why|when|where|who|which)(?: s| is| are| was| were| does| do| did| can| could"
    r"| should| would| will| exactly| actually| even(?= (?:is|are|s|does|do)\b))?"
    r"|explain|define|describe|summarize|clarify|meaning of|definition of|what is meant by"
    r"|meant by|(?:you|we|one|they|people|i) mean by"
    r"|(?:an? )?(?:overview|introduction|intro|explanation|summary) (?:of|to)"
    r"|(?:the )?" + _DIFFERENCE + " between"
    r"|(?:is|are) there|(?:is|are|does|do|did|can|should|would|will|was|were)"
    # an auxiliary right before a modal asks nothing ("is ought distinction" = "is-ought")
    r"(?!\s+(?:ought|must|shall|should|could|would|might)\b)"
    r"|(?:the )?(?:" + "|".join(sorted(ASKING)) + r"|main idea)s? (?:of|behind)"
    r"|(?:the )?catch (?:with|of|in|for|to)"  # "whats the catch with X": X's problems
    # "the three vs of big data", "the 4 pillars of mlops": counted parts of Y ask about Y
    r"|(?:two|three|four|five|six|seven|[2-9]) (?:\w+s|" + _IRREGULAR_PLURALS + r") of"
    # a count before a plural ("the two types of"), not one that starts a name ("two phase
    # locking", "three way handshake")
    r"|(?:two|three|four|five|[2-9])(?= (?:\w+s|" + _IRREGULAR_PLURALS + "|" + _ADJECTIVES + r")\b)"
    r"|(?:several|various|different|" + _ADJECTIVES + ")"
    r"|(?:kind|kinds|type|types|examples?) of|an?|the|some|any|each|every|my|your|this|that"
    r")\s+"
)
_VAGUE_SUBJECT = re.compile(r"^(?:someone|somebody|anyone|people) \w+\s+")
_TRAIL = re.compile(
    r"\s+(?:work|works|working|mean|means|(?:is|are) there|meaning|stands? for(?: what)?"
    r"|do|does|is|are"
    r"|explained|explanation|exactly|pls|please|thanks|in simple terms|in plain english"
    # "what does reconciliation mean here", "... overdose officially mean there": the
    # meaning asked where the user met the term, no word of it
    r"|(?:(?:officially|actually|really|exactly|precisely|technically|formally|strictly)\s+)?"
    r"(?:mean|means) (?:here|there|in this context)"
    r"|even (?:mean|means)"  # "what does muxing even mean"
    r"|in a nutshell|for beginners|simply|briefly|used for|good for|about|actually|definition"
    # "what is kube-controller-manager responsible for", "what is kubectl for"
    r"|(?:responsible|needed|useful|required|meant|designed) for|for"
    # "when is X ok to use", "is X worth it": a judgement asked of X, no words of X
    r"|(?:ok|okay|fine|safe|wise|appropriate|a good idea|a bad idea) to use|worth it"
    r"|worth (?:using|buying|getting|the money|the cost|the effort)"
    r"|(?:explain )?like (?:im|i m|i am) (?:5|five)|explain|eli5"
    r"|(?:abbreviation|acronym|abbr)(?: meaning)?|full form"
    # Thai "คืออะไร" ("what is it"), "แปลว่าอะไร" ("means what") typed in Latin letters
    r"|(?:khue|kue|khuue|khu) ?a ?rai|(?:plae|plaae) ?wa ?a ?rai"
    # "thinning meaning mcmc", "underwriting definition finance": the field after the term
    # ("X meaning in Y" is read elsewhere); not "explained", a participle that opens names
    # ("pca explained variance")
    r"|(?:meaning|definition|explanation)(?! (?:of|in|for)\b)(?: \w+){1,3})$"
)


# the long words a question trails a term with; a slip in one ("defintion", "meanng")
# is read as the word, since the glossary's own spelling corrector only knows its words
_TRAIL_NOUNS = ("definition", "meaning", "explanation")


def _respelled(word: str) -> str:
    if len(word) < 6 or word in _TRAIL_NOUNS or word[:-1] in _TRAIL_NOUNS:  # a plural is said
        return word
    # the first letter kept: "leaning" is a word of its own, not "meaning"
    near = (n for n in _TRAIL_NOUNS if n[0] == word[0] and OSA.distance(word, n) <= 1)
    return next(near, word)


@lru_cache(maxsize=4096)
def strip_scaffolding(question: str) -> str:
    # cached: one question is stripped again by each rule that reads its bare term
    said = text = " ".join(_respelled(w) for w in words(question))
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


_SETTING_LEAD = re.compile("^" + _SETTING + " ")


def setting_of(question: str) -> tuple[str, str] | None:
    """The setting a question opens with and what it asks there ("in an mdp whats the
    number ..." -> ("an mdp", "whats the number ...")); None without one."""
    text = " ".join(words(question))
    found = _SETTING_LEAD.match(text)
    return (found.group(1), text[found.end() :]) if found else None


_PRONOUNS = frozenset(("it", "this", "that"))  # "what does it mean for X to ...": no term
# "what does F mean in a pk model": the verb the question asks with, then where it asks
_MEANS_THERE = re.compile(
    r"(?P<term>.+?) (?:mean|means|stand for|stands for|refer to|refers to)"
    r" (?:in|within|when|for|on|to) \S.*"
)


# "wordform meaning in linguistics": the word asking a term's meaning, then the setting it
# is asked in (answer/question._MEANING_IN reads it the same way)
_MEANING_BEFORE_SETTING = re.compile(
    r"^(?P<term>\S.*?) (?:meaning|definition|explanation)(?= (?:in|within|for|on|when) \S)"
)


# "operational definition in psychology", "literal meaning in law": after an adjective the
# noun is the head of the name, not a word asking about it
_ADJECTIVE_ENDINGS = ("al", "ive", "ic", "ous", "ary", "able", "ible")


def meaning_before_setting(rest: str) -> str:
    """ "wordform meaning in linguistics" -> "wordform in linguistics": the meaning asked
    of a term in a setting is no word of the term (the bare final word is _TRAIL's)."""
    found = _MEANING_BEFORE_SETTING.match(rest)
    if not found or found.group("term").split()[-1].endswith(_ADJECTIVE_ENDINGS):
        return rest
    return found.group("term") + rest[found.end() :]


def setting_after_meaning(rest: str) -> str:
    """The term of "what does X mean in Y": X, without the verb and the setting after it
    (else the setting's preposition cut the term as "x mean")."""
    found = _MEANS_THERE.fullmatch(rest)
    return found.group("term") if found and found.group("term") not in _PRONOUNS else rest
