"""What a question asks: its shape, its term (or the two sides of a comparison),
and the words beyond the term that the answer has to address."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from rag_glossary.answer.cjk_compared import compared_in_script
from rag_glossary.answer.compared_sides import REFERS_BACK, headed, shared_head
from rag_glossary.answer.language_asks import asks_does_in_language, term_in_language
from rag_glossary.answer.language_cues import comparison_read
from rag_glossary.coverage.thai_terms import thai_asks_other
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import tokenize
from rag_glossary.terms import extract_term, normalize, without_setting

Shape = Literal["define", "expand", "compare", "list", "why", "number", "content"]

# Question words that say what kind of answer is wanted, not what it is about.
_QUESTION_WORDS = frozenset(
    tokenize(
        "what whats which who whom where when how why do does did can could should would "
        "i me my you your we us our pls please tell about describe according give "
        "exactly really actually mean means meaning kind kinds way ways thing things "
        "use used using difference differences diff btw distinguish distinguishes contrast "
        "between vs versus compare compared differ different "
        "from have has had get gets just also very"
        # auxiliaries the BM25 stop list (bm25s's, which has "was") lacks: "how old people
        # were when they died" asks about age and death, not about "were"
        " were been being"
    )
) | frozenset(("s", "t", "d", "ll", "re", "ve", "m"))  # what's, don't: contraction residue
# Pronouns that point back at the term the question has just named.
_STAND_INS = frozenset(("its", "their", "one", "ones"))  # "what is that one called"
_COMPARE = lazy_regex(
    r"^(?:(?:what\s+(?:is|are)|what's|whats)\s+)?(?:the\s+)?"
    # a misspelled "diffrence" is mended before this (coverage/cue_words.py)
    r"(?:differences?|diff|distinction|distinguish)\s+(?:between|btw)\s+(.+?)\s+and\s+(.+)$"
    r"|^(?:compare\s+|when\s+(?:to|should\s+(?:i|you|we)|do\s+(?:i|you|we))\s+use\s+)?"
    r"(.+?)\s+(?:vs\.?|versus|compared\s+(?:to|with))\s+(.+?)(?:\?|$)"
    r"|^(?:how\s+(?:does|do|is|are)\s+)?(.+?)\s+(?:differ|different)\s+(?:from|than)\s+(.+?)(?:\?|$)"
    # the same question in other words: "how do X and Y differ", "compare X with Y",
    # "what distinguishes X from Y", "is X the same as Y", "X and Y differences"
    r"|^(?:how\s+(?:do|does|did)\s+)?(.+?)\s+and\s+(.+?)\s+differ\b"
    r"|^(?:compare|contrast)\s+(.+?)\s+(?:and|with|to)\s+(.+?)(?:\?|$)"
    r"|^(?:what\s+)?distinguish(?:es)?\s+(.+?)\s+from\s+(.+?)(?:\?|$)"
    r"|^(?:is|are)\s+(.+?)\s+the\s+same\s+(?:thing\s+)?as\s+(.+?)(?:\?|$)"
    r"|^(.+?)\s+and\s+(.+?)\s+differences?(?:\?|$)"
    r"|^(.+?)\s+or\s+(.+?)(?:\s*[,;:]|\s+[-–—])\s*(?:which|what|when|how\s+(?:\w+\s+){0,3}"
    r"(?:differ|different|compare)\b)"
    # "is X (really) better than Y": a comparative asks for both sides
    r"|^(?:is|are)\s+(.+?)\s+(?:\w+ly\s+)?(?:better|worse|(?:more|less)\s+\w+|(?!other\b|rather\b)"
    r"\w{3,}er)\s+than\s+(.+?)(?:\?|$)"
    # "should i use X or Y", "which is better, X or Y", "which one should i pick: X or Y"
    r"|^(?:should|do|would|could|can)\s+(?:i|we|you|one)\s+(?:use|choose|pick|prefer|go\s+with)"
    r"\s+(.+?)\s+or\s+(.+?)(?:\?|$)"
    r"|^(?:which|what)\b[^,:;]{0,40}[,:;]\s*(.+?)\s+or\s+(.+?)(?:\?|$)"
    # "which models do meta and microsoft each make": one question asked of two entries
    r"|^(?:which|what)\s+(?:\w+\s+){0,2}(?:do|does|did|are|is|have)\s+([^,;:]+?)\s+and\s+"
    r"([^,;:]+?)\s+(?:each|both)\b"
    # "X and Y - which jobs did each hold": two short names first, then the question asked
    # of each of them
    r"|^(?!(?:when|whenever|if|while|where|what|which|how|why|who)\b)"
    r"((?:\S+\s+){0,4}?\S+)\s+and\s+((?:\S+\s+){0,4}?\S+)\s*(?:[,;:]|\s[-\u2013\u2014]+)\s*"
    r"(?:which|what|whats|how|who|when|where)\b.*\b(?:each(?!\s+other)|both|respectively"
    r"|differ\w*|different|comparison|better|worse|in\s+common)\b"
    r"|^both\s+((?:\S+\s+){0,4}?\S+)\s+and\s+((?:\S+\s+){0,4}?\S+)\s*(?:[,;:]|\s[-\u2013\u2014]+)"
    r"\s*(?:which|what|whats|how|who|when|where)\b",
    re.IGNORECASE,
)
_EXPAND = lazy_regex(
    r"\bstands?\s+for\b|\babbreviation\b|\bacronym\b|\bshort\s+for\b|\bfull\s+form\b", re.I
)
# A singular list word asks for a list only as "step of", "which step": "what happens in
# the model building phase" names a phase, it asks for no list.
_LIST = lazy_regex(
    r"(?:^|[,;]\s*)how\s+(?:to|do|does|can|should|is|are)\b|\b(?:steps|types|kinds|methods|ways|"
    r"examples|techniques|components|tests|rules|paradigms|pros|cons|advantages|"
    r"disadvantages|categories|stages|phases|list)\b"
    r"|\b(?:step|type|kind|method|way|example|technique|component|stage|phase)\s+(?:of|in|for)\b"
    r"|\b(?:what|which|each|every)\s+(?:step|type|kind|method|technique|component|stage|phase)\b",
    re.IGNORECASE,
)
# "how hot should the water be": a magnitude asked, which a text states as a number with a
# unit of measure ("60-100°C"); "... depend on how old people were" only names one, so an
# adjective other than these long-standing ones counts where it opens the question or a clause
_MEASURE = (
    r"\bhow\s+(?:big|large|long)\b|(?:^|[,;]\s*|\band\s+)how\s+"
    r"(?:hot|cold|warm|far|fast|high|deep|heavy|tall|wide|old)\b"
)
_ASKS_MEASURE = lazy_regex(_MEASURE, re.IGNORECASE)
_NUMBER = lazy_regex(
    _MEASURE + r"|\bhow\s+(?:many|much|often)\b|\bwhat\s+(?:percentage|percent|share|"
    r"number|value|score|accuracy|size|year|port)\b|\btypical\s+value\b|\bwhat\s+\w+\s+value\b",
    re.IGNORECASE,
)
# "how many X does Y have ...": a count asked in a clause of its own (not "how much the drug
# builds up ... compared with ...", a comparison of two amounts)
_COUNT_ASKED = lazy_regex(r"(?i)^how\s+(?:many|much)\s+(?:\S+\s+){1,4}?(?:do|does|did|is|are)\s")
_DEFINE = lazy_regex(
    r"^(?:what\s+(?:is|are)|what's|whats|define|explain|describe|meaning\s+of|"
    r"definition\s+of|tell\s+me\s+about"
    r"|who\s+(?:is|are)\s+(?:considered|regarded\s+as|classed\s+as|classified\s+as))\b",
    re.IGNORECASE,
)
_ASKS = lazy_regex(r"(?i)^(whats|what|which|how|why|who|where|when|list|name|give)\b")
_TWO_PART = lazy_regex(
    r"^(.+?)\s+and\s+((?:how|why|whats|what|when|where|which|who|is|are|does|do|can)\b.*)$", re.I
)
_PRONOUNS = frozenset(tokenize("it its they them their this that these those one"))
_DOES = lazy_regex(r"(?i)^what\s+(?:does|do|did)\s+(?!.*\b(?:mean|means|stand|stands)\b)")
# "what is usually done with a basal bifurcation": a habit or a practice is asked, not what
# a term is ("usually done with a basal bifurcation" names nothing)
_PRACTICE = lazy_regex(
    r"(?i)^what\s+(?:is|are|was|were)\s+(?:usually|typically|commonly|generally|normally|often"
    r"|always|sometimes|frequently|mostly|rarely|done)\b"
)
NEGATION = lazy_regex(r"(?i)\b(?:not|never)\b|n't\b")
_ASKS_NAME = lazy_regex(
    r"(?i)\bwhy\b.*\b(?:called|named|name)\b|\b(?:origin|etymology)\s+of\b"
    r"|\bwhere\b.*\bname\b.*\bcome\b|\bname\b.*\bcome\s+from\b"
)
# "whats it called when ...", "what do you call ...", "is there a name for this": the
# question describes a thing and asks its name (not "why is it called X": its origin)
_ASKS_CALLED = lazy_regex(
    r"(?i)\bwhat(?:'s|s|\s+is|\s+are|\s+was|\s+were)?(?:\s+[\w-]+){1,5}?\s+called"
    r"(?=\s*(?:$|[?.,!;:(-]|(?:in|when|and|if|that|for|by|where|on|at|under|with|there|again|now)\b))"
    r"|\bwhat\s+(?:do|would|does|did)\s+\w+\s+call\b|\bname\s+(?:for|of)\s+(?:it|this|that)\b"
    r"|\b(?:a|the)\s+(?:standard\s+)?(?:name|term|word)\s+for\b|\bwhats\s+the\s+name\b"
    r"|^name\s+for\b|\bis\s+there\s+a\s+(?:name|term|word)\b|\bwhat'?s\s+the\s+name\s+of\b"
)
# "mlflow vs dvc, what does each one do": a side ends where the next clause begins
_CLAUSE_END = lazy_regex(r"\s*[,;:]\s+")
# a request after the second side, without a comma: a dash, or a question word or a verb
# of asking that starts a clause of its own
_TRAILING_ASK = lazy_regex(
    r"\s+[-\u2013\u2014]+\s+|\s+(?=(?:which|what|whats|what's|how|when|why|where|who"
    r"|explain|describe|tell)\b)",
    re.IGNORECASE,
)
_ARTICLE = lazy_regex(r"(?i)^(?:a|an|the)\s+")  # "a feature and a dataframe"
_ACRONYM = lazy_regex(r"^[A-Za-z][A-Za-z0-9-]{1,7}$")
# "steps of model selection": a list asked for by a bare noun phrase
_LIST_OF = lazy_regex(
    r"(?i)^(?:steps?|types?|kinds?|methods?|ways?|examples?|stages?|phases?|components?"
    r"|categories|techniques?)\s+(?:of|in|for|to)\b"
)
# "is convolution commutative", "when is model complexity optimal": a short question about
# a fact of the term, not its definition (every word beyond the term is what is asked)
_ASKS_FACT = lazy_regex(
    r"(?i)^(?:is|are|does|do|can|when|where|who|which|whom|whose|should|will|was|were)\b"
)


@dataclass(frozen=True)
class Question:
    """The parts of a question the composer uses."""

    text: str
    shape: Shape
    term: str
    sides: tuple[str, ...] = ()
    focus: frozenset[str] = frozenset()
    names_term: bool = False  # "what is X (and ...)": the entry titled X answers
    two_part: bool = False  # "... and how/why ...": a second entry may answer the second part
    words: frozenset[str] = frozenset()  # every content word, the term's included
    # the term was read from a longer question ("what does X mean on the Y", a statement
    # then "what is X"): the rest of its words are the setting it is asked in
    in_setting: bool = False
    # the language whose words asked the comparison ("rozdiel medzi X a Y": sk), whose
    # stems match its inflected sides with the titles (None: English, or by script)
    language: str | None = None

    @property
    def asks_name(self) -> bool:
        """ "Why is it called X", "where does the name come from": the name's origin."""
        return bool(_ASKS_NAME.search(self.text))

    @property
    def asks_called(self) -> bool:
        """ "Whats it called when ...": the name of a thing the question describes."""
        return not self.asks_name and bool(_ASKS_CALLED.search(self.text))

    @property
    def asks_measure(self) -> bool:
        """ "How hot", "how far", "how long": a magnitude, stated by a number."""
        return self.shape == "number" and bool(_ASKS_MEASURE.search(self.text))

    @property
    def negated(self) -> bool:
        """The question asks the negative ("when should i not use X", "why shouldn't i"),
        which lexical matching cannot see: "not" is a stop word."""
        return bool(NEGATION.search(self.text))

    @property
    def acronym(self) -> str | None:
        """The term when it looks like an acronym (``MAE``, ``mcp``, ``M-RAG``)."""
        raw = self.term.replace(" ", "-") if len(self.term.split()) <= 2 else self.term
        word = _said_as(raw, self.text)
        if not _ACRONYM.match(word) or len(word) > 8:
            return None
        looks_upper = word.upper() == word and any(c.isalpha() for c in word)
        if not (looks_upper or len(word) <= 4):
            return None
        return word if any(c.isupper() for c in word) else word.upper()


def _said_as(raw: str, text: str) -> str:
    """``raw`` as ``text`` writes it (its case), else ``raw``; plain ASCII is matched
    without compiling a pattern per question."""
    if raw.isascii() and text.isascii():
        at = text.lower().find(raw.lower())
        return text[at : at + len(raw)] if at >= 0 else raw
    original = re.search(re.escape(raw), text, re.IGNORECASE)
    return original.group(0) if original else raw


def second_part(text: str) -> str | None:
    """The second question of a two-part one ("what is X and *what is the Y it ...*")."""
    found = _TWO_PART.match(" ".join(text.split()).rstrip("?!. "))
    return found.group(2) if found and _ASKS.match(found.group(1)) else None


def asks_define(text: str) -> bool:
    """ "what is ...", "define ...": the text asks what something is."""
    return bool(_DEFINE.match(text))


# "DP in federated learning - what is it": the name first, then the question about it
_WHAT_IS_IT = lazy_regex(
    r"\s*[-\u2013\u2014,:;]+\s*(?:so\s+)?(?:what(?:'s|\s+is|\s+are)\s+(?:it|this|that|they)"
    # "..., what does it actualy mean": a slip in the adverb still asks what it is
    r"|what\s+does\s+(?:it|this|that)(?:\s+\w+)?\s+mean)$",
    re.I,
)


# "in swarm mode what is a task", "for dendropy, what is a seed node": a short context
# phrase before the question word
_CONTEXT_FIRST = lazy_regex(
    r"(?i)^(?:in|for|on|within|under|with)\s+((?:\S+\s+){0,3}?\S+\s*,?|(?:\S+\s+){4,7}?\S+\s*,)\s+"
    r"(?=(?:what|whats|what's|define|explain|describe)\b)"
)


def analyze(question: str) -> Question:
    text = " ".join(question.split()).strip()
    if (in_language := comparison_read(text)) is not None:
        # "unterschied hsi und hse": its sides are matched by the language's stems
        return replace(analyze(in_language[1]), text=text, language=in_language[0])
    if (compared := compared_in_script(text)) is not None:
        return replace(analyze(compared), text=text)  # "AとBの違い"
    bare = text.rstrip("?!. ")
    if (asked := _WHAT_IS_IT.search(bare)) and bare[: asked.start()].strip():
        bare = f"what is {bare[: asked.start()].strip()}"
    if (proper := _defined_in_setting(bare)) is not None:
        return replace(proper, text=text)
    if (context := _CONTEXT_FIRST.match(bare)) and bare[context.end() :].strip():
        # "in swarm mode what is a task": the question proper, its context among its words
        proper = analyze(bare[context.end() :])
        said = frozenset(t for t in tokenize(context.group(1)) if t not in _QUESTION_WORDS)
        return replace(proper, text=text, words=proper.words | said)
    two_part = _TWO_PART.match(bare)
    # "whats the difference between X and Y, and when do they apply" compares, whole
    if two_part and _ASKS.match(two_part.group(1)) and not _sides(two_part.group(1)):
        first, second = two_part.group(1), two_part.group(2)
        focus = frozenset(t for t in tokenize(second) if t not in _QUESTION_WORDS | _PRONOUNS)
        if _DEFINE.match(first):  # "what is X and why ...": X's entry, then the reason
            rest = analyze(second)
            part: Shape = rest.shape if rest.shape != "define" else "content"
            term = extract_term(first)
            words = focus | frozenset(t for t in tokenize(term) if t not in _QUESTION_WORDS)
            # "what is X and how does it differ from Y": "it" is X; a compare shape
            # never goes without its two sides
            sides = headed(tuple(term if s in REFERS_BACK else s for s in rest.sides))
            if part == "compare" and len(sides) != 2:
                part, sides = "content", ()
            return Question(text, part, term, sides, focus, True, two_part=True, words=words)
        head = analyze(first)
        return replace(head, text=text, focus=head.focus | focus, two_part=True)
    term = extract_term(bare)
    sides = _sides(bare)
    if sides and _COUNT_ASKED.match(bare):
        # "how many denominations does the dollar system have compared to utxos": a count
        # asked of one thing, the other side only a yardstick; the number answers
        sides = ()
    shape: Shape
    if sides:
        shape = "compare"
    elif _EXPAND.search(bare):
        shape = "expand"
        term = normalize(
            re.sub(
                r"(?i)\b(stands?\s+for|short\s+for|full\s+form(?:\s+of)?|what(?:\s+(?:does|is|are))?"
                r"|the|abbreviation|acronym)\b",
                " ",
                term,
            )
        )
    elif _NUMBER.search(bare):
        shape = "number"
    elif re.match(r"(?i)^why\b", bare) or re.search(r"(?i)\band\s+why\b", bare):
        shape = "why"
    elif _LIST.search(bare) and not (
        len(bare.split()) <= 4 and not _ASKS.match(bare) and not _LIST_OF.match(bare)
    ):
        shape = "list"
    elif asks_does_in_language(bare):
        shape = "define"  # "was macht ein kreisbrandmeister": X's entry says (round 58 DO)
    elif _DOES.match(bare) or _PRACTICE.match(bare):
        shape = "content"  # "what does TPOT automate": not a definition question
    elif _DEFINE.match(bare) or (
        len(bare.split()) <= 5 and not _ASKS_FACT.match(bare) and not thai_asks_other(bare)
    ):
        shape = "define"
    else:
        shape = "content"
    words = frozenset(t for t in tokenize(bare) if t not in _QUESTION_WORDS)
    focus = words - set(tokenize(term)) if shape in ("define", "expand") else words
    if shape in ("define", "expand") and (read := term_in_language(term, bare))[1]:
        # "ce înseamnă PSI": the term without its language's question words (round 54 WL)
        term = read[0]
        focus = words - set(tokenize(term)) - read[1]
    return Question(
        text, shape, term, sides, focus, names_term=shape in ("define", "expand"), words=words
    )


# "tolerance meaning in plain text accounting": the term, the word asking its meaning, then
# the setting it is asked in
_MEANING_IN = lazy_regex(r"(?i)^(.+?)\s+(?:meaning|definition)\s+(?:in|within|for|on|when)\s+\S.*$")
# a clause that asks what a term is, after what came before it: "..., what does hypertrophy
# actually mean", "... before places. what is a run sheet actually"
_LAST_CLAUSE = lazy_regex(
    r"(?i)(?:[.?!;,]|\s[-\u2013\u2014])\s+(?:(?:so|and|but|then|well|ok|okay)\s+)?((?:what(?:'s|s|\s+is|\s+are)|what\s+(?:does|do)\s+\S)[^.?!;,]*)$"
)


def _defined_in_setting(bare: str) -> Question | None:
    """The definition question a longer question holds, as the retriever's term signal and
    the coverage lookup read it, with the words of its setting among its words: "what does
    LX mean on the tech schedule" asks what LX means (terms.without_setting), as does
    "tolerance meaning in plain text accounting"; a statement that uses a term, then "what
    is a run sheet actually", asks what that term is. Read whole, the setting's or the
    statement's words become the term ("lx mean on the tech schedule") and no entry is
    named by it."""
    setting = without_setting(bare)
    meaning = _MEANING_IN.match(bare)
    clause = _LAST_CLAUSE.search(bare)
    story = False
    if setting != bare:
        proper = setting
    elif meaning:
        proper = f"what is {meaning.group(1)}"
    elif clause and not _ASKS.match(bare):
        proper, story = clause.group(1), True  # a statement, then the question
    else:
        return None
    asked = analyze(proper)
    if asked.shape not in ("define", "expand") or not asked.term:
        return None
    if REFERS_BACK.union(_STAND_INS).intersection(asked.term.split()):
        return None  # "..., what does that mean", "what is that called": asked of the story
    before = normalize(bare[: len(bare) - len(proper)])
    if story and f" {asked.term} " not in f" {before} ":
        return None  # the statement uses the term it then asks about ("my run sheet")
    said = frozenset(t for t in tokenize(bare) if t not in _QUESTION_WORDS)
    return replace(asked, words=asked.words | said, in_setting=True)


def _sides(text: str) -> tuple[str, ...]:
    match = _COMPARE.match(text)
    if not match:
        return ()
    left, right = (_CLAUSE_END.split(g)[0] for g in match.groups() if g is not None)
    right = _TRAILING_ASK.split(right)[0]  # "Y - which belongs where", "Y explain like im 5"
    sides = tuple(extract_term(_ARTICLE.sub("", side)) for side in (left, right))
    if not all(sides):
        return ()
    left, right = headed(sides)
    return (shared_head(left, right), right)
