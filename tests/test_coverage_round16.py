"""Round 16, issue 11: two forms of a described negative that the key-term lookup took for named.

* A question that asks what something is called and names its best entry on the way
  ("in the security game the attacker ... what is this notion called") asks for the name
  of another thing: never covered (``TermCoverage.other_name``), unless that name is all it
  asks the name of ("is there a name for security game").
* One word some entry's text has, at the head of a long description ("the spots in space
  where a small probe can park ..."), is no name: the question is judged as described, by
  how clearly its best entry stands out.

Real entries and questions of eval/corpora glossaries (crypto-glossary-030 and
astro-glossary-036 are negatives of their sets).
"""

from __future__ import annotations

from answer_helpers import outside_coverage

from rag_glossary.coverage.question_forms import after_asking_for_a_name, content_words

SECURITY_GAME = "crypto-glossary#security-game"
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
