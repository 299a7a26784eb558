"""A question asking what something is called, whose found key term opens the
description of that thing rather than naming it (round 59 KN).

"what do you call a species that only survives in zoos now and is gone from nature": the
key term "species" is the title of an entry, so the found rule answers from Species, but
the question asks the name of a kind of species the glossary lacks; what it says of that
kind (survives, zoos, nature) Species does not say. The same in the glossary's language:
"kuidas nimetatakse seda kui suur keelemudel mõtleb enesekindlalt välja fakte ja viiteid
mida tegelikult olemas pole" names Large language model on the way to asking what its
invented facts are called.

So a found key term is refused when the question asks what a thing is called (a naming
word of its language, outside the term), at most ``_BEFORE_MOST`` content words come
before the term (no story around it: "... my grandma keeps saying zorigogorreko marta,
what does it mean" asks the term itself), the term is not asked of directly (a question
word right after it, "GitOps কি", is "what is GitOps"), and ``_UNSAID`` or more of the
content words after the term's last mention, and ``_SHARE`` of them, are in none of the
first hits' text (round 58's rows: 8 of the 80 answered found-rule negatives refused, no
answered answerable).
An answerable of the same shape describes the thing its answering entry defines: "what
does DBSCAN call points that have fewer than MinPts neighbours but lie within epsilon"
(DBSCAN says neighbours, MinPts, points).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.coverage.glossary_language import (
    function_words,
    naming_words,
    question_forms,
    with_plain,
)
from rag_glossary.coverage.phrases import words
from rag_glossary.judgement_named_rest import content_word, unsaid_by_all
from rag_glossary.marks import plain
from rag_glossary.models import Entry

_UNSAID = 3  # the fewest words after the term its entry must not say
_SHARE = 0.7  # and the least share of those words it must not say
_HITS = 3  # the first hits read
_BEFORE_MOST = 1  # the most content words before the term ("airflow pipeline ...")
# English words asking what a thing is called ("what do you call", "irc term for")
_CALLED_EN = frozenset(("called", "call", "name", "term"))


def called_rest_unsaid(
    query: str, key_term: str, entries: Sequence[Entry], language: str | None
) -> bool:
    """Whether ``query`` asks what a thing is called and describes it after its found
    ``key_term`` in ``_UNSAID`` or more words none of the first ``_HITS`` of ``entries``
    (the first hits) says (``language``: the glossary's; None for English). Another hit
    saying them may be the thing named: "whether the people living in a home own it or
    rent it, what do housing studies call that" (Tenure, second)."""
    reading = _reading(query, language)
    if reading is None:
        return False
    called, frame, question = reading
    said = [plain(w) for w in words(query)]
    term = [plain(w) for w in words(key_term)]
    spans = [
        at for at in range(len(said) - len(term) + 1) if term and said[at : at + len(term)] == term
    ]
    if not spans:
        return False
    first, last = spans[0], spans[-1] + len(term)
    if called.isdisjoint(said[:first] + said[last:]):
        return False
    if sum(content_word(w, frame) for w in said[:first]) > _BEFORE_MOST:
        return False
    if _asked_of(query, key_term, question):
        return False
    after = [w for w in said[last:] if content_word(w, frame)]
    inflected = language is not None
    missing = unsaid_by_all(after, entries[:_HITS], inflected)
    return missing >= _UNSAID and missing >= _SHARE * len(set(after))


def _reading(
    query: str, language: str | None
) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """The naming words, the frame words and the question words a question is read by:
    English for an English glossary's question in English letters, else the glossary
    language's forms; None when it has none."""
    if language is None:
        if not query.isascii():
            return None
        return _CALLED_EN, function_words("en") | _CALLED_EN, frozenset()
    forms = question_forms().get(language)
    if forms is None or not forms.called:
        return None
    called = with_plain(forms.called)
    return called, naming_words(language), with_plain(forms.question)


def _asked_of(query: str, key_term: str, question: frozenset[str]) -> bool:
    """Whether a question word follows the term with nothing between ("GitOps কি আর ...":
    what GitOps is); after a comma it opens a clause about the term ("andmejärve, mis on
    nii segamini": a data lake that is so messy)."""
    text = plain(query.lower())
    for m in re.finditer(re.escape(plain(key_term.lower())), text):
        rest = text[m.end() :]
        if (
            re.match(r"[\s\-]*[^\W\d_]", rest)
            and (nxt := words(rest))
            and plain(nxt[0]) in question
        ):
            return True
    return False
