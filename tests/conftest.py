"""Shared fixtures: the fake embedder, small entries, and a fake Ollama server."""

from __future__ import annotations

import os

# One torch thread per process. The suite runs as two xdist workers (beside mypy in
# `make test`) on two cores: torch's second OpenMP thread found no free core and spun
# waiting for it. Encoding one eval corpus (567 units + 76 chunks, fl-glossary) took 25 s
# of CPU with two threads and 9 s with one, with bit-identical vectors (round 49, lane CI).
# Set before anything loads torch or numpy; CLI subprocesses inherit it.
os.environ.setdefault("OMP_NUM_THREADS", "1")

import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import SmallIndex, Workspace, build_small_index, make_workspace
from helpers import CORPUS, FakeEncoder, make_entry, sigint_disposition
from ollama_fixtures import fake_ollama, refused_ollama_host  # noqa: F401
from shared_index import shared_index

from rag_glossary.embedding.cache import CACHE_OFF, ENV_ENCODER_CACHE
from rag_glossary.models import Entry
from rag_glossary.retrieval import Retriever

# Modules that keep a worker busy for a minute or more (round 46's --durations): under
# ``--dist loadfile`` they are handed out FIRST, heaviest first. xdist otherwise queues
# modules by their number of tests, so a one-test module of minutes (a big input) started
# last and ran while the other worker sat idle.
HEAVY_FIRST = (
    "tests/test_big_input_20mb_file.py",
    "tests/test_big_input_10000_entries.py",
    "tests/test_coverage_round3.py",
    "tests/test_encoder_cache.py",
    "tests/test_big_input_1mb_line.py",
    "tests/test_validation.py",
)


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """``--dist loadfile`` with the HEAVY_FIRST modules at the head of the queue."""
    if config.getoption("dist", None) != "loadfile":
        return None  # xdist's own scheduler
    from xdist.scheduler import LoadFileScheduling

    class HeavyFirst(LoadFileScheduling):  # type: ignore[misc]
        def _assign_work_unit(self, node: Any) -> None:
            for scope in reversed(HEAVY_FIRST):
                if scope in self.workqueue:
                    self.workqueue.move_to_end(scope, last=False)
            super()._assign_work_unit(node)

    return HeavyFirst(config, log)


# Builds in tests load the model as before: a developer's cache would make the first
# build of a run differ from the next (tests/test_encoder_cache.py sets its own caches).
os.environ[ENV_ENCODER_CACHE] = CACHE_OFF


@pytest.fixture
def fake_encoder() -> FakeEncoder:
    return FakeEncoder()


@pytest.fixture
def small_entries() -> list[Entry]:
    return [
        make_entry(
            "g",
            "masked-self-attention",
            "Masked Self-Attention",
            "Self-attention in a decoder where each token may only attend to earlier tokens; "
            "later positions are masked out.",
        ),
        make_entry(
            "g",
            "self-attention",
            "Self-Attention",
            "Attention of a sequence to itself: every token attends to every other token.",
        ),
        make_entry(
            "g",
            "markov-decision-process",
            "Markov Decision Process",
            "A framework for sequential decisions with states, actions, rewards and transitions.",
            aliases=("MDP",),
        ),
        make_entry(
            "g",
            "mean-absolute-error",
            "Mean Absolute Error",
            "The average of the absolute differences between predictions and targets.",
            aliases=("MAE",),
        ),
        make_entry(
            "h",
            "markov-decision-process-mdp",
            "Markov Decision Process (MDP)",
            "States, actions, transition probabilities and rewards define the process.",
            aliases=("MDP",),
        ),
        make_entry(
            "g",
            "max-pooling",
            "Max Pooling",
            "A pooling layer keeping the largest value of each window of a feature map.",
        ),
    ]


@pytest.fixture(scope="session")
def real_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped corpus indexed once per run with the real packaged model (read-only)."""
    return shared_index(CORPUS, tmp_path_factory)


@pytest.fixture(scope="session")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> SmallIndex:
    """A 24-entry corpus indexed with the real model by the CLI's own first search."""
    return build_small_index(tmp_path_factory)


@pytest.fixture
def ws(small_index: SmallIndex, tmp_path: Path) -> Workspace:
    """A private copy of the small corpus and its index for one CLI test."""
    return make_workspace(small_index, tmp_path)


@pytest.fixture(scope="session")
def small_retriever(small_index: SmallIndex) -> Retriever:
    """A Retriever over the small real index, loaded once per session."""
    return Retriever.load(small_index.index)


@pytest.fixture(autouse=True)
def _sigint_left_as_found() -> Iterator[None]:
    """A test that leaves SIGINT ignored (or handled otherwise) fails, and the handler is put
    back: every later child of this worker would inherit an ignored SIGINT (Ctrl-C tests)."""
    before = sigint_disposition()
    yield
    after = sigint_disposition()
    if after == before:
        return
    handler = before[0]
    signal.signal(signal.SIGINT, signal.default_int_handler if handler is None else handler)
    pytest.fail(f"the test left SIGINT changed: {before} -> {after}")
