"""Round 55 lane FS: Slovak questions to a Slovak glossary (sdlc-glossary, the Slovak locale
of an AI-SDLC course glossary).

- Slovak question forms and refusal phrases (data/question_forms.json, answer_phrases.json
  ``sk``): "čo znamena X", "na čo slúži X" ask of X;
- the stop-words package's Slovak list opens with a byte-order mark ("\\ufeffa"): "a" is a
  Slovak function word again (and Persian's "و");
- "ako sa volá to, keď ...": the grammar finds only frame words ("ako sa volá to"), so the
  description after them is the described term (term_edges.called_description);
- Slovak is stemmed by Snowball's Czech stemmer and compared without marks, as Czech is
  (language_stems.py, LEXICAL_VERSION 13).
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.glossary_language import frame_words, function_words
from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.term_edges import language_terms
from rag_glossary.language_stems import index_token, plain_stem
from rag_glossary.lexical import LEXICAL_VERSION


def test_slovak_function_words_read_without_the_byte_order_mark() -> None:
    assert "a" in function_words("sk")
    assert "و" in function_words("fa")
    assert not any(w.startswith("\ufeff") for w in function_words("sk") | function_words("fa"))


def test_slovak_question_forms() -> None:
    frame = frame_words("sk")
    assert {"čo", "co", "znamená", "znamena", "slúži", "volá", "vola", "rozdiel"} <= frame


def test_a_called_question_whose_terms_are_all_frame_reads_its_description() -> None:
    question = "ako sa volá to, keď jeden človek vie zastaviť pokazenú funkciu"
    terms = language_terms([KeyTerm("ako sa volá to", True)], "sk", question)
    assert [(t.text, t.term_style) for t in terms] == [
        ("jeden človek vie zastaviť pokazenú funkciu", False)
    ]
    # no called form: no term, as before ("čo je to")
    assert language_terms([KeyTerm("čo je to", True)], "sk", "čo je to, keď ...") == []


def test_slovak_stems_are_czech_stems_without_marks() -> None:
    assert LEXICAL_VERSION >= 13
    assert index_token("rozhodnutia", "sk") == index_token("rozhodnutie", "sk")
    assert plain_stem("nahradené", "sk") == plain_stem("nahradene", "sk")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("čo znamena nahradene rozhodnutie v pamati projetku", "nahradené-rozhodnutie-"),
        ("na čo slúži seccomp", "filtrovanie-syscallov-"),
        (
            "ako sa volá to, keď jeden človek vie za pár sekúnd zastaviť pokazenú funkciu "
            "bez nového buildu a bez čakania na pipeline",
            "núdzový-vypínač",
        ),
        (
            "aké stupne dôkazu rozlišujeme pri tvrdeniach a môže sa stupeň niekedy zvýšiť?",
            "stupeň-dôkazu",
        ),
    ],
)
def test_slovak_questions_name_their_entry(
    question: str, entry: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant("sdlc-glossary", tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations[0].startswith(f"sdlc-glossary#{entry}")


def test_a_slovak_refusal_is_in_slovak(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("sdlc-glossary", tmp_path_factory).ask("co je vibe coding")
    assert not answer.covered
    assert "v slovníku nie je" in answer.text
