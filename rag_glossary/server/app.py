"""The HTTP API and the web page, one FastAPI app over a :class:`LiveIndex`.

Every route is a plain ``def``: the framework runs it in its thread pool, where
the ONNX query encoder and FAISS release the GIL, so searches overlap on both
cores. Errors are one-line JSON objects, ``{"error": "..."}``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException

from rag_glossary import __version__
from rag_glossary.answer import Assistant
from rag_glossary.config import default_llm_model
from rag_glossary.errors import GlossaryError
from rag_glossary.payloads import entry_dict, result_dict
from rag_glossary.retrieval import MAX_QUERY_CHARS
from rag_glossary.server.security import MAX_BODY_BYTES, GuardMiddleware, allowed_hosts
from rag_glossary.server.state import LiveIndex, OllamaProbe, Snapshot

if TYPE_CHECKING:
    from rag_glossary.answer import AnswerStream

log = logging.getLogger("rag_glossary.server")

STATIC_DIR = Path(__file__).resolve().parent / "static"
MAX_K = 50
GENERATION_HEADER = "X-Index-Generation"
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}

Question = Annotated[str, Field(min_length=1, max_length=MAX_QUERY_CHARS)]
K = Annotated[int, Field(ge=1, le=MAX_K)]


@dataclass(frozen=True)
class AppSettings:
    """How the app answers: where it is bound (for the Host check) and which LLM it asks."""

    bind_host: str = "127.0.0.1"
    llm_model: str = field(default_factory=default_llm_model)
    ollama_host: str | None = None
    timeout: float = 60.0
    max_body: int = MAX_BODY_BYTES


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: Question
    k: K = 5
    llm: bool = True


def create_app(live: LiveIndex, settings: AppSettings | None = None) -> FastAPI:
    """The ASGI app; serve it with uvicorn (see :func:`rag_glossary.server.run.serve`)."""
    settings = settings or AppSettings()
    app = FastAPI(
        title="rag-glossary",
        version=__version__,
        summary="Semantic search and cited answers over machine-learning glossaries.",
        redoc_url=None,
    )
    app.state.live = live
    app.state.settings = settings
    app.state.ollama = OllamaProbe(settings.llm_model, settings.ollama_host)
    app.add_middleware(
        GuardMiddleware, hosts=allowed_hosts(settings.bind_host), max_body=settings.max_body
    )
    _add_error_handlers(app)
    app.include_router(_router())
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


def _router() -> Any:
    from fastapi import APIRouter

    router = APIRouter()
    router.add_api_route("/", page, include_in_schema=False)
    router.add_api_route("/api/search", search, methods=["GET"])
    router.add_api_route("/api/ask", ask, methods=["POST"])
    router.add_api_route("/api/entries/{entry_id:path}", entry, methods=["GET"])
    router.add_api_route("/healthz", healthz, methods=["GET"])
    return router


def _snapshot(request: Request) -> Snapshot:
    live: LiveIndex = request.app.state.live
    return live.current()


# ---------------------------------------------------------------- routes


def page() -> FileResponse:
    """The web page: search as you type, Enter for a cited answer."""
    return FileResponse(STATIC_DIR / "index.html", headers=PAGE_HEADERS)


def search(
    request: Request,
    response: Response,
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS, description="The query.")],
    k: Annotated[int, Query(ge=1, le=MAX_K, description="How many entries.")] = 5,
) -> dict[str, Any]:
    """Ranked entries with citation ids, and whether the glossary covers the query."""
    snapshot = _snapshot(request)
    response.headers[GENERATION_HEADER] = snapshot.generation
    return result_dict(snapshot.retriever.retrieve(q, k))


def ask(request: Request, body: AskRequest) -> Any:
    """A cited answer (the object of ``ask --json``); streamed as server-sent events
    when the request accepts ``text/event-stream``."""
    snapshot = _snapshot(request)
    settings: AppSettings = request.app.state.settings
    assistant = Assistant(
        snapshot.retriever,
        llm_model=settings.llm_model,
        host=settings.ollama_host,
        timeout=settings.timeout,
        k=body.k,
        use_llm=body.llm,
    )
    headers = {GENERATION_HEADER: snapshot.generation}
    if "text/event-stream" in request.headers.get("accept", ""):
        stream = assistant.stream(body.question)  # retrieval errors raise here, before a 200
        headers.update({"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        return StreamingResponse(_events(stream), media_type="text/event-stream", headers=headers)
    return JSONResponse(assistant.ask(body.question).to_dict(), headers=headers)


def _events(stream: AnswerStream) -> Iterator[str]:
    """``event: delta`` with each piece of text, then ``event: answer`` with the whole answer."""
    for piece in stream:
        yield _event("delta", {"text": piece})
    yield _event("answer", stream.answer.to_dict())


def _event(name: str, data: dict[str, Any]) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def entry(request: Request, entry_id: str) -> dict[str, Any]:
    """The full entry with this citation id (``#`` written ``%23``)."""
    snapshot = _snapshot(request)
    found = snapshot.corpus.get(entry_id)
    if found is None:
        raise HTTPException(
            404, f"no entry has the id {entry_id[:200]!r}: ids look like SOURCE#ANCHOR (%23 for #)"
        )
    return entry_dict(found, snapshot.corpus)


def healthz(request: Request) -> dict[str, Any]:
    """Status, entry count, index generation, embedding model, and whether Ollama answers."""
    snapshot = _snapshot(request)
    probe: OllamaProbe = request.app.state.ollama
    ollama_ok, ollama_message = probe.status()
    return {
        "status": "ok",
        "entries": snapshot.n_entries,
        "generation": snapshot.generation,
        "model": snapshot.model,
        "llm_model": probe.model,
        "ollama": ollama_ok,
        "ollama_message": ollama_message,
        "version": __version__,
    }


# ---------------------------------------------------------------- errors


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": " ".join(message.split())}, status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    async def glossary_error(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, GlossaryError)
        return _error(400 if exc.exit_code == 2 else 503, str(exc))

    async def validation_error(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return _error(*_validation_message(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"nothing at {request.url.path[:200]}: the API is under /api (see /docs)"
        elif exc.status_code == 405:
            detail = f"{request.method} is not allowed on {request.url.path[:200]} (see /docs)"
        return _error(exc.status_code, detail)

    async def unexpected(_: Request, exc: Exception) -> Response:
        log.error("unexpected %s", type(exc).__name__, exc_info=exc)
        return _error(500, f"unexpected {type(exc).__name__}: see the server's log")

    app.add_exception_handler(GlossaryError, glossary_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(Exception, unexpected)


def _validation_message(exc: RequestValidationError) -> tuple[int, str]:
    """The first problem as one line: 400 for a body that is not JSON, else 422."""
    errors = list(exc.errors())
    if not errors:
        return 422, "invalid request"
    first = errors[0]
    if first.get("type") == "json_invalid":
        return 400, "the request body is not valid JSON"
    where = [str(part) for part in first.get("loc", ()) if part not in ("body", "query", "path")]
    name = ".".join(where) or "body"
    if first.get("type") == "missing":
        return 422, f"{name} is required"
    return 422, f"{name}: {first.get('msg', 'invalid')}"
