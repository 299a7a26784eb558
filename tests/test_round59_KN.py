"""Round 59, lane KN: a found key term opening the description of a thing whose name the
question asks (coverage/called_rest.py).

biodiv-glossary-023 ("what do you call a species that only survives in zoos now and is
gone from nature") was answered from Species' neighbour by the found rule, whose verdict
skips every unit, phrase and one-word check: "species" is a title. The question asks the
name of a kind of species; what it says of that kind Extinction does not say. Refused when
the question asks what a thing is called, nothing of substance comes before the term, no
question word asks of the term itself, and three or more words after it are unsaid.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage.called_rest import called_rest_unsaid
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _entry(corpus: str, entry_id: str) -> Entry:
    return next(e for e in load_corpus(CORPORA / corpus).entries if e.id == entry_id)


@pytest.mark.parametrize(
    ("corpus", "language", "entry_id", "key_term", "question"),
    [
        (
            "biodiv-glossary",
            None,
            "biodiv-glossary#extinction",
            "species",
            "what do you call a species that only survives in zoos now and is gone from nature",
        ),
        (
            "raku-glossary",
            None,
            "raku-glossary#tldr",
            "irc",
            "irc term for a long pointless argument over some trivial detail everyone has an "
            "opinion on, like the colour of a shed",
        ),
        (
            "andmed-glossary",
            "et",
            "andmed-glossary#large-language-model",
            "suur keelemudel",
            "kuidas nimetatakse seda kui suur keelemudel mõtleb enesekindlalt välja fakte ja "
            "viiteid mida tegelikult olemas pole",
        ),
        (  # a comma before the question word: a clause about the term, not asking it
            "andmed-glossary",
            "et",
            "andmed-glossary#data-lake",
            "andmejärve",
            "kuidas nimetatakse andmejärve, mis on nii segamini ja dokumenteerimata, et keegi "
            "ei leia sealt enam midagi üles",
        ),
    ],
)
def test_called_thing_described_after_its_found_term(
    corpus: str, language: str | None, entry_id: str, key_term: str, question: str
) -> None:
    assert called_rest_unsaid(question, key_term, [_entry(corpus, entry_id)], language)


@pytest.mark.parametrize(
    ("corpus", "language", "entry_id", "key_term", "question"),
    [
        (  # the term is asked of directly ("GitOps কি": what is GitOps)
            "cloud-glossary",
            "bn",
            "gitops#গিটঅপস-gitops",
            "gitops",
            "GitOps কি আর git repo কে কেন single source of truth বলা হয়?",
        ),
        (  # a story before the term: it asks what the term itself means
            "bermeo-glossary",
            "eu",
            "bermeo-glossary#zorigogorreko-marta",
            "zorigogorreko marta",
            "nire amama bermiokoa da eta zeozer txarto urteten danien beti esaten dau "
            "'zorigogorreko marta!', nik pentsaten neban marta izeneko andra bat zala baina ez "
            "dakit... zer esan nahi du benetan esamolde horrek?",
        ),
        (  # no naming word outside the term
            "music-glossary",
            None,
            "music-glossary#andante",
            "italian word",
            "the italian word on a score telling you to play at a walking pace",
        ),
        (  # the entry says what is asked after the term
            "biodiv-glossary",
            None,
            "biodiv-glossary#extinction",
            "species",
            "what do you call it when a species is gone for good",
        ),
    ],
)
def test_answerable_shapes_keep_their_answer(
    corpus: str, language: str | None, entry_id: str, key_term: str, question: str
) -> None:
    assert not called_rest_unsaid(question, key_term, [_entry(corpus, entry_id)], language)
