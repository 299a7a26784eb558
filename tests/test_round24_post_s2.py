"""Round 24 post-fix lane S2: the word-level veto (coverage/word_match.py).

A described question answered with the standout close to its bar is refused when the
answering entry's rare-weighted word match plus the best unit cosine is under the cut:
descriptions of concepts the glossary lacks, and paraphrases answered from a neighbour
(real questions of the eval sets, real model); true paraphrases near the cut stay answered.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.word_match import PACKAGED_WORD_RULE, WordMatch, entry_pieces
from rag_glossary.judgement import WORDS_REASON


@pytest.mark.parametrize(
    ("corpus", "question"),
    [
        ("rl-glossary", "simulating lots of possible future moves in a search tree before "
         "picking a move, like alphago does"),  # rl-027, a negative: was REPLAY BUFFER
        ("type-glossary", "text lined up dead straight on both the left and the right edge "
         "like in a newspaper, whats that setting called"),  # type-025: was BACKSLANT
        ("causal-glossary", "study where everyone gets the program and you only measure them "
         "afterwards, no before measurement and nobody to compare against"),
        # causal-014: its entry is one-group posttest-only; it was answered from
        # pretest-posttest design, which teaches the opposite
    ],
)  # fmt: skip
def test_a_description_the_answering_entry_does_not_say_is_refused(
    corpus: str, question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assistant = shared_assistant(corpus, tmp_path_factory)
    result = assistant.retriever.retrieve(question)
    assert not result.covered and result.reason == WORDS_REASON
    assert not assistant.ask(question).covered


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        ("gpu-glossary", "fast on chip memory that all the threads of one block can use "
         "together", "gpu-glossary#shared-memory"),
        ("mlops-glossary", "looking at a dataset with plots and stats before modelling to "
         "understand it", "glossary#eda"),
    ],
)  # fmt: skip
def test_a_paraphrase_near_the_cut_is_still_answered(
    corpus: str, question: str, cited: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert answer.covered, answer.text
    assert answer.citations[0] == cited


def _fake_encode(texts: Sequence[str]) -> np.ndarray:
    """One axis per first word: the same word matches 1.0, another 0.0."""
    vocab = ["apple", "pear", "fruit", "tree", "red", "green", "soil"]
    out = np.zeros((len(texts), len(vocab)), dtype=np.float32)
    for i, t in enumerate(texts):
        out[i, vocab.index(t.split()[0])] = 1.0
    return out


def test_the_match_weights_rare_words_and_the_rule_needs_a_close_standout() -> None:
    texts = ["fruit apple red", "fruit pear green", "fruit tree soil"]
    words = WordMatch(PACKAGED_WORD_RULE, _fake_encode, texts)
    # "fruit" is in every entry (weight 0): only "pear" counts, which entry 0 lacks
    assert words.match("a fruit pear", 0) == 0.0
    assert words.match("a fruit pear", 1) == 1.0
    assert words.match("the fruit", 0) == 1.0  # every weight 0: the plain mean
    assert entry_pieces("Apple: a red fruit") == ["apple", "red", "fruit", "apple red", "red fruit"]
    assert PACKAGED_WORD_RULE.refuses(0.5, 0.4, 0.9)
    assert not PACKAGED_WORD_RULE.refuses(0.5, 0.4, 1.0)  # the standout is clear
    assert not PACKAGED_WORD_RULE.refuses(0.6, 0.4, 0.0)


def test_a_long_lived_process_keeps_a_bounded_cache_and_one_count_across_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from rag_glossary.coverage import word_match

    texts = [
        f"fruit {'apple' if i % 2 else 'pear'} red" for i in range(word_match.CACHED_ENTRIES + 40)
    ]
    words = WordMatch(PACKAGED_WORD_RULE, _fake_encode, texts)
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda at: words.match("a red pear", at), range(len(texts))))
    assert len(words._vectors) == word_match.CACHED_ENTRIES  # the oldest were let go
    alone = WordMatch(PACKAGED_WORD_RULE, _fake_encode, texts)
    assert alone.match("a red pear", 0) is not None
    assert words._df == alone._df  # counted once, not once per thread
    assert words.match("a red pear", 2) == alone.match("a red pear", 2) == 1.0


def test_a_nearest_entry_titled_as_a_question_is_not_dirty_text() -> None:
    from rag_glossary.answer_metrics import dirty_reasons

    refusal = (
        "The glossary does not cover this question; nearest entries:\n"
        "  - Model Risk Management (MRM) (ai-glossary-m-site#model-risk-management-mrm)\n"
        "  - Is resistance futile? (ml-annotations#2017-08-1)"
    )  # holdout9-010, refused by the word veto
    assert dirty_reasons(refusal) == []
    assert dirty_reasons("Is resistance futile? It is a blog post.[1]") == [
        "question in the answer"
    ]


def test_a_long_entry_is_encoded_a_batch_at_a_time() -> None:
    from rag_glossary.coverage import word_match

    sizes: list[int] = []

    def encode(texts: Sequence[str]) -> np.ndarray:
        sizes.append(len(texts))
        known = [t if t.split()[0] in ("pear", "red") else "soil" for t in texts]
        return _fake_encode(known)

    filler = " ".join(f"word{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(60))
    words = WordMatch(PACKAGED_WORD_RULE, encode, [f"pear {filler}", "soil"])
    assert words.match("a pear", 0) == 1.0  # 60 words and 60 pairs: more than one batch
    assert max(sizes) <= word_match.ENCODE_BATCH < sum(sizes)
