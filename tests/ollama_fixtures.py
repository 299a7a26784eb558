"""Pytest fixtures for talking to a fake Ollama; conftest.py imports them.

``fake_ollama``: a started :class:`fake_ollama.FakeOllama` on 127.0.0.1 (proxy
variables and OLLAMA_HOST removed from the environment for the test).
``refused_ollama_host``: ``127.0.0.1:PORT`` where nothing listens.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from fake_ollama import FakeOllama

PROXY_AND_OLLAMA_ENV = (
    "OLLAMA_HOST",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
)


@pytest.fixture
def fake_ollama(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOllama]:
    for name in PROXY_AND_OLLAMA_ENV:
        monkeypatch.delenv(name, raising=False)
    with FakeOllama() as server:
        yield server


@pytest.fixture
def refused_ollama_host(monkeypatch: pytest.MonkeyPatch) -> str:
    for name in PROXY_AND_OLLAMA_ENV:
        monkeypatch.delenv(name, raising=False)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"127.0.0.1:{port}"
