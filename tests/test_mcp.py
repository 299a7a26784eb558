"""``rag-glossary mcp`` driven by the official SDK's own stdio client, on a real index."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest
from cli_helpers import SmallIndex, Workspace, make_workspace
from mcp import Client
from mcp.client.stdio import StdioServerParameters

pytestmark = pytest.mark.slow


@pytest.fixture
def workspace(small_index: SmallIndex, tmp_path: Path, refused_ollama_host: str) -> Workspace:
    ws = make_workspace(small_index, tmp_path)
    ws.env["OLLAMA_HOST"] = refused_ollama_host  # no Ollama: answers are extractive
    return ws


def run_session(workspace: Workspace, calls: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """Start the server as an MCP client would, list its tools, make the calls."""
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "rag_glossary", "mcp"],
        env=workspace.env,
        cwd=str(workspace.root),
    )

    async def session() -> dict[str, Any]:
        async with Client(params, read_timeout_seconds=120) as client:
            tools = await client.list_tools()
            results = [await client.call_tool(name, args) for name, args in calls]
        return {"tools": tools.tools, "results": results}

    return anyio.run(session)


def test_mcp_tools_search_ask_show_with_citations(workspace: Workspace) -> None:
    out = run_session(
        workspace,
        [
            ("search", {"query": "why clip gradients", "k": 3}),
            ("ask", {"question": "what is label smoothing", "llm": False}),
            ("show", {"id": "extra#weight-decay"}),
            ("show", {"id": "Early Stopping"}),
            ("show", {"id": "extra#no-such-entry"}),
            ("search", {"query": "attention", "k": 99}),
        ],
    )
    assert {tool.name for tool in out["tools"]} == {"search", "ask", "show"}
    search, ask, by_id, by_term, unknown, too_many = out["results"]

    assert not search.is_error
    found = search.structured_content
    assert found["covered"] is True and len(found["hits"]) == 3
    assert found["hits"][0]["id"] == "extra#gradient-clipping"
    assert {"id", "url", "title", "snippet", "score"} <= set(found["hits"][0])
    assert json.loads(search.content[0].text) == found  # the same object as text

    answer = ask.structured_content
    assert answer["backend"] == "extractive"
    assert answer["citations"][0] == "extra#label-smoothing" and "[1]" in answer["answer"]

    (entry,) = by_id.structured_content["entries"]
    assert entry["title"] == "Weight Decay" and "L2 penalty" in entry["body"]
    assert by_term.structured_content["entries"][0]["id"] == "extra#early-stopping"

    assert unknown.is_error and "no entry is 'extra#no-such-entry'" in unknown.content[0].text
    assert too_many.is_error and "50" in too_many.content[0].text
