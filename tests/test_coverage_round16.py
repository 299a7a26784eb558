"""Round 16, issue 11: two forms of a described negative that the key-term lookup took for named.

* A question that asks what something is called and names its best entry on the way
  ("in the security game the attacker ... what is this notion called") asks for the name
  of another thing: never covered (``TermCoverage.other_name``), unless that name is all it
  asks the name of ("is there a name for security game").
* One word some entry's text has, at the head of a long description ("the spots in space
  where a small probe can park ..."), is no name: the question is judged as described, by
  how clearly its best entry stands out.
* After "do/does", the verb that stands after a pronoun subject ("how do i make a shell
  alias") or went with the scaffolding ("what does sampling bias mean") is not the term's
  last word: the term stays whole, so a missing name is not found as its first word's title.

Real entries and questions of eval/corpora glossaries (crypto-glossary-030 and
astro-glossary-036 are negatives of their sets).
"""

from __future__ import annotations

from answer_helpers import outside_coverage

from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.question_forms import after_asking_for_a_name, content_words

SECURITY_GAME = "crypto-glossary#game"
# crypto-glossary-030: IND-CCA security, which the glossary does not define
CCA = (
    "in the security game the attacker is allowed to ask for decryptions of any ciphertexts "
    "it picks except the challenge one, what is this notion called"
)
# astro-glossary-036: Lagrange points, which the glossary does not define
LAGRANGE = (
    "the spots in space where a small probe can park balanced between the pull of the earth "
    "and the sun, like where the webb telescope sits"
)


def test_what_follows_the_ask_for_a_name() -> None:
    assert after_asking_for_a_name("is there a name for batch normalization") == (
        " batch normalization"
    )
    assert after_asking_for_a_name("what is this notion called") == ""
    assert after_asking_for_a_name("what is batch normalization") is None


def test_content_words_leave_out_function_words() -> None:
    assert content_words("what is the spot where a probe can park") == ["spot", "probe", "park"]


def test_asking_the_name_past_the_best_entry_is_another_thing() -> None:
    coverage = outside_coverage("crypto-glossary")
    asked = coverage.check(CCA, [SECURITY_GAME])
    assert asked.other_name
    # the best entry's name as all that is asked of: the name is what is asked about
    plain = coverage.check("is there a name for security game", [SECURITY_GAME])
    assert not plain.other_name
    # a question that does not ask for a name may name its entry as the setting
    content = coverage.check("in the security game what can the attacker ask", [SECURITY_GAME])
    assert not content.other_name


def test_one_word_at_the_head_of_a_long_description_is_no_name() -> None:
    coverage = outside_coverage("astro-glossary")
    best = ["hac-astronomy-glossary#amazing-observation"]
    described = coverage.check(LAGRANGE, best)
    assert described.key_term == "spots" and described.how == "text"
    assert described.generic and described.described
    # the same word in a short question is what it asks about, found as usual
    short = coverage.check("what are the spots on the sun", best)
    assert short.key_term == "spots" and short.found and not short.generic


def test_the_verb_of_do_placed_outside_the_term_leaves_the_term_whole() -> None:
    # the verb after a pronoun ("how do i make X") or stripped after the term ("what does
    # X mean"): the term's last word is a noun of it, not the subject's verb
    for question, term in (
        ("what does sampling bias mean", "sampling bias"),
        ("how do i find a memory leak in my pytorch training loop", "memory leak"),
    ):
        first = extract_key_terms(question)[0]
        assert first.text == term and not first.may_end_in_verb
    # "does tfx play well": the subject's verb may still end the term
    assert extract_key_terms("does tfx play well with gcp")[0].may_end_in_verb


def test_a_name_with_a_word_more_is_missing_not_its_first_word() -> None:
    # kg-glossary-038 and shell-glossary-035, negatives: "sampling" and "shell" are titles
    sampling = outside_coverage("kg-glossary").check("what does sampling bias mean")
    assert sampling.found is False and sampling.key_term == "sampling bias"
    shell = outside_coverage("shell-glossary").check("how do i make a shell alias")
    assert not shell.found
