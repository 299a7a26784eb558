// The rag-glossary page: search as you type, Enter for a cited answer, citations open
// the entry in the side panel. Plain DOM, no framework, no build step, nothing fetched
// from anywhere but this server. Text from the index is only ever set as textContent.
"use strict";

const SEARCH_K = 8;
const ASK_K = 5;
const DEBOUNCE_MS = 150;

const $ = (id) => document.getElementById(id);
const state = { timer: null, searchSeq: 0, askSeq: 0, asked: null, askAbort: null };

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function setStatus(text, isError = false) {
  const status = $("status");
  status.textContent = text;
  status.classList.toggle("error", isError);
}

async function getJSON(url, options) {
  const response = await fetch(url, options);
  let data = null;
  try { data = await response.json(); } catch (_) { /* not JSON */ }
  if (!response.ok) throw new Error((data && data.error) || `HTTP ${response.status}`);
  return data;
}

function entryButton(id, label, className = "link") {
  const button = el("button", { type: "button", class: className, text: label, title: id });
  button.dataset.id = id;
  return button;
}

// ------------------------------------------------------------------ search

function scheduleSearch() {
  clearTimeout(state.timer);
  const q = $("q").value.trim();
  if (state.asked !== null && q !== state.asked) hideAnswer();
  if (!q) { clearResults(); return; }
  state.timer = setTimeout(() => runSearch(q), DEBOUNCE_MS);
}

async function runSearch(q) {
  const seq = ++state.searchSeq;
  try {
    const data = await getJSON(`/api/search?q=${encodeURIComponent(q)}&k=${SEARCH_K}`);
    if (seq === state.searchSeq) renderResults(data);
  } catch (error) {
    if (seq === state.searchSeq) setStatus(messageOf(error), true);
  }
}

function clearResults() {
  state.searchSeq++;
  $("results").replaceChildren();
  $("not-covered").hidden = true;
  setStatus("");
}

function renderResults(data) {
  const items = data.hits.map((hit, i) => el("li", { class: "result" }, [
    el("div", { class: "result-head" }, [
      el("span", { class: "rank", text: `${i + 1}.` }),
      entryButton(hit.id, hit.title),
      el("code", { class: "entry-id", text: hit.id }),
      el("span", { class: "score", text: hit.score.toFixed(3), title: "fused score" }),
    ]),
    el("p", { class: "snippet", text: hit.snippet }),
  ]));
  $("results").replaceChildren(...items);
  $("not-covered").hidden = data.covered;
  const n = data.hits.length;
  setStatus(`${n} ${n === 1 ? "entry" : "entries"} · confidence ${data.confidence.toFixed(2)}` +
    " · Enter for a cited answer");
}

// ------------------------------------------------------------------ ask

function hideAnswer() {
  if (state.askAbort) state.askAbort.abort();
  state.asked = null;
  $("answer").hidden = true;
}

async function ask(question) {
  hideAnswer();
  state.asked = question;
  const seq = ++state.askSeq;
  const controller = new AbortController();
  state.askAbort = controller;
  const text = $("answer-text");
  text.textContent = "";
  $("answer-sources").replaceChildren();
  $("answer-notices").replaceChildren();
  $("answer-backend").textContent = "answering…";
  $("answer").hidden = false;
  $("answer").classList.add("streaming");
  try {
    const response = await fetch("/api/ask", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify({ question, k: ASK_K, llm: true }),
      signal: controller.signal,
    });
    if (!response.ok) {
      let message = `HTTP ${response.status}`;
      try { message = (await response.json()).error || message; } catch (_) { /* keep */ }
      throw new Error(message);
    }
    for await (const [event, data] of readEvents(response)) {
      if (seq !== state.askSeq) return;
      if (event === "delta") text.append(data.text);
      else if (event === "answer") renderAnswer(data);
    }
  } catch (error) {
    if (error.name === "AbortError") return;
    $("answer-backend").textContent = "error";
    text.textContent = messageOf(error);
  } finally {
    if (seq === state.askSeq) $("answer").classList.remove("streaming");
  }
}

// Server-sent events from a fetch body: yields [event name, parsed data].
async function* readEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
      }
      if (data.length) yield [event, JSON.parse(data.join("\n"))];
    }
  }
}

const BACKENDS = {
  ollama: "generated by Ollama",
  extractive: "from the entries' own text",
  none: "not in the glossary",
};

function renderAnswer(answer) {
  $("answer-backend").textContent = BACKENDS[answer.backend] || answer.backend;
  $("answer-text").replaceChildren(...citedText(answer.answer, answer.citations));
  const byId = new Map(answer.hits.map((hit) => [hit.id, hit]));
  $("answer-sources").replaceChildren(...answer.citations.map((id) => {
    const hit = byId.get(id);
    return el("li", {}, [entryButton(id, hit ? hit.title : id), " ",
      el("code", { class: "entry-id", text: id })]);
  }));
  $("answer-notices").replaceChildren(...answer.notices.map((n) => el("li", { text: n })));
  if (!answer.covered) $("not-covered").hidden = false;
}

// "… tokens [1]." -> text nodes and numbered citation buttons that open the entry.
function citedText(text, citations) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/\[(\d+)\]/g)) {
    const id = citations[Number(match[1]) - 1];
    if (!id) continue;
    // The marker stays on the line of the word before it.
    const before = text.slice(last, match.index);
    const cut = before.trimEnd().lastIndexOf(" ") + 1;
    parts.push(before.slice(0, cut));
    parts.push(el("span", { class: "nowrap" }, [before.slice(cut), entryButton(id, `[${match[1]}]`, "cite")]));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

// ------------------------------------------------------------------ the entry panel

async function openEntry(id) {
  try {
    showEntry(await getJSON(`/api/entries/${encodeURIComponent(id)}`));
  } catch (error) {
    setStatus(messageOf(error), true);
  }
}

function showEntry(entry) {
  $("panel-id").textContent = entry.id;
  $("panel-title").textContent = entry.title;
  $("panel-aliases").textContent = entry.aliases.length ? `also: ${entry.aliases.join(", ")}` : "";
  $("panel-body").textContent = entry.body || "(this entry has no text)";
  const seeAlso = entry.see_also.map((term) => {
    const ids = entry.see_also_ids[term] || [];
    return el("li", {}, [ids.length ? entryButton(ids[0], term) : term]);
  });
  $("panel-see-also").replaceChildren(
    ...(seeAlso.length ? [el("strong", { text: "See also" }), el("ul", {}, seeAlso)] : []));
  const source = $("panel-source");
  const safe = /^https?:\/\//i.test(entry.url || "");
  source.hidden = !safe;
  if (safe) source.href = entry.url;
  $("panel-location").textContent = `${entry.file}:${entry.line}`;
  $("panel").hidden = false;
  $("panel-title").focus({ preventScroll: true });
}

function closePanel() {
  $("panel").hidden = true;
}

// ------------------------------------------------------------------ wiring

function messageOf(error) {
  return error instanceof TypeError
    ? "The server does not answer: is `rag-glossary serve` still running?"
    : error.message;
}

async function showHealth() {
  try {
    const h = await getJSON("/healthz");
    const llm = h.ollama ? `answers by Ollama (${h.llm_model})` : "extractive answers (Ollama off)";
    $("footer").textContent = `${h.entries} entries · index ${h.generation} · ${llm}`;
  } catch (error) {
    $("footer").textContent = messageOf(error);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("q").addEventListener("input", scheduleSearch);
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = $("q").value.trim();
    if (!q) return;
    clearTimeout(state.timer);
    runSearch(q);
    ask(q);
  });
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-id]");
    if (button) openEntry(button.dataset.id);
  });
  $("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", (event) => {
    const typing = event.target.matches("input, textarea");
    if (event.key === "/" && !typing) {
      event.preventDefault();
      $("q").focus();
      $("q").select();
    } else if (event.key === "Escape" && !$("panel").hidden) {
      closePanel();
      $("q").focus();
    }
  });
  showHealth();
});
