"""The subject a question asks something of, and the entry it names: "can a gist be
private or only public" asks of a gist, so Gist answers, not Repository (ranked first)
whose "public or private" shares more of the question's other words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.names import core
from rag_glossary.answer.overlap import stem
from rag_glossary.answer.pieces import has_text
from rag_glossary.answer.question import Question
from rag_glossary.coverage.question_forms import asks_for_a_name
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit

_AUX = r"(?:do|does|did|is|are|was|were|can|could|should|would|will|has|have|had|must|may|might)"
# a wh-phrase then an auxiliary, so a subject follows ("what two parts DOES a node
# consist of", "in what order DO waiting customers get served"), or a yes/no question
_ASKS_ABOUT = lazy_regex(
    r"^(?:(?:in|on|for|at|by|from|to|with|of) )?(?:what|which|how|why|when|where|who|whose)"
    rf"(?: [a-z0-9]+){{0,3}}? {_AUX}\b|^{_AUX}\b"
)
_DETERMINER = frozenset(("a", "an", "the", "my", "our", "your", "this", "that", "these", "those"))
SUBJECT_RANKS = 2  # a title the question says answers from the first hits only
RIVAL_RANKS = 5  # the hits (the answer's k) among which a more specific name competes


def _plain(question: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", question.lower()))


def asks_about_subject(question: str) -> bool:
    """The question asks something of a subject it names, rather than describing a thing
    whose name it wants."""
    said = _plain(question)
    return _ASKS_ABOUT.search(said) is not None and not asks_for_a_name(said)


def _subject_words(question: str) -> str:
    """What follows the auxiliary, without its determiner, as a name's ``core``: the
    subject opens it ("a gist be private ...": "gist be private ...")."""
    said = _plain(question)
    found = _ASKS_ABOUT.search(said)
    if found is None or asks_for_a_name(said):
        return ""
    words = said[found.end() :].split()
    while words and words[0] in _DETERMINER:
        words = words[1:]
    return core(" ".join(words))


def named_subject(q: Question, hits: Sequence[Hit]) -> Hit | None:
    """Of the first hits, the one whose title or alias is the subject the question asks
    something of (the words right after its auxiliary), when its text says more of the
    question than its name: the entry asked about answers, not one that shares more of
    the question's other words ("how many ms can render time take per frame if i want 60
    fps": Render Time, not FPS, named as the object). A hit whose own name holds the
    subject's ("Mortgage loan" for "mortgage payments") is about the same subject, and a
    hit above it whose text names the subject may answer: the usual choice stands."""
    opening = f" {_subject_words(q.text)} "
    if not opening.strip():
        return None
    found: list[tuple[int, Hit]] = []
    for hit in hits[:SUBJECT_RANKS]:
        names = {core(n) for n in (hit.title, *hit.entry.aliases)} - {""}
        said = [len(n) for n in names if opening.startswith(f" {n} ")]
        if said and has_text(hit) and _says_more(q, hit):
            found.append((max(said), hit))
    if not found:
        return None
    subject = max(found, key=lambda x: x[0])[1]
    named = f" {core(subject.title)} "
    rivals = [h for h in hits[:RIVAL_RANKS] if h is not subject and named in f" {core(h.title)} "]
    # a hit above it whose text speaks of the subject by name ("the sampling distribution
    # of the mean approaches ..." in Central Limit Theorem) may answer what is asked of it
    above = hits[: hits.index(subject)]
    speaks = [h for h in above if named in f" {core(h.entry.body)} "]
    return None if rivals or speaks else subject


def _says_more(q: Question, hit: Hit) -> bool:
    """The entry's text says a word of the question beyond the entry's name."""
    name = {stem(t) for t in tokenize(" ".join((hit.title, *hit.entry.aliases)))}
    rest = {stem(t) for t in q.words} - name
    return bool(rest & {stem(t) for t in tokenize(hit.entry.body)})
