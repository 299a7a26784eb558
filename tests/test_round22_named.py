"""Round 22, named negatives (round 21's blind review of net- and phylo-glossary): a
question that names a term the glossary lacks is refused with that term, even when the
term holds a title's words:

- a topic said first, then a wh-question referring back to it, names the topic
  ("shielded twisted pair, when do you actually need it"; "wifi 6 (802.11ax) whats new in
  it": the parenthesis is another name for it);
- ", like genus or family" gives examples, no words of what is asked ("taxonomic rank");
- "A B and C" with neither "A B" nor "C" in the glossary is one name it lacks
  ("subtree pruning and regrafting", "mark and sweep garbage collection"); a list whose
  items the glossary has, or with a comma ("trimming, capping and ..."), stays a list;
- the participle of a passive question is no word of the term ("how is a majority rule
  consensus tree built");
- "X and how is it different from Y": a second question about X leaves X named.
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage
from shared_index import shared_assistant

from rag_glossary import Assistant
from rag_glossary.coverage.keyterms import extract_key_terms


def _named(question: str) -> tuple[str, bool]:
    (term,) = extract_key_terms(question)[:1]
    return term.text, term.term_style


def test_a_topic_said_first_is_named() -> None:
    assert _named("shielded twisted pair, when do you actually need it") == (
        "shielded twisted pair",
        True,
    )
    assert _named("wifi 6 (802.11ax) whats new in it") == ("wifi 6", True)
    assert _named("ancestral state reconstruction at internal nodes how does it work") == (
        "ancestral state reconstruction",
        True,
    )
    # an action, or a long description, said first names nothing
    visiting = "visiting the nodes level by level, first the root, what is that order called"
    assert not _named(visiting)[1]
    # a setting said first is no topic ("while training", "in a game tree")
    assert _named("while training, how does the network know it is going right")[0] != "training"
    # what comes "with" the topic is what is asked
    scaled = extract_key_terms("mixed precision training with loss scaling, why is it needed")
    assert [t.text for t in scaled if t.qualifier] == ["loss scaling"]
    # a setting with a clause, then a name asked for, names no topic
    pooled = "in a multilevel model where every school gets its own estimate, whats it called"
    assert not _named(f"{pooled} when the estimates get pulled toward the average")[1]


def test_a_second_question_leaves_the_term_named() -> None:
    assert _named("what is glove and how is it different from word2vec") == ("glove", True)
    assert _named("what is a vlan and when should i use one in a small office") == ("vlan", True)
    # the term ends as the question would: a verb before the second question may end it
    (mfcc,) = extract_key_terms("how are MFCCs computed and how many coefficients do people keep")
    assert mfcc.may_end_in_verb


def test_examples_after_like_are_no_words_of_the_term() -> None:
    assert _named("what is a taxonomic rank for a taxon, like genus or family") == (
        "taxonomic rank",
        True,
    )


def test_a_passive_questions_participle_is_dropped() -> None:
    majority = _named("how is a majority rule consensus tree built")[0]
    assert majority == "majority rule consensus tree"
    assert _named("how are word embeddings trained")[0] == "word embeddings"
    assert _named("why are black box attacks seen as dangerous")[0] == "black box attacks"


def test_a_coordinated_name_the_glossary_lacks_is_one_term() -> None:
    phylo = outside_coverage("phylo-glossary")
    spr = phylo.check("what is subtree pruning and regrafting")
    assert spr.found is False and spr.term_style
    assert spr.named_missing == "subtree pruning and regrafting"
    # an item there ("unifurcation"): a list of two, not one missing name
    listed = phylo.check("what is subtree pruning and unifurcation")
    assert listed.named_missing is None
    # up to three words after "and": a modifier the glossary lacks before its title (GC)
    sweep = outside_coverage("llvm-glossary").check("mark and sweep garbage collection")
    assert sweep.found is False and sweep.named_missing == "mark and sweep garbage collection"
    # a comma before "and" ends a list, never one name
    (trimming, *_) = extract_key_terms("trimming, capping and winsorizing outliers")
    assert not trimming.coordinated


@pytest.fixture(scope="module")
def net(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return shared_assistant("net-glossary", tmp_path_factory)


@pytest.fixture(scope="module")
def phylo(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return shared_assistant("phylo-glossary", tmp_path_factory)


def test_named_negatives_of_net_are_refused(net: Assistant) -> None:
    stp = net.ask("shielded twisted pair, when do you actually need it")
    assert not stp.covered and stp.text.startswith("shielded twisted pair is not in the glossary")
    wifi = net.ask("wifi 6 (802.11ax) whats new in it")
    assert not wifi.covered and wifi.text.startswith("wifi 6 is not in the glossary")
    # the title it shares words with is still found
    utp = net.ask("unshielded twisted pair, when do you need it")
    assert utp.covered


def test_named_negatives_of_phylo_are_refused(phylo: Assistant) -> None:
    for question, term in (
        ("what is subtree pruning and regrafting", "subtree pruning and regrafting"),
        ("what is a taxonomic rank for a taxon, like genus or family", "taxonomic rank"),
        ("how is a majority rule consensus tree built", "majority rule consensus tree"),
    ):
        answer = phylo.ask(question)
        assert not answer.covered and answer.text.startswith(f"{term} is not in the glossary")
    assert phylo.ask("what is a subtree, like for a leaf").covered
