"""Round 21, the key term (round 20's blind review of llvm-, epi- and secarch-glossary):

- a phrase whose initials (a CamelCase word's pieces counted) are an entry's acronym title
  names that entry: "architecture decision record" is ADR, "getelementptr instruction" GEP;
- an acronym entry whose whole text is its expansion answers with it ("LTO: Link-Time
  Optimization."), not with "no definition" or a neighbour;
- British and American spellings are one word to the key-term match ("optimisation");
- the refusal names a clean noun phrase: no verdict word ("convenience sample ok"), no
  initials repeating the words before them ("standardized mortality ratio (SMR)"), no verb
  a stranded preposition follows ("what channels do the providers send through");
- a bare "X to Y" of three words is one name ("learning to rank");
- "memory networks" is not Memory: a network the entry never mentions is another thing.
"""

from __future__ import annotations

import pytest
from answer_helpers import corpus_by_id, outside_coverage
from shared_index import shared_index

from rag_glossary import Assistant, Retriever
from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.phrases import american, phrase_key

GEP, LTO, RTTI = "llvm-glossary#gep", "llvm-glossary#lto", "llvm-glossary#rtti"
ADR = "secarch-glossary#adr"
PROVIDERS = "secarch-glossary#notification-providers"


def test_british_spellings_share_the_american_key() -> None:
    assert american("optimisation") == "optimization" == american("optimization")
    assert american("analysed") == "analyzed" and american("behaviour") == "behavior"
    assert american("labelled") == "labeled" and american("colours") == "colors"
    # short words keep their letters: "four" is not "for", "noise" no "noize"
    assert [american(w) for w in ("four", "hour", "noise", "rise", "our")] == [
        "four",
        "hour",
        "noise",
        "rise",
        "our",
    ]
    assert phrase_key(["link", "time", "optimisation"]) == ("link", "time", "optimization")


def test_a_phrase_spelling_an_acronym_title_names_it() -> None:
    llvm = outside_coverage("llvm-glossary")
    gep = llvm.check("getelementptr instruction")
    assert gep.found and gep.entry_ids == (GEP,)
    lto = llvm.check("link time optimisation")
    assert lto.found and lto.entry_ids == (LTO,)
    secarch = outside_coverage("secarch-glossary")
    adr = secarch.check("whats an architecture decision record")
    assert adr.found and adr.how == "acronym" and adr.entry_ids == (ADR,)
    # initials alone, with no word of the phrase in the entry, name nothing
    assert secarch.check("what is an apple dog rabbit").found is not True


def test_refusal_terms_are_clean_noun_phrases() -> None:
    (smr,) = extract_key_terms("what is a standardized mortality ratio (SMR)")
    assert smr.text == "standardized mortality ratio" and smr.clean
    (sample,) = extract_key_terms("is a convenience sample ok for estimating prevalence")
    assert sample.text == "convenience sample" and sample.clean
    _, providers = extract_key_terms("what channels do the notification providers send through")
    assert providers.text == "notification providers"
    (ltr,) = extract_key_terms("learning to rank")
    assert ltr.text == "learning to rank" and ltr.term_style
    # a vague word before "to" is no name of three words
    assert extract_key_terms("ways to regularize")[0].text == "ways"


def test_memory_networks_is_not_memory() -> None:
    shipped = CoverageIndex(list(corpus_by_id().values()))
    networks = shipped.check("memory networks")
    assert networks.found is False and networks.key_term == "memory networks"


@pytest.fixture(scope="module")
def llvm(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    retriever = Retriever.load(shared_index("llvm-glossary", tmp_path_factory))
    return Assistant(retriever, use_llm=False, k=5)


def test_acronym_entries_answer_their_expansions(llvm: Assistant) -> None:
    lto = llvm.ask("link time optimisation")
    assert lto.covered and list(lto.citations)[:1] == [LTO] and "Link-Time Optimization" in lto.text
    gep = llvm.ask("getelementptr instruction")
    assert gep.covered and list(gep.citations)[:1] == [GEP]


def test_content_question_about_named_entry_is_answered(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    retriever = Retriever.load(shared_index("secarch-glossary", tmp_path_factory))
    assistant = Assistant(retriever, use_llm=False, k=5)
    providers = assistant.ask("what channels do the notification providers send through")
    assert providers.covered and list(providers.citations)[:1] == [PROVIDERS]
    assert "SMS" in providers.text
    adr = assistant.ask("whats an architecture decision record")
    assert adr.covered and list(adr.citations)[:1] == [ADR]
