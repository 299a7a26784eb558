"""Round 56 lane ID: an Indonesian glossary (eval/corpora/adopsi-glossary) is detected as
Indonesian, no longer as Malay.

- the stop-words package's Malay list holds 180 of its Indonesian list's 355 words, so the
  function-word count named adopsi ms; of two sister languages the detection now picks the
  one whose own spellings (question_forms.json ``own_words``: "karena", "bahwa" against
  "kerana", "bahawa") and loanword endings (``own_endings``: Indonesian "reliabilitas",
  Malay "kualiti") the glossary writes more of (coverage/sister_language.py); the stamp
  (language_stamp.DETECTION_VERSION 2) reads both fields;
- Indonesian and Malay are stemmed by Snowball's Indonesian stemmer (lexical.LEXICAL_VERSION
  14): "penggunaan", "menggunakan" and "digunakan" meet on "guna";
- an Indonesian question loses Indonesian's function words ("buat": for), so "uji sobel buat
  variabel mediator gmn caranya" asks of Sobel's test, which adopsi lacks: refused.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.glossary_language import corpus_language, frame_words
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.sister_language import sister_spelled, spellings
from rag_glossary.language_stamp import DETECTION_FIELDS, FORMS, _detection_digest
from rag_glossary.language_stems import index_token
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


def _doc_freq(name: str) -> Counter[str]:
    said: Counter[str] = Counter()
    for e in load_corpus(CORPORA / name).entries:
        said.update(set(phrase_key(words(" ".join((e.title, *e.aliases, e.body))))))
    return said


def test_the_indonesian_glossary_is_indonesian_and_the_malay_one_malay() -> None:
    assert corpus_language(load_corpus(CORPORA / "adopsi-glossary").entries) == "id"
    assert corpus_language(load_corpus(CORPORA / "suai-glossary").entries) == "ms"


def test_each_glossary_writes_its_own_spellings_only() -> None:
    adopsi, suai = _doc_freq("adopsi-glossary"), _doc_freq("suai-glossary")
    assert spellings("ms", adopsi) == 0  # "peneliti" beside "penelitian": a native root
    assert spellings("id", adopsi) > 10  # karena, bahwa, reliabilitas, kualitas...
    assert spellings("id", suai) == 0
    assert spellings("ms", suai) > 10  # sahaja, mengandungi, perisian...


def test_a_loanword_ending_tells_the_sisters_apart() -> None:
    # the Reliability and Quality entries of adopsi, the Malay spellings of the same words
    assert sister_spelled("ms", Counter({"reliabilitas": 1, "kualitas": 1})) == "id"
    assert sister_spelled("id", Counter({"kualiti": 1, "universiti": 1})) == "ms"
    # an ending alone is no loanword ("itas"), and a tie keeps the counted language
    assert sister_spelled("ms", Counter({"itas": 1})) == "ms"
    assert sister_spelled("ms", Counter({"peneliti": 1, "penelitian": 1})) == "ms"


def test_the_detection_stamp_reads_the_sister_fields() -> None:
    assert {"own_words", "own_endings"} <= set(DETECTION_FIELDS)
    raw = json.loads(FORMS.read_text(encoding="utf-8"))
    before = _detection_digest(json.dumps(raw))
    raw["id"]["own_endings"] = []
    assert _detection_digest(json.dumps(raw)) != before


def test_indonesian_words_meet_on_their_stem() -> None:
    stems = {index_token(w, "id") for w in ("penggunaan", "menggunakan", "digunakan")}
    assert stems == {"guna"}
    assert index_token("mengandungi", "ms") == index_token("mengandung", "id")


def test_an_indonesian_function_word_is_a_frame_word() -> None:
    assert "buat" in frame_words("id")


def test_a_question_of_a_test_the_glossary_lacks_is_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("adopsi-glossary", tmp_path_factory)
    answer = assistant.ask("uji sobel buat variabel mediator gmn caranya")
    assert not answer.covered
    assert answer.text.startswith("Glosarium tidak mencakup pertanyaan ini")
