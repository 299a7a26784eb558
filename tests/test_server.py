"""The HTTP API's routing, limits and errors, over an in-memory fake-encoder retriever.

Nothing here claims retrieval quality (tests/test_server_real.py does, with the
real model); these check shapes, status codes and one-line JSON errors.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fake_ollama import FakeOllama
from fastapi.testclient import TestClient
from helpers import FakeEncoder

from rag_glossary.answer import Assistant
from rag_glossary.models import Entry
from rag_glossary.retrieval import Retriever
from rag_glossary.server import AppSettings, LiveIndex, create_app
from rag_glossary.server.security import host_name, origin_name

BASE = "http://127.0.0.1:8765"
MASKED = "g#masked-self-attention"


@pytest.fixture
def retriever(small_entries: list[Entry]) -> Retriever:
    return Retriever.from_entries(small_entries, FakeEncoder())


def client_for(retriever: Retriever, **settings: Any) -> TestClient:
    app = create_app(LiveIndex.fixed(retriever), AppSettings(**settings))
    return TestClient(app, base_url=BASE, raise_server_exceptions=False)


@pytest.fixture
def client(retriever: Retriever, refused_ollama_host: str) -> Iterator[TestClient]:
    with client_for(retriever, ollama_host=refused_ollama_host) as c:
        yield c


def assert_error(response: httpx.Response, status: int, *needles: str) -> str:
    """A 4xx whose body is exactly one line of JSON: ``{"error": "..."}``."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert "\n" not in response.text.strip() and "Traceback" not in response.text
    body = response.json()
    assert list(body) == ["error"] and body["error"]
    for needle in needles:
        assert needle in body["error"], body["error"]
    return str(body["error"])


# ---------------------------------------------------------------- search


def test_search_has_the_fields_of_search_json_plus_coverage(client: TestClient) -> None:
    response = client.get("/api/search", params={"q": "masked self-attention", "k": 3})
    assert response.status_code == 200
    data = response.json()
    assert list(data)[:4] == ["query", "covered", "confidence", "hits"]
    assert data["query"] == "masked self-attention"
    assert len(data["hits"]) == 3
    first = data["hits"][0]
    assert first["id"] == MASKED
    assert {"id", "title", "source", "url", "snippet", "score"} <= set(first)
    assert response.headers["x-index-generation"] == "in-memory"


@pytest.mark.parametrize(
    ("params", "status", "needle"),
    [
        ({"q": "attention", "k": 51}, 422, "k: Input should be less than or equal to 50"),
        ({"q": "attention", "k": 0}, 422, "k:"),
        ({"q": "attention", "k": "many"}, 422, "k:"),
        ({"q": "   "}, 400, "the question is empty"),
        ({"q": "x" * 2001}, 422, "q: String should have at most 2000 characters"),
        ({}, 422, "q is required"),
    ],
)
def test_bad_search_parameters_are_one_line_errors(
    client: TestClient, params: dict[str, Any], status: int, needle: str
) -> None:
    assert_error(client.get("/api/search", params=params), status, needle)


def test_k_of_50_is_allowed(client: TestClient) -> None:
    response = client.get("/api/search", params={"q": "attention", "k": 50})
    assert response.status_code == 200
    assert len(response.json()["hits"]) == 6  # every entry there is


# ---------------------------------------------------------------- ask


def test_ask_without_llm_is_the_ask_json_object(client: TestClient, retriever: Retriever) -> None:
    question = "what is masked self-attention"
    response = client.post("/api/ask", json={"question": question, "k": 3, "llm": False})
    assert response.status_code == 200
    expected = Assistant(retriever, k=3, use_llm=False).ask(question).to_dict()
    assert response.json() == expected
    assert response.json()["backend"] == "extractive"
    assert MASKED in response.json()["citations"]


def test_ask_falls_back_to_extractive_when_ollama_is_down(client: TestClient) -> None:
    response = client.post("/api/ask", json={"question": "what is masked self-attention"})
    answer = response.json()
    assert response.status_code == 200
    assert answer["backend"] == "extractive"
    assert any("no Ollama server answered" in n for n in answer["notices"])


def events(text: str) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        out.append((lines["event"], json.loads(lines["data"])))
    return out


def test_ask_streams_server_sent_events_then_the_whole_answer(
    retriever: Retriever, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply("It hides ", "later tokens ", f"[{MASKED}].")
    with client_for(retriever, ollama_host=fake_ollama.host) as client:
        response = client.post(
            "/api/ask",
            json={"question": "what is masked self-attention"},
            headers={"Accept": "text/event-stream"},
        )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    received = events(response.text)
    deltas = [data["text"] for name, data in received if name == "delta"]
    name, answer = received[-1]
    assert name == "answer" and len(deltas) >= 2
    assert "".join(deltas) == answer["answer"] == "It hides later tokens [1]."
    assert answer["backend"] == "ollama" and answer["citations"] == [MASKED]


def test_an_empty_streamed_question_fails_before_the_stream(client: TestClient) -> None:
    response = client.post(
        "/api/ask", json={"question": " \t "}, headers={"Accept": "text/event-stream"}
    )
    assert_error(response, 400, "the question is empty")


@pytest.mark.parametrize(
    ("body", "status", "needle"),
    [
        (b"{not json", 400, "not valid JSON"),
        (b"[1, 2]", 422, "body: Input should be a valid dictionary"),
        (b"{}", 422, "question is required"),
        (b'{"question": ""}', 422, "question: String should have at least 1 character"),
        (b'{"question": "x", "k": 99}', 422, "k: Input should be less than or equal to 50"),
        (b'{"question": "x", "llm": "maybe"}', 422, "llm:"),
        (b'{"question": "x", "temperature": 2}', 422, "temperature: Extra inputs"),
        (json.dumps({"question": "y" * 2001}).encode(), 422, "at most 2000 characters"),
    ],
)
def test_bad_ask_bodies_are_one_line_errors(
    client: TestClient, body: bytes, status: int, needle: str
) -> None:
    response = client.post("/api/ask", content=body, headers={"Content-Type": "application/json"})
    assert_error(response, status, needle)


def test_a_body_over_64_kb_is_refused_with_or_without_a_length(client: TestClient) -> None:
    big = json.dumps({"question": "z " * 40_000}).encode()
    assert len(big) > 64 * 1024
    sized = client.post("/api/ask", content=big, headers={"Content-Type": "application/json"})
    assert_error(sized, 413, "larger than 64 KB")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit counts while reading
        for i in range(0, len(big), 8192):
            yield big[i : i + 8192]

    streamed = client.post(
        "/api/ask", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert "content-length" not in streamed.request.headers
    assert_error(streamed, 413, "larger than 64 KB")


# ---------------------------------------------------------------- entries, health, page


def test_entry_by_url_encoded_id(client: TestClient) -> None:
    response = client.get("/api/entries/g%23markov-decision-process")
    assert response.status_code == 200
    data = response.json()
    assert data["id"] == "g#markov-decision-process"
    assert data["aliases"] == ["MDP"]
    assert data["body"].startswith("A framework for sequential decisions")
    assert data["see_also_ids"] == {}


def test_unknown_entry_and_route_are_404_json(client: TestClient) -> None:
    assert_error(client.get("/api/entries/g%23nothing-here"), 404, "'g#nothing-here'", "%23")
    assert_error(client.get("/api/nothing"), 404, "/api/nothing")
    assert_error(client.delete("/api/ask"), 405, "DELETE")


def test_healthz_reports_entries_generation_model_and_ollama(client: TestClient) -> None:
    data = client.get("/healthz").json()
    assert data["status"] == "ok"
    assert data["entries"] == 6
    assert data["generation"] == "in-memory"
    assert data["ollama"] is False and "no Ollama server answered" in data["ollama_message"]


def test_healthz_sees_a_running_ollama(retriever: Retriever, fake_ollama: FakeOllama) -> None:
    with client_for(retriever, ollama_host=fake_ollama.host) as client:
        data = client.get("/healthz").json()
    assert data["ollama"] is True and data["llm_model"] == "llama3.2"


def test_the_page_and_its_assets_come_from_this_server_only(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp
    for asset in ("/static/app.js", "/static/app.css"):
        assert asset in page.text
        response = client.get(asset)
        assert response.status_code == 200
        assert "http://" not in response.text and "https://" not in response.text
    assert "http" not in page.text.replace("http-equiv", "")


def test_openapi_schema_lists_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/search", "/api/ask", "/api/entries/{entry_id}", "/healthz"} <= set(paths)


# ---------------------------------------------------------------- Host and Origin


@pytest.mark.parametrize(
    "headers",
    [
        {"Host": "evil.example:8765"},
        {"Host": "127.0.0.1.evil.example"},
        {"Origin": "http://evil.example:8765"},
        {"Origin": "null"},
    ],
)
def test_foreign_host_or_origin_is_refused_on_loopback(
    client: TestClient, headers: dict[str, str]
) -> None:
    response = client.get("/api/search", params={"q": "attention"}, headers=headers)
    assert_error(response, 403)


@pytest.mark.parametrize(
    "headers",
    [
        {"Host": "localhost:8765", "Origin": "http://localhost:8765"},
        {"Host": "[::1]:8765"},
        {"Origin": "http://127.0.0.1:8765"},
    ],
)
def test_loopback_names_are_served(client: TestClient, headers: dict[str, str]) -> None:
    response = client.get("/api/search", params={"q": "attention"}, headers=headers)
    assert response.status_code == 200


def test_host_option_lets_other_names_in(retriever: Retriever) -> None:
    with client_for(retriever, bind_host="0.0.0.0") as anyone:
        ok = anyone.get("/healthz", headers={"Host": "glossary.lan:8765"})
        assert ok.status_code == 200
    with client_for(retriever, bind_host="192.168.1.20") as lan:
        assert lan.get("/healthz", headers={"Host": "192.168.1.20:8765"}).status_code == 200
        assert_error(lan.get("/healthz", headers={"Host": "evil.example"}), 403)


@pytest.mark.parametrize(
    ("value", "name"),
    [("127.0.0.1:8765", "127.0.0.1"), ("[::1]:80", "::1"), ("LocalHost", "localhost"), ("", "")],
)
def test_host_name(value: str, name: str) -> None:
    assert host_name(value) == name


def test_origin_name() -> None:
    assert origin_name("http://localhost:8765") == "localhost"
    assert origin_name("null") is None
    assert origin_name("file:///etc/passwd") is None


@pytest.mark.parametrize(
    ("name", "watched"),
    [
        ("terms.csv", True),
        ("glossary.YAML", True),
        ("unit1.mdx", True),
        ("page.html", True),
        ("corpus.toml", True),
        (".glossary.md.swp", False),
        (".hidden.md", False),
        ("glossary.py", True),
        ("terms.xml", True),
        ("data.js", True),
        ("notes.sh", False),
        ("photo.png", False),
    ],
)
def test_watch_reacts_to_every_file_type_the_loader_reads(name: str, watched: bool) -> None:
    from rag_glossary.server.watch import _relevant

    assert _relevant(None, f"/corpus/{name}") is watched
