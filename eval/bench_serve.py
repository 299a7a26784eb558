"""The warm server under load: `rag-glossary serve` on 127.0.0.1, measured from outside.

Phases, each bounded in time and in requests:

- ready: seconds from starting the process to the first answered /healthz;
- latency: one client, searches one after another (what a person typing sees),
  and the server's CPU time per search (robust to a busy machine);
- searches: 8 concurrent keep-alive clients, searches only;
- load: 8 concurrent keep-alive clients, 4 searches for every ask (llm false);
- rebuild: the same load while `rag-glossary index` (another process) adds an
  entry to the corpus and swaps in a new generation halfway; every request that
  starts after the build has finished must be answered by the new generation.

Peak RSS is the server's VmHWM. Run alone: ``python eval/bench.py --only serve``.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CLI = [sys.executable, "-m", "rag_glossary"]
CLIENTS = 8
PHASE_S = 4.0
MAX_REQUESTS = 20_000
ASK_EVERY = 5  # one request in five is an ask
NEW_ENTRY = (
    "# Zyxvoran Regularizer\n\nThe zyxvoran regularizer is a made-up penalty that exists only "
    "to check that a server picks up a freshly built index generation.\n"
)
NEW_QUERY = "zyxvoran regularizer"
NEW_ID = "bench-new#zyxvoran-regularizer"


@dataclass
class Sample:
    kind: str
    started: float
    ms: float
    ok: bool
    generation: str = ""


@dataclass
class Load:
    samples: list[Sample] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, sample: Sample) -> None:
        with self.lock:
            self.samples.append(sample)


class Server:
    def __init__(self, corpus: Path, index: Path) -> None:
        env = {**os.environ, "OLLAMA_HOST": "127.0.0.1:9", "HF_HUB_OFFLINE": "1"}
        args = [*CLI, "serve", "--port", "0", "--corpus", str(corpus), "--index", str(index)]
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            if found := re.search(r"on http://127\.0\.0\.1:(\d+)/", line):
                self.port = int(found.group(1))
                break
        else:
            raise RuntimeError(f"serve exited with {self.proc.wait()}")
        threading.Thread(target=self.proc.stderr.read, daemon=True).start()
        self.ready_s = self._wait_ready()

    def _wait_ready(self) -> float:
        deadline = time.perf_counter() + 60
        while time.perf_counter() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    return time.perf_counter() - self.started
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("the server did not answer /healthz within 60 s")

    def peak_rss_mb(self) -> float:
        status = Path(f"/proc/{self.proc.pid}/status").read_text()
        kb = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1))  # type: ignore[union-attr]
        return round(kb / 1024, 1)

    def cpu_s(self) -> float:
        """User + system CPU seconds the server has used so far (all its threads)."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def request(conn: http.client.HTTPConnection, kind: str, text: str) -> tuple[bool, str]:
    if kind == "search":
        conn.request("GET", "/api/search?" + urllib.parse.urlencode({"q": text, "k": 5}))
    else:
        body = json.dumps({"question": text, "k": 5, "llm": False})
        conn.request("POST", "/api/ask", body, {"Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    return response.status == 200, response.getheader("X-Index-Generation") or ""


def client(
    port: int, queries: list[str], offset: int, until: float, load: Load, ask_every: int
) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    n = offset
    while time.perf_counter() < until and len(load.samples) < MAX_REQUESTS:
        kind = "ask" if ask_every and n % ask_every == 0 else "search"
        started = time.perf_counter()
        try:
            ok, generation = request(conn, kind, queries[n % len(queries)])
        except (OSError, http.client.HTTPException):
            ok, generation = False, ""
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        load.add(Sample(kind, started, (time.perf_counter() - started) * 1000, ok, generation))
        n += CLIENTS


def run_load(
    port: int, queries: list[str], seconds: float, ask_every: int = ASK_EVERY
) -> tuple[Load, float]:
    """CLIENTS threads; one request in ``ask_every`` is an ask (0: searches only)."""
    load = Load()
    started = time.perf_counter()
    until = started + seconds
    threads = [
        threading.Thread(target=client, args=(port, queries, i, until, load, ask_every))
        for i in range(CLIENTS)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return load, time.perf_counter() - started


def percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {"p50_ms": 0.0, "p95_ms": 0.0}
    ordered = sorted(values)
    return {
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 1),
    }


def summary(load: Load, elapsed: float) -> dict[str, Any]:
    searches = [s.ms for s in load.samples if s.kind == "search"]
    asks = [s.ms for s in load.samples if s.kind == "ask"]
    return {
        "requests": len(load.samples),
        "seconds": round(elapsed, 2),
        "req_per_s": round(len(load.samples) / elapsed, 1),
        "searches_per_s": round(len(searches) / elapsed, 1),
        "search": percentiles(searches),
        "ask": percentiles(asks),
        "errors": sum(not s.ok for s in load.samples),
    }


def single_client_latency(server: Server, queries: list[str], seconds: float = 2.0) -> dict:
    """Searches one after another; also the server's CPU per search, which a busy
    machine does not inflate the way it inflates wall-clock times."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    times: list[float] = []
    cpu = server.cpu_s()
    until = time.perf_counter() + seconds
    while time.perf_counter() < until and len(times) < MAX_REQUESTS:
        started = time.perf_counter()
        request(conn, "search", queries[len(times) % len(queries)])
        times.append((time.perf_counter() - started) * 1000)
    cpu_ms = (server.cpu_s() - cpu) * 1000 / max(len(times), 1)
    return {"searches": len(times), "server_cpu_ms": round(cpu_ms, 1), **percentiles(times)}


def rebuild_under_load(server: Server, corpus: Path, index: Path, queries: list[str]) -> dict:
    """Load for PHASE_S, with a build started at half time; load goes on 2 s after it ends."""
    built: dict[str, float] = {}
    env = {**os.environ, "RAG_GLOSSARY_CORPUS": str(corpus), "RAG_GLOSSARY_INDEX": str(index)}

    def rebuild() -> None:
        time.sleep(PHASE_S / 2)
        (corpus / "bench-new.md").write_text(NEW_ENTRY, encoding="utf-8")
        built["start"] = time.perf_counter()
        subprocess.run([*CLI, "index"], env=env, check=True, capture_output=True, timeout=300)
        built["end"] = time.perf_counter()

    builder = threading.Thread(target=rebuild)
    builder.start()
    load = Load()
    started = time.perf_counter()
    while "end" not in built or time.perf_counter() < built["end"] + 2.0:
        if time.perf_counter() - started > 120:
            break
        part, _ = run_load(server.port, queries, 1.0)
        load.samples.extend(part.samples)
    builder.join()
    elapsed = time.perf_counter() - started
    new_generation = (index / "CURRENT").read_text().strip()
    after = [s for s in load.samples if s.started > built["end"]]
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    conn.request("GET", "/api/search?" + urllib.parse.urlencode({"q": NEW_QUERY, "k": 1}))
    top = json.loads(conn.getresponse().read())["hits"][0]["id"]
    return {
        **summary(load, elapsed),
        "build_s": round(built["end"] - built["start"], 2),
        "requests_after_build": len(after),
        "after_build_on_new_generation": all(s.generation == new_generation for s in after),
        "new_entry_found": top == NEW_ID,
    }


def run_serve_bench(corpus: Path, index: Path, queries: list[str]) -> dict[str, Any]:
    """Copies corpus and index to a temporary folder (the rebuild changes them)."""
    with tempfile.TemporaryDirectory(prefix="rag-glossary-serve-bench-") as tmp:
        work_corpus, work_index = Path(tmp) / "corpus", Path(tmp) / "index"
        shutil.copytree(corpus, work_corpus)
        shutil.copytree(index, work_index)
        server = Server(work_corpus, work_index)
        try:
            result: dict[str, Any] = {
                "date": time.strftime("%Y-%m-%d %H:%M"),
                "load_average_before": round(os.getloadavg()[0], 1),
                "clients": CLIENTS,
                "ready_s": round(server.ready_s, 2),
            }
            result["single_client"] = single_client_latency(server, queries)
            result["searches_only"] = summary(*run_load(server.port, queries, PHASE_S, 0))
            result["load"] = summary(*run_load(server.port, queries, PHASE_S))
            result["rebuild"] = rebuild_under_load(server, work_corpus, work_index, queries)
            result["peak_rss_mb"] = server.peak_rss_mb()
        finally:
            server.stop()
    return result


def markdown(r: dict[str, Any]) -> str:
    one, only, load, re_ = r["single_client"], r["searches_only"], r["load"], r["rebuild"]
    rows = [
        f"`rag-glossary serve` on {r['date']}, machine load average "
        f"{r['load_average_before']} before the run (2 cores):",
        "",
        "| `rag-glossary serve` (HTTP, 127.0.0.1) | value | target |",
        "|---|---:|---:|",
        f"| ready: process start to first /healthz | {r['ready_s']} s | <= 2 s |",
        f"| search p50 / p95, one client | {one['p50_ms']} / {one['p95_ms']} ms | p50 <= 15 ms |",
        f"| server CPU per search (user + system, all threads) | {one['server_cpu_ms']} ms | |",
        f"| {r['clients']} clients, searches only: searches/s | {only['searches_per_s']} "
        f"(p50 {only['search']['p50_ms']} ms, errors {only['errors']}) | >= 100 |",
        f"| {r['clients']} clients, 4 searches : 1 ask (llm false): requests/s | "
        f"{load['req_per_s']} | |",
        f"| searches/s under that load | {load['searches_per_s']} | |",
        f"| search p50 / p95 under that load | {load['search']['p50_ms']} / "
        f"{load['search']['p95_ms']} ms | |",
        f"| ask p50 / p95 under that load | {load['ask']['p50_ms']} / "
        f"{load['ask']['p95_ms']} ms | |",
        f"| errors | {load['errors']} of {load['requests']} | 0 |",
        f"| same load with an index rebuild swapped in: requests/s | {re_['req_per_s']} | |",
        f"| errors during the rebuild phase | {re_['errors']} of {re_['requests']} | 0 |",
        f"| requests after the swap served by the new generation | "
        f"{re_['requests_after_build']}, all: {re_['after_build_on_new_generation']}, "
        f"new entry found: {re_['new_entry_found']} | all |",
        f"| peak RSS of the server | {r['peak_rss_mb']} MB | <= 350 MB |",
    ]
    return "\n".join(rows) + "\n"
