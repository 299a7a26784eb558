"""Who may talk to the server, and how much: Host/Origin checks and the body limit.

DNS rebinding: a web page from ``evil.example`` can make its own name resolve to
127.0.0.1 and then read a loopback server as "same origin". The browser still
sends ``Host: evil.example``, so a server bound to loopback answers only requests
whose Host (and Origin, when a browser sends one) is a loopback name, unless
``--host`` names another interface.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException

MAX_BODY_BYTES = 64 * 1024
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", ""})

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def allowed_hosts(bind_host: str) -> frozenset[str] | None:
    """Host names requests may carry for a server bound to ``bind_host``; None: any."""
    host = bind_host.strip("[]").lower()
    if host in WILDCARD_HOSTS:
        return None
    return LOOPBACK_NAMES | {host}


def host_name(value: str) -> str:
    """``"[::1]:8765"`` -> ``"::1"``, ``"Localhost:80"`` -> ``"localhost"``."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def origin_name(origin: str) -> str | None:
    """The host name of an Origin header; None for ``null`` or a malformed one."""
    try:
        split = urllib.parse.urlsplit(origin.strip())
    except ValueError:
        return None
    if split.scheme not in ("http", "https"):
        return None
    return split.hostname


class BodyTooLarge(HTTPException):
    """Raised while the body is read, so the framework answers 413 however far it got."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than {limit // 1024} KB")


class GuardMiddleware:
    """Refuses foreign Host/Origin headers (403) and bodies over the limit (413)."""

    def __init__(
        self, app: ASGIApp, hosts: frozenset[str] | None, max_body: int = MAX_BODY_BYTES
    ) -> None:
        self.app = app
        self.hosts = hosts
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self._refusal(headers)
        if refusal is not None:
            await send_error(send, *refusal)
            return
        started = False
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge as exc:
            if not started:
                await send_error(send, exc.status_code, exc.detail)

    def _refusal(self, headers: dict[str, str]) -> tuple[int, str] | None:
        if self.hosts is not None:
            host = host_name(headers.get("host", ""))
            if host not in self.hosts:
                return 403, (
                    f"host {host or '(none)'!r} is not served here: this server answers "
                    "loopback names only (start it with --host to serve another interface)"
                )
            origin = headers.get("origin")
            if origin is not None and origin_name(origin) not in self.hosts:
                return 403, f"cross-origin request from {origin[:100]!r} refused"
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_body:
            return 413, BodyTooLarge(self.max_body).detail
        return None


async def send_error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
