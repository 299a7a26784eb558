"""The Ollama client: streamed chat, model check, and one-line errors for every failure.

``ollama`` (and ``httpx``) are imported only when an LLM call is made.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import urllib.parse
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rag_glossary.errors import (
    LLMError,
    LLMModelNotFoundError,
    LLMResponseError,
    LLMUnavailableError,
)
from rag_glossary.text import one_line

if TYPE_CHECKING:
    import ollama

DEFAULT_OLLAMA_HOST = "127.0.0.1:11434"
LLM_OPTIONS = {"temperature": 0.0, "num_ctx": 4096}


def _display_host(host: str | None) -> str:
    return host or os.environ.get("OLLAMA_HOST") or DEFAULT_OLLAMA_HOST


def _address(host: str | None) -> tuple[str, int] | None:
    """(hostname, port) of the Ollama host, or None when it is malformed."""
    raw = _display_host(host)
    scheme, sep, rest = raw.partition("://")
    try:
        split = urllib.parse.urlsplit(f"{scheme}://{rest}" if sep else f"http://{raw}")
        default_port = {"http": 80, "https": 443}.get(scheme, 11434) if sep else 11434
        return (split.hostname or "127.0.0.1", split.port or default_port)
    except ValueError:
        return None  # the client reports a malformed host


def _is_local(host: str | None) -> bool:
    address = _address(host)
    if address is None:
        return False
    if address[0] in ("localhost", "0.0.0.0"):
        return True
    try:
        return ipaddress.ip_address(address[0]).is_loopback
    except ValueError:
        return False


def _probe_local(host: str | None, timeout: float) -> None:
    """Fail fast, before importing ollama (~0.5 s), when nothing listens on a local host.

    Only the usual loopback names are probed: a remote host may need a proxy.
    """
    address = _address(host)
    if address is None or address[0] not in ("127.0.0.1", "localhost", "::1", "0.0.0.0"):
        return
    try:
        socket.create_connection(address, timeout=min(timeout, 2.0)).close()
    except OSError:
        raise LLMUnavailableError(f"no Ollama server answered at {_display_host(host)}") from None


def _make_client(host: str | None, timeout: float) -> ollama.Client:
    import httpx

    # Connecting is instant when a server is there; do not wait a minute for a dead host.
    limits = httpx.Timeout(timeout, connect=min(timeout, 5.0))
    try:
        import ollama  # its import already builds a client from OLLAMA_HOST: it can fail too

        # A local Ollama is reached directly even when HTTP(S)_PROXY/ALL_PROXY are set:
        # proxies rarely forward to the user's own loopback (and NO_PROXY is often unset).
        return ollama.Client(host=host, timeout=limits, trust_env=not _is_local(host))
    except (ValueError, httpx.InvalidURL) as exc:
        raise LLMUnavailableError(
            f"cannot use the Ollama host {_display_host(host)!r} ({one_line(str(exc))}): "
            "check OLLAMA_HOST"
        ) from None


def ollama_chat(
    messages: list[dict[str, str]],
    *,
    model: str,
    host: str | None = None,
    timeout: float = 60.0,
) -> Iterator[str]:
    """Stream the reply of Ollama's chat API, piece by piece.

    Raises (while iterating) ``LLMUnavailableError`` (refused, unreachable,
    timeout), ``LLMModelNotFoundError`` (model not pulled) or
    ``LLMResponseError`` (error status, malformed or truncated stream).
    """
    _probe_local(host, timeout)
    import httpx

    client = _make_client(host, timeout)
    import ollama

    finished = False
    try:
        with client:
            stream = client.chat(model=model, messages=messages, stream=True, options=LLM_OPTIONS)
            for part in stream:
                if part.message.content:
                    yield part.message.content
                finished = finished or bool(part.done)
    except ollama.ResponseError as exc:
        raise _response_error(exc, model) from None
    except (ConnectionError, httpx.ConnectError, httpx.ConnectTimeout, httpx.UnsupportedProtocol):
        raise LLMUnavailableError(f"no Ollama server answered at {_display_host(host)}") from None
    except httpx.InvalidURL as exc:
        raise LLMUnavailableError(f"bad Ollama host: {one_line(str(exc))}") from None
    except httpx.TimeoutException:
        raise LLMUnavailableError(
            f"Ollama at {_display_host(host)} did not answer within {timeout:g} s"
        ) from None
    except (httpx.HTTPError, ValueError) as exc:  # ValueError: bad JSON, bad message shape
        raise LLMResponseError(
            f"Ollama sent a malformed or truncated answer ({one_line(type(exc).__name__)})"
        ) from None
    if not finished:
        raise LLMResponseError("Ollama's answer stream ended before it was done (truncated)")


def _response_error(exc: ollama.ResponseError, model: str) -> LLMError:
    if exc.status_code == 404:
        return LLMModelNotFoundError(
            f'Ollama does not have the model "{model}": run `ollama pull {model}`'
        )
    status = f"HTTP {exc.status_code}" if exc.status_code > 0 else "in the stream"
    return LLMResponseError(f"Ollama answered with an error ({status}): {one_line(exc.error)}")


def check_ollama(model: str, *, host: str | None = None, timeout: float = 5.0) -> list[str]:
    """The models Ollama has pulled (``GET /api/tags``); raises when ``model`` is not among them."""
    _probe_local(host, timeout)
    import httpx

    client = _make_client(host, timeout)
    import ollama

    try:
        with client:
            names = [m.model for m in client.list().models if m.model]
    except ollama.ResponseError as exc:
        raise _response_error(exc, model) from None
    except (ConnectionError, httpx.TransportError):
        raise LLMUnavailableError(f"no Ollama server answered at {_display_host(host)}") from None
    wanted = model if ":" in model else f"{model}:latest"
    if model not in names and wanted not in names:
        raise LLMModelNotFoundError(
            f'Ollama does not have the model "{model}": run `ollama pull {model}`'
        )
    return names
