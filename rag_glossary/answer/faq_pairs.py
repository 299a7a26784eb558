"""An entry's FAQ pair that asks the user's question answers it (round 59 lane FQ).

A record's ``faq: [{q, a}]`` list reaches the body as paragraphs "question?\\nanswer"
(parsing/record_prose.py), and a Markdown entry may write "Q: ...\\nA: ..." pairs. The
question line is no unit (it asks, it states nothing), so its answer's sentences competed
with every other sentence of the entry, and the definition won: studio-glossary's
"koliko dugo traje dinamicki mikrofon" was answered with the induction definition though
the entry asks "Koliko dugo traje dinamički mikrofon?" and answers it ("Praktički
neograničeno ... nakon 20-30 godina").

When the chosen entry holds a pair whose question's content words (folded, without marks,
the glossary language's function and question words left out) the user's question mostly
says, and says more of it than the entry's own title, the answer is that pair's answer,
cited to the entry. The definition leads it only when the question also asks what the
term is ("sta je X i zasto ...").
The answer's sentences are cleaned of inline markup as every unit's are (answer/inline.py).
"""

from __future__ import annotations

import functools
import re

from rag_glossary.answer.inline import clean_inline
from rag_glossary.answer.pieces import Group, Statement
from rag_glossary.answer.question import Question, asks_define
from rag_glossary.answer.sentences import abbreviation_goes_on
from rag_glossary.coverage.glossary_language import corpus_language, frame_words, function_words
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.marks import plain
from rag_glossary.models import Entry

# a paragraph that opens with a question line and goes on with its answer
_ASKED_LINE = lazy_regex(r"^\s*([^\n]{8,300}\?)[ \t]*\n+(\S[\s\S]*)$")
# "Q: ...\nA: ..." / "**Question:** ... **Answer:** ...": a written-out pair
_Q_A = lazy_regex(
    r"(?im)^\W{0,3}(?:q|question|frage|pregunta)\W{0,3}[:.]\W{0,3}\s*(.{8,300}?\?)\W{0,3}\s*\n?"
    r"\W{0,3}(?:a|answer|antwort|respuesta|réponse)\W{0,3}[:.]\W{0,3}\s*(.+)$"
)
_WORD = lazy_regex(r"\w+")
_SENTENCE_END = lazy_regex(r"(?<=[.!?])\s+(?=\W*[^\W\d_])")

MIN_SAID = 0.75  # of the pair's question's content words, how many the user's question says
MAX_SENTENCES = 3


def faq_pairs(body: str) -> list[tuple[str, str]]:
    """The (question, answer) pairs an entry's body writes."""
    pairs = []
    for para in re.split(r"\n\s*\n", body):
        if (qa := _Q_A.search(para)) is not None:
            pairs.append((qa.group(1).strip(), qa.group(2).strip()))
        elif (asked := _ASKED_LINE.match(para)) is not None:
            answer = asked.group(2).strip()
            # the answer ends where the record's "field: value" lines begin
            answer = re.split(r"\n(?=[\w ]{1,30}:\s)", answer)[0].strip()
            if answer and not answer.rstrip().endswith("?"):
                pairs.append((asked.group(1).strip(), answer))
    return pairs


@functools.cache
def _frame(language: str | None) -> frozenset[str]:
    if language is None:
        return frozenset()
    words = frame_words(language) | function_words(language)
    return frozenset(plain(w) for w in words)


def _content(text: str, frame: frozenset[str]) -> list[str]:
    words = [plain(w.lower()) for w in _WORD.findall(text)]
    return [w for w in words if w not in frame and (len(w) > 1 or w.isdigit())]


def _same(a: str, b: str) -> bool:
    """One word in two forms: equal, or a shared stem ("dinamički" / "dinamickog",
    "stem" / "stemova") when neither is a number."""
    if a == b:
        return True
    if a.isdigit() or b.isdigit() or min(len(a), len(b)) < 4:
        return False
    pairs = zip(a, b, strict=False)
    shared = next((i for i, (x, y) in enumerate(pairs) if x != y), min(len(a), len(b)))
    return shared >= min(len(a), len(b)) or shared >= 5


def _said(word: str, words: list[str]) -> bool:
    return any(_same(word, w) for w in words)


def asked_pair(question: str, entry: Entry) -> tuple[str, str] | None:
    """The entry's FAQ pair whose question the user's ``question`` asks, if one does."""
    pairs = faq_pairs(entry.body)
    if not pairs:
        return None
    frame = _frame(corpus_language([entry]))
    user = _content(question, frame)
    title = _content(entry.title, frame)
    best: tuple[float, tuple[str, str]] | None = None
    for pair in pairs:
        own = list(dict.fromkeys(_content(pair[0], frame)))
        rest = [w for w in own if not _said(w, title)]  # not just the term
        if len(own) < 2 or not rest:
            continue
        share = sum(_said(w, user) for w in own) / len(own)
        rest_share = sum(_said(w, user) for w in rest) / len(rest)
        if share >= MIN_SAID and rest_share >= 0.5 and (best is None or share > best[0]):
            best = (share, pair)
    return best[1] if best else None


def faq_answer(q: Question, group: Group, said: list[Statement]) -> list[Statement] | None:
    """The answer from the chosen entry's FAQ pair the question asks; ``said`` (the
    composer's own choice) gives the definition when the question asks for it too."""
    hit = group.hits[0]
    pair = asked_pair(q.text, hit.entry)
    if pair is None:
        return None
    pair_sentences = _answer_sentences(pair[1])
    found = [Statement(s, (hit.id,), order=(0, 10_000 + i)) for i, s in enumerate(pair_sentences)]
    if not found:
        return None
    lead = said[:1] if said and asks_define(q.text) and said[0].text not in pair[1] else []
    return lead + found[:MAX_SENTENCES]


def _answer_sentences(answer: str) -> list[str]:
    """The pair's answer as sentences, each without its inline markup (clean_inline, the
    cleaning every unit's text gets first); an abbreviation's stop ends none ("Neke
    platforme (npr." + "Apple Music) preporučuju ...", "Npr." + "možete ...": the
    segmenter's rules, answer/sentences.py)."""
    pieces: list[str] = []
    for piece in _SENTENCE_END.split(" ".join(answer.split())):
        if pieces and abbreviation_goes_on(pieces[-1], piece):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    cleaned = (clean_inline(s.strip()).strip() for s in pieces)
    return [s for s in cleaned if s]
