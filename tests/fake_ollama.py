"""A real local HTTP server speaking Ollama's wire format, scriptable per test.

Endpoints: ``GET /api/tags``, ``GET /api/version``, ``POST /api/chat`` (streamed
NDJSON over chunked transfer encoding, or one JSON object when the request says
``"stream": false``). Errors are sent the way Ollama sends them: a status code and
``{"error": "..."}``. Every request is recorded so tests can assert what the
client sent. Usable from subprocess tests too: point ``OLLAMA_HOST`` at ``.host``.

    with FakeOllama() as server:
        server.script = ChatScript(pieces=["Hello", " world [1]."])
        ...  # Assistant(retriever, host=server.host)
        server.chat_requests[0]["messages"]
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DEFAULT_MODELS = ("llama3.2:latest",)
RELEASE_WAIT = 5.0  # seconds a held stream waits for release() before going on anyway


@dataclass
class ChatScript:
    """What ``POST /api/chat`` does next.

    pieces: the reply, one NDJSON message per piece (joined when not streamed).
    status/error: answer with this HTTP status and ``{"error": error}`` instead.
    delay: seconds to wait before the response headers (client read timeouts).
    piece_delay: seconds between pieces.
    hold_after: after this many pieces, wait for ``FakeOllama.release()``.
    malformed_after: after this many pieces, send a line that is not JSON, then end.
    truncate_after: after this many pieces, close the connection mid-stream.
    error_after: after this many pieces, send an ``{"error": ...}`` line, then end.
    omit_done: end the stream properly but without the final ``done`` message.
    """

    pieces: list[str] = field(default_factory=lambda: ["Hello", " there."])
    status: int = 200
    error: str = "internal error"
    delay: float = 0.0
    piece_delay: float = 0.0
    hold_after: int | None = None
    malformed_after: int | None = None
    truncate_after: int | None = None
    error_after: int | None = None
    omit_done: bool = False
    done_reason: str = "stop"


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    body: dict[str, Any] | None


class _QuietServer(ThreadingHTTPServer):
    """A client hanging up (after a malformed or truncated stream, the client closes its
    connection while the handler waits for the next request) is no server error: the
    default handler prints a traceback to sys.stderr, which an in-process CLI run captures
    as its own stderr (a flaky "Traceback" in test_hostile_cli, round 54 CI)."""

    def handle_error(self, request: object, client_address: object) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class FakeOllama:
    """The server; start with ``with FakeOllama() as server`` or ``start()``/``stop()``."""

    def __init__(self, models: tuple[str, ...] = DEFAULT_MODELS) -> None:
        self.models = list(models)
        self.script = ChatScript()
        self.requests: list[RecordedRequest] = []
        self.stop_event = threading.Event()
        self.release_event = threading.Event()
        self.pieces_sent = 0
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle

    def start(self) -> FakeOllama:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = _QuietServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stop_event.set()
        self.release_event.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeOllama:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what tests use

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return int(self._server.server_address[1])

    @property
    def host(self) -> str:
        """``127.0.0.1:PORT``, the form OLLAMA_HOST usually takes."""
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.host}"

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        """The JSON bodies of every ``POST /api/chat`` received, in order."""
        with self._lock:
            return [r.body for r in self.requests if r.path == "/api/chat" and r.body is not None]

    def reply(self, *pieces: str, **options: Any) -> None:
        """Script the next replies: ``reply("Masked ", "attention [1].", piece_delay=0.01)``."""
        self.script = ChatScript(pieces=list(pieces), **options)

    def release(self) -> None:
        """Let a stream held by ``hold_after`` continue."""
        self.release_event.set()

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def has_model(self, name: str) -> bool:
        wanted = name if ":" in name else f"{name}:latest"
        return name in self.models or wanted in self.models


class _Handler(BaseHTTPRequestHandler):
    fake: FakeOllama
    protocol_version = "HTTP/1.1"  # chunked streaming, like Ollama

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def do_HEAD(self) -> None:
        self._send_json(200, {}, head=True)

    def do_GET(self) -> None:
        self.fake.record(RecordedRequest("GET", self.path, None))
        if self.path == "/api/tags":
            self._send_json(200, {"models": [_model_info(m) for m in self.fake.models]})
        elif self.path == "/api/version":
            self._send_json(200, {"version": "0.12.0"})
        elif self.path == "/":
            self._send_text(200, "Ollama is running")
        else:
            self._send_text(404, "404 page not found")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            self.fake.record(RecordedRequest("POST", self.path, None))
            self._send_json(400, {"error": "invalid JSON"})
            return
        self.fake.record(RecordedRequest("POST", self.path, body))
        if self.path != "/api/chat":
            self._send_text(404, "404 page not found")
            return
        try:
            self._chat(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (its timeout): fine

    # -- /api/chat

    def _chat(self, body: dict[str, Any]) -> None:
        script = self.fake.script
        model = str(body.get("model") or "")
        if not model:
            self._send_json(400, {"error": "model is required"})
            return
        if not self.fake.has_model(model):
            self._send_json(404, {"error": f'model "{model}" not found, try pulling it first'})
            return
        if script.delay and self.fake.stop_event.wait(script.delay):
            return
        if script.status != 200:
            self._send_json(script.status, {"error": script.error})
            return
        if body.get("stream", True) is False:
            self._send_json(200, _final(model, "".join(script.pieces), script.done_reason))
        else:
            self._stream(model, script)

    def _stream(self, model: str, script: ChatScript) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for index, piece in enumerate(script.pieces):
            if self._interrupt(script, index):
                return
            # Counted before it is written: the client may read it before this thread runs on.
            self.fake.pieces_sent += 1
            self._chunk(json.dumps(_message(model, piece)).encode() + b"\n")
            if script.piece_delay:
                time.sleep(script.piece_delay)
        if self._interrupt(script, len(script.pieces)):
            return
        if not script.omit_done:
            self._chunk(json.dumps(_final(model, "", script.done_reason)).encode() + b"\n")
        self._chunk(b"")  # the terminating zero-length chunk

    def _interrupt(self, script: ChatScript, index: int) -> bool:
        """Apply the scripted fault due after ``index`` pieces; True when the stream must end."""
        if script.hold_after == index:
            self.fake.release_event.wait(RELEASE_WAIT)
        if script.truncate_after == index:
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)  # no terminating chunk: truncated
            return True
        if script.malformed_after == index:
            self._chunk(b'{"model": "llama3.2", "message": {"role": "assis\n')  # cut JSON
            self._chunk(b"")
            return True
        if script.error_after == index:
            self._chunk(json.dumps({"error": script.error}).encode() + b"\n")
            self._chunk(b"")
            return True
        return False

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    # -- plain responses

    def _send_json(self, status: int, payload: dict[str, Any], head: bool = False) -> None:
        data = json.dumps(payload).encode()
        self._send(status, "application/json; charset=utf-8", data, head)

    def _send_text(self, status: int, text: str) -> None:
        self._send(status, "text/plain; charset=utf-8", text.encode(), False)

    def _send(self, status: int, content_type: str, data: bytes, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not head:
            self.wfile.write(data)


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _message(model: str, content: str) -> dict[str, Any]:
    return {
        "model": model,
        "created_at": _now(),
        "message": {"role": "assistant", "content": content},
        "done": False,
    }


def _final(model: str, content: str, done_reason: str) -> dict[str, Any]:
    return {
        **_message(model, content),
        "done": True,
        "done_reason": done_reason,
        "total_duration": 1_234_567_890,
        "load_duration": 12_345_678,
        "prompt_eval_count": 321,
        "prompt_eval_duration": 234_567_890,
        "eval_count": 42,
        "eval_duration": 987_654_321,
    }


def _model_info(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "model": name,
        "modified_at": "2025-01-01T00:00:00.000000000Z",
        "size": 2_019_393_189,
        "digest": "a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72",
        "details": {
            "parent_model": "",
            "format": "gguf",
            "family": "llama",
            "families": ["llama"],
            "parameter_size": "3.2B",
            "quantization_level": "Q4_K_M",
        },
    }
