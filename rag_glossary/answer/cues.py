"""What marks the sentence a question asks for: a reason, a contrast, a number, where a
name comes from, a remedy; and a later sentence that alone answers the question's words."""

from __future__ import annotations

from re import Pattern

from rag_glossary.answer.pieces import count_words
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit
from rag_glossary.answer.unit_roles import is_filler
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import tokenize

LATER_COVERAGE = 0.2  # a later sentence this close to the question, when no other comes close
WHY = lazy_regex(
    r"(?i)\b(because|since|due to|reason|so that|therefore|thus|as it|allows?|helps?|in order to"
    r"|benefits?|useful|important|purpose|advantages?|to (?:reduce|avoid|improve|speed)"
    r"|motivated|driven by|in response to|responding to|(?:lies?|lay) in)\b"
)
# a sentence that goes on to explain the one before it: by its means ("By shifting the
# policy, ..."), its condition ("If your sampling rate is too low, ..."), or as its
# conclusion ("In this way, ...", "(This is why ...")
EXPLAINS = lazy_regex(
    r"^\(?(?:By\s+[a-z]+ing\b|If\b|In this way\b|(?:This|That) (?:is|was|'s) why\b)"
)
CONTRAST = lazy_regex(r"(?i)\b(unlike|whereas|while|compared|instead|rather than|differ)")
NEVER = lazy_regex(r"(?!)")
# where a name comes from: "The name ... was coined", "named after", "derives from"; a
# name given in quotes ("his younger daughter is named 'Maria'") is what it was made of
NAMING = lazy_regex(
    r"(?i)\b(?:the (?:name|term|word)\b|coined|named (?:after|for)|derives?d? from|comes from"
    r"|origin of|etymolog|(?:named|called)\s+['\"‘“][^\W\d_])"
)
# "how do i ...", also as a two-part question's second part ("what is X and how can i ...")
HOW_QUESTION = lazy_regex(
    r"(?i)(?:^|\band\s+)how\s+(?:do|can|should|could|would)\s+(?:i|we|you|one)\b"
)
MEANS = lazy_regex(
    r"(?i)\b(?:to (?:overcome|solve|address|mitigate|tackle|alleviate|handle|fix)"
    r"|solutions?|remed(?:y|ies))\b"
)
# "what can go wrong with it", "any drawbacks": the question asks for problems, and a
# section headed by a word for problems ("Common pitfalls", "Limitations") gives them;
# "whats the catch (with X)", not "the catch rate"
ASKS_PROBLEMS = lazy_regex(
    r"(?i)\b(?:go(?:es)?\s+wrong|problems?|issues?|pitfalls?|drawbacks?|downsides?|"
    r"disadvantages?|limitations?|weakness(?:es)?|risks?|challenges?|caveats?|cons"
    r"|the\s+catch\b(?!\s+(?!(?:with|of|in|for|to|when|if|here)\b)\w))"
)
PROBLEMS = lazy_regex(
    r"(?i)\b(?:problems?|issues?|pitfalls?|drawbacks?|downsides?|disadvantages?|limitations?"
    r"|weakness(?:es)?|risks?|challenges?|caveats?|cons)\b"
)
# "whats the upside", "what are the pros": the question asks for what speaks for it, and
# a part labelled by a word for that ("Advantage:", "Benefits") gives it. The word ends
# its phrase ("the upside of each", "advantages over k-means"): before another noun it
# names a thing ("the advantage function"), as right after "what is" ("what is advantage")
ASKS_BENEFITS = lazy_regex(
    r"(?i)(?<!what is )(?<!what's )(?<!whats )\b(?:upsides?|benefits?|advantages?|pros|strengths?)"
    r"(?=\s*(?:$|[,.;:?!-]|(?:of|and|over|for|in|to|when|with|compared|vs)\b))"
    r"|\b(?:why|when)\s+(?:would|should|do|does|did)\s+(?:i|we|you|one|they|people)\s+use\b"
)
BENEFITS = lazy_regex(r"(?i)\b(?:upsides?|benefits?|advantages?|pros|strengths?)\b")
# "This can extend the life of the cutting bit.", "This can improve the surface quality":
# a sentence saying what the thing gains, the answer to "why would i use it"
GAIN = lazy_regex(
    r"(?i)\b(?:can|will|helps?(?: to)?)\s+(?:greatly\s+|also\s+|significantly\s+)?"
    r"(?:extend|improve|reduce|increase|prevent|avoid|save|speed up|protect|lengthen|lower)\b"
)
# "how do you deal with it", "how do i make it less noticeable": the part asks for a
# remedy, which a sentence saying what helps reduce or avoid the thing (GAIN) gives
ASKS_REMEDY = lazy_regex(
    r"(?i)\bhow\s+(?:do|can|could|should|would|to)\s+(?:(?:i|we|you|one|they|people)\s+)?"
    r"(?:deal\s+with|handle|fix|avoid|prevent|reduce|minimi[sz]e|mitigate|overcome|"
    r"get\s+rid\s+of|make\s+(?:it|them|this|that)\s+less)\b"
)
# "why does it matter": the part headed "Why it matters" or "Importance", not an advantage
# of one of the things the entry lists
ASKS_IMPORTANCE = lazy_regex(
    r"(?i)\bwhy\s+(?:does|do|did|would|should)\s+(?:it|this|that|they|these)\s+matter\b"
    r"|\bwhy\s+(?:is|are)\s+(?:it|this|that|they|these)\s+important\b"
)
IMPORTANCE = lazy_regex(r"(?i)\b(?:why\s+it\s+matters|importance|significance)\b")


# "how does it work": "How it works:", "Mechanism"; "what is it used for": "Use cases:"
ASKS_WORKINGS = lazy_regex(r"(?i)\bhow\s+(?:does|do|did)\s+(?:\S+\s+){0,5}?work\b")
WORKINGS = lazy_regex(r"(?i)\b(?:how\s+it\s+works|mechanism|under\s+the\s+hood)\b")
ASKS_USES = lazy_regex(
    r"(?i)\b(?:used\s+for|use\s+cases?|applications?\s+of|what\s+(?:is|are)\s+\S+\s+for)\b"
)
USES = lazy_regex(r"(?i)\b(?:use\s+cases?|applications?|used\s+for|when\s+to\s+use)\b")


# "what are the main things causing it", "where do the alerts come from": the question
# asks what causes it, and a lead-in or label that names causes ("there are three key
# contributors:", "Model risk can stem from various causes:") gives them
ASKS_CAUSES = lazy_regex(
    r"(?i)\bwhat\s+(?:(?:are|is|were)\s+)?(?:(?:the|its|their)\s+)?(?:\w+\s+){0,2}?"
    r"(?:causes|caused|causing)\b|\bwhere\s+(?:does|do|did|can|could|might|may)\s+"
    r"(?:\S+\s+){1,4}?come\s+from\b|\bwhat\s+(?:leads|contributes)\s+to\b"
)
CAUSES = lazy_regex(
    r"(?i)\b(?:causes|caused\s+by|contributors?|contributing|stems?\s+from"
    r"|sources\s+of|origins?)\b"
)


def asked_label(q: Question) -> Pattern[str] | None:
    """The words that label the part of an entry a question asks for: its problems
    ("whats the catch": "Challenges:"), what speaks for it ("upside": "Advantage:"),
    why it matters, how it works or what it is used for.
    """
    if ASKS_PROBLEMS.search(q.text):
        return PROBLEMS
    if ASKS_IMPORTANCE.search(q.text):
        return IMPORTANCE
    # "what is quantum advantage": the term ends with the word, it names a thing
    named = BENEFITS.search(q.term.rsplit(" ", 1)[-1]) if q.term else None
    if named is None and ASKS_BENEFITS.search(q.text):
        return BENEFITS
    if ASKS_WORKINGS.search(q.text):
        return WORKINGS
    if not q.asks_name and ASKS_CAUSES.search(q.text):
        return CAUSES
    return USES if ASKS_USES.search(q.text) else None


# a number in digits or an exact count in words ("the following ten symbols"); not "one",
# which says "a" as often as a count, nor "hundreds or thousands", which count nothing
NUMBER = lazy_regex(
    r"(?i)\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|forty|fifty)\b"
)
CUES = {"why": WHY, "compare": CONTRAST, "number": NUMBER}
# "where on the screen is the sprite list": the question asks a place, and the sentence
# that says one ("Located below the stage.") answers, though it says none of its words
ASKS_PLACE = lazy_regex(r"(?i)^where\b")
PLACE = lazy_regex(
    r"(?i)\b(?:located|situated|positioned|found\s+(?:in|on|at|under|near|below|above)"
    r"|below|above|beneath|underneath|behind|in\s+front\s+of|next\s+to|beside|adjacent\s+to"
    r"|(?:left|right)[-\s]hand\s+side|on\s+the\s+(?:left|right|top|bottom)\b)"
)


def cue_for(q: Question) -> Pattern[str] | None:
    """The mark of the sentence that answers the question's shape, if it has one."""
    if q.asks_name:
        return NAMING
    if ASKS_PLACE.match(q.text) and q.shape != "number":
        return PLACE
    if q.shape == "list" and HOW_QUESTION.search(q.text):
        return MEANS  # "how do i recommend to a new user": the entry's remedy, not its list
    return CUES.get(q.shape)


def later_answer(
    q: Question,
    focus: frozenset[str],
    scored: list[tuple[float, Unit, list[str]]],
    definition: tuple[Unit, list[str]],
    max_words: int,
) -> tuple[Unit, list[str]] | None:
    """A later sentence that alone matches the question's words beyond the term, though
    under the coverage an answer needs: it says what the definition does not."""
    if not focus or q.shape in ("define", "expand"):
        return None
    sentences = [x for x in scored if x[1].kind == "sentence"]
    if not sentences or sentences[0][1] is definition[0]:
        return None
    score, unit, ids = sentences[0]
    runner_up = max((x[0] for x in sentences[1:]), default=0.0)
    clear = score >= LATER_COVERAGE and score >= 2 * max(runner_up, 0.0)
    fits = count_words(unit.text) + count_words(definition[0].text) <= max_words
    return (unit, ids) if clear and fits and not is_filler(unit.text) else None


_DEFINED_SUBJECT = lazy_regex(r"^((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:is|are)\s+(?:a|an|the)\b")


def defines_asked(q: Question, unit: Unit) -> bool:
    """An annotation (its title is no name) that opens by defining what the question
    names ("TPOT is a Python Automated Machine Learning tool ..."): that sentence opens
    its list as a definition would."""
    subject = _DEFINED_SUBJECT.match(unit.text)
    named = set(tokenize(subject.group(1))) if subject else set()
    return bool(named) and named <= q.words
