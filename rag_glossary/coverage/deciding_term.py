"""Which of a question's key terms decides its coverage, once each is looked up
(``CoverageIndex.check``, coverage/lookup.py, then marks what it decided)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.coverage.asked_back import named_object
from rag_glossary.coverage.listed_terms import CONTRAST
from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.everyday import everyday_words

__all__ = ["asked_of_a_bystander", "deciding_term"]


def deciding_term(
    question: str, terms: Sequence[KeyTerm], results: Sequence[TermCoverage]
) -> TermCoverage:
    """Which of the key terms (each looked up: ``results``) the question turns on: in a
    contrast or a list the first the glossary lacks (all found: the list itself), else a
    qualifier the glossary lacks, a specific term found, a missing subject, or the last."""
    if CONTRAST.search(question.lower()) or any(t.listed for t in terms):
        missing = [r for r in results if r.found is False]
        if missing or not all(t.listed for t in terms):
            return missing[0] if missing else results[0]
        # every item of "rnn, cnn, gan and vae" found: the list is the key term
        ids = tuple(dict.fromkeys(i for r in results for i in r.entry_ids))[:10]
        listed = ", ".join(t.text for t in terms)
        generic = all(r.generic for r in results)
        return replace(results[0], key_term=listed, entry_ids=ids, generic=generic)
    for t, r in zip(terms, results, strict=True):
        # "gradient descent with momentum": a glossary with no momentum lacks what is
        # asked, whether it has gradient descent as a title or only in passing
        named_head = results[0].found and results[0].how in ("title", "fuzzy-title")
        if t.identifies and named_head:
            # "the megan movie with the killer ai doll": an entry's name, then what
            # picks it out; the glossary has what is asked
            continue
        if t.qualifier and r.found is False and r.term_style:
            head = terms[0]
            whole = f"{head.text} with {t.text}" if head.term_style and head.clean else ""
            return replace(r, whole=whole)
    specific = [r for r in results if r.found and not r.generic]
    if asked := asked_of_a_bystander(terms, results):
        return asked
    if specific:
        return specific[0]
    for t, r in zip(terms, results, strict=True):
        if t.subject and r.found is False and r.term_style:
            return r
    # a whole that is only a common word does not outweigh a missing part
    # ("how big is the kv cache in a transformer")
    kept = [r for t, r in zip(terms, results, strict=True) if not (t.subject and r.found)]
    found = [r for r in kept if r.found]
    if not found and not terms[-1].term_style and (named := named_object(terms, results)):
        # "how do i compute compound annual growth rate": the action is judged by its
        # best entry only when its object is no name the glossary lacks outright
        return named
    return found[0] if found else (kept or results)[-1]


def asked_of_a_bystander(
    terms: Sequence[KeyTerm], results: Sequence[TermCoverage]
) -> TermCoverage | None:
    """ "how much radiation does a patient get from one ct scan": the thing the wh-word
    asks of ("radiation") is the term; an everyday subject some entry's text only says
    ("patient", in Patient Demographics) is who it happens to, no coverage of what is
    asked, so the missing asked term decides. A subject the glossary has as a title
    ("what extra parameters does batchnorm add"), or a name some text says ("what
    attention tricks does mistral 7b use"), is still what the question asks about."""
    asked, first = terms[0], results[0]
    if asked.subject or first.found is not False or not first.term_style or not asked.clean:
        return None
    found = [(t, r) for t, r in zip(terms, results, strict=True) if r.found]
    common = everyday_words()
    if found and all(t.subject and r.how == "text" and t.text in common for t, r in found):
        return first
    return None
