"""Round 33 lane S: less CPU per search, the same answers.

The word veto's piece vectors are kept across entries (word_match.CACHED_PIECES, bounded,
per loaded index), a question's key terms are extracted once per search (keyterms.py,
bounded), and judgement.py's key-term predicates live in judgement_terms.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence

import numpy as np
import pytest
from shared_index import shared_index
from test_round24_post_s2 import _fake_encode  # one axis per first word

from rag_glossary import Retriever
from rag_glossary.coverage import word_match
from rag_glossary.coverage.keyterms import _key_terms, extract_key_terms
from rag_glossary.coverage.word_match import PACKAGED_WORD_RULE, WordMatch, entry_pieces


def test_pieces_are_encoded_once_across_entries_within_a_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    encoded: list[str] = []

    def encode(texts: Sequence[str]) -> np.ndarray:
        encoded.extend(texts)
        return _fake_encode(texts)

    texts = ["fruit apple red", "fruit pear red", "tree soil green"]
    words = WordMatch(PACKAGED_WORD_RULE, encode, texts)
    assert (words.match("a red pear", 0), words.match("a red pear", 1)) == (0.0, 1.0)
    # the second entry encoded only what the first did not say (the question's own words
    # are encoded with each question)
    assert encoded.count("fruit") == 1 and encoded.count("fruit pear") == 1
    assert encoded.count("red") == 3  # the first entry's piece, and each question's word
    monkeypatch.setattr(word_match, "CACHED_PIECES", 4)
    bounded = WordMatch(PACKAGED_WORD_RULE, _fake_encode, texts)
    for at in range(3):
        bounded.match("green pear", at)
    assert len(bounded._pieces) == 4  # the oldest pieces were let go
    fresh = WordMatch(PACKAGED_WORD_RULE, _fake_encode, texts)
    assert [bounded.match("green pear", at) for at in range(3)] == [
        fresh.match("green pear", at) for at in range(3)
    ]


def test_cached_pieces_are_bit_identical_to_encoding_the_entry_alone(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The real encoder: a piece's vector is the same whatever batch it is encoded in, so
    an entry's vectors from pieces other entries encoded equal its own batches'."""
    retriever = Retriever.load(shared_index("rl-glossary", tmp_path_factory))
    words = retriever._judge.words
    assert words is not None
    for at in range(4):
        cached = words._entry(at)
        pieces = entry_pieces(words.texts[at])
        batches = [
            pieces[i : i + word_match.ENCODE_BATCH]
            for i in range(0, len(pieces), word_match.ENCODE_BATCH)
        ]
        alone = np.vstack([np.asarray(words.encode(b), dtype=np.float16) for b in batches])
        assert cached is not None and np.array_equal(cached, alone)
    assert 0 < len(words._pieces) <= word_match.CACHED_PIECES


def test_a_reloaded_index_starts_with_its_own_caches(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A rebuilt index is served by a newly loaded Retriever (a new generation): its word
    veto keeps nothing of the old one's entries or pieces."""
    index = shared_index("rl-glossary", tmp_path_factory)
    old = Retriever.load(index)
    old.retrieve("simulating lots of possible future moves in a search tree before picking")
    new = Retriever.load(index)
    assert old._judge.words is not None and new._judge.words is not None
    assert new._judge.words is not old._judge.words
    assert not new._judge.words._pieces and not new._judge.words._vectors


def test_key_terms_are_a_new_list_each_call_from_a_bounded_cache() -> None:
    question = "what is the difference between bagging and boosting"
    first = extract_key_terms(question)
    first[0] = first[1]  # CoverageIndex.check edits its list (shared heads of a contrast)
    again = extract_key_terms(question)
    assert [t.text for t in again] == ["bagging", "boosting"]
    assert _key_terms.cache_info().maxsize == 1024


def test_the_split_judgement_modules_import_cleanly_without_torch() -> None:
    probe = (
        "import json, sys\n"
        "import rag_glossary.judgement_terms as t\n"
        "from rag_glossary.judgement import CoverageJudge, _described, _text, not_a_name\n"
        "from rag_glossary.judgement import asked_in_named_setting\n"
        "assert not_a_name is t.not_a_name and _described is t.described\n"
        "assert _text is t.entry_text and asked_in_named_setting is t.asked_in_named_setting\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('torch', 'sentence_transformers', 'transformers'))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []


def test_a_cold_entry_that_surely_says_the_words_is_not_encoded() -> None:
    encoded: list[str] = []

    def encode(texts: Sequence[str]) -> np.ndarray:
        encoded.extend(texts)
        return _fake_encode(texts)

    texts = ["fruit apple red", "fruit pear green", "tree soil"]
    words = WordMatch(PACKAGED_WORD_RULE, encode, texts)
    # the entry says both words: at least 1.0 less the slack, whatever its other pieces
    bound = words.match("a red apple", 0, best_unit=0.5)
    assert bound == pytest.approx(1.0 - word_match.BOUND_SLACK)
    assert encoded == ["red", "apple"] and not words._vectors
    assert not PACKAGED_WORD_RULE.refuses(bound, 0.5, 0.0)
    # a bound under the cut settles nothing: the entry is encoded, the match is exact
    assert words.match("a green pear", 0, best_unit=0.5) == 0.0
    assert 0 in words._vectors and words.match("a green pear", 0) == 0.0


@pytest.mark.parametrize(
    ("corpus", "question"),
    [
        ("rl-glossary", "simulating lots of possible future moves in a search tree before "
         "picking a move, like alphago does"),  # rl-027, refused by the word veto
        ("mlops-glossary", "looking at a dataset with plots and stats before modelling to "
         "understand it"),  # answered near the cut
        ("rl-glossary", "the thing that stores past transitions so the agent can learn "
         "from them again later"),
    ],
)  # fmt: skip
def test_the_bound_decides_as_the_full_match_does_on_real_entries(
    corpus: str, question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    retriever = Retriever.load(shared_index(corpus, tmp_path_factory))
    words = retriever._judge.words
    assert words is not None
    for hit in retriever.search(question, 5):
        at = retriever._position[hit.id]
        for best_unit in (0.2, 0.45, 0.7):
            cold = WordMatch(words.rule, words.encode, words.texts)  # nothing encoded yet
            quick = cold.match(question, at, best_unit)
            full = words.match(question, at)
            assert quick is not None and full is not None
            assert quick <= full
            rule = PACKAGED_WORD_RULE
            assert rule.refuses(quick, best_unit, 0.0) == rule.refuses(full, best_unit, 0.0)


def test_the_phrase_rule_needs_no_window_at_a_clear_standout() -> None:
    from rag_glossary.coverage.phrase_support import PACKAGED_RULE

    assert PACKAGED_RULE.margin is not None
    assert PACKAGED_RULE.may_refuse(PACKAGED_RULE.margin - 0.01)
    assert not PACKAGED_RULE.may_refuse(PACKAGED_RULE.margin)  # whatever the windows say:
    assert not PACKAGED_RULE.refuses(-1.0, -1.0, PACKAGED_RULE.margin)
