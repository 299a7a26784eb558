"""The reasons ``CoverageJudge`` gives when a rule after the first verdict refuses or
answers a question, and the two ways such a rule changes the verdict: a refusal sits just
under the index's confidence bar, an answer just on it."""

from __future__ import annotations

from rag_glossary.coverage import Verdict

UNSAID_REASON = "the best entry leaves a part of the question unsaid"
UNIT_OTHER_REASON = "no sentence of the glossary stands out as saying what is described"
WORDS_REASON = "the best entry says few of the question's words, even in other words"
FOREIGN_REASON = "the question names things no entry of the glossary mentions"
HEAD_REASON = "the question asks for a kind of thing no entry of the glossary mentions"
KIND_REASON = "the question describes a kind of a bare title word its entry does not describe"
COMMON_REASON = "the best entries share only the glossary's common words with the question"
OUTSAID_REASON = "another entry says more of the question's words than the best entry"
HEAD_OTHER_REASON = "the answering entry does not say the kind of thing the question asks for"
NAMED_REASON = "the question asks for a name and says the answering entry's own name"
HEADLESS_REASON = "the question names a term the glossary lacks: the answering entry lacks its head"
OPEN_REASON = "the question names a longer term than the glossary's: it ends on a preposition"
ONE_WORD_REASON = "the answering entry says one of the question's words at most, in any sense"
SAID_REASON = "the first entry says the question's words in meaning, and a sentence close to it"
TIED_REASON = "no entry leads the next term's more than for concepts the glossary lacks"
OPPOSITE_REASON = "the answering entry says the opposite of what the question describes"
CALLED_REST_REASON = "the question asks the name of a thing its key term's entry does not describe"
HOW_TO_REASON = "the question asks how to do something its key term's entry does not say"
NAMED_REST_REASON = "the question names the answering entry but asks what its text does not say"
PASSING_REASON = "the key term is only an everyday word, and the best entry is hardly related"
OWNED_REASON = "the best entry alone says the question's specific words, in its closest sentence"


def refused(verdict: Verdict, min_confidence: float, reason: str) -> Verdict:
    """``verdict`` turned into a refusal for ``reason``, its confidence under the bar."""
    return Verdict(False, min(verdict.confidence, min_confidence - 0.01), reason)


def answered(verdict: Verdict, min_confidence: float, reason: str) -> Verdict:
    """``verdict`` turned into an answer for ``reason``, its confidence at least the bar."""
    return Verdict(True, max(verdict.confidence, min_confidence), reason)
