"""The extractive answer: the best entries' own sentences, each with its marker."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rag_glossary.answer.citations import Registry
from rag_glossary.models import Hit
from rag_glossary.text import bounded

MAX_EXTRACT_SENTENCES = 4
MAX_EXTRACT_CHARS = 700
MAX_SENTENCE_CHARS = 300
CLOSE_SCORE_RATIO = 0.9  # extractive uses hits scoring at least this share of the best
MAX_EXTRACT_HITS = 2
MAX_LIST_ITEMS = 4  # items quoted from an entry that is only a list


@dataclass(frozen=True)
class _Sentence:
    text: str
    ids: tuple[str, ...]


_CODE_FENCE = re.compile(r"^\s*(```|~~~)")
_LIST_ITEM = re.compile(r"^\s*([-*+•]|\d+[.)])\s+")
_SKIP_LINE = re.compile(
    r"^\s*(#{1,6}\s|>|\||!\[|\{%|\{\{|\{:|///|<[^>]+>\s*$|\*\s*toc\s*$"
    r"|(video|see also|image)\b)",
    re.IGNORECASE,
)
_MORE_AT = re.compile(r"^\s*more\s+at\b", re.IGNORECASE)
_LABEL = re.compile(r"^(highlight|note|comment):\s*", re.IGNORECASE)  # annotation labels
_URL_ONLY = re.compile(r"^\s*[<(\[]*\s*https?://\S+\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“'(]?[A-Z0-9])")
_INLINE_CLEANUPS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)(\{[^}]*\})?"), ""),
    (re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{:[^}]*\}"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"\[\d+\]"), ""),  # footnote numbers would read as our markers
    (re.compile(r"\[([^\]]*)\]"), r"\1"),
    (re.compile(r"<[^>]+>"), ""),
    (re.compile(r"`+|\*\*|__"), ""),
    (re.compile(r"^\s*~\s*"), ""),
    (re.compile(r"\s+"), " "),
)


def extractive_answer(hits: Sequence[Hit]) -> tuple[str, tuple[str, ...]]:
    """An answer made of the best entries' own first sentences, each with its marker.

    Returns the text and the cited ids in marker order.
    """
    registry = Registry(hits)
    return extractive_text(hits, registry), tuple(registry.order)


def extractive_text(hits: Sequence[Hit], registry: Registry) -> str:
    groups = _extract_groups(hits)
    if not groups:
        names = ", ".join(f"{hit.title} {registry.marker(hit.id)}" for hit in hits[:3])
        return f"The closest glossary entries are {names}; none has a definition to quote."
    lines: list[str] = []
    previous = ""
    for title, sentences in groups:
        rendered = " ".join(_render_sentence(s, registry) for s in sentences)
        if title.lower() == previous.lower():  # same term from another source: same line
            lines[-1] += " " + rendered
        else:
            lead = "" if _mentions(sentences[0].text, title) else f"{title}: "
            lines.append(lead + rendered)
        previous = title
    return "\n".join(lines)


def _extract_groups(hits: Sequence[Hit]) -> list[tuple[str, list[_Sentence]]]:
    """Sentences per hit: 2 from the first hit with text, then 1 from each close hit."""
    close = _close_hits(hits)
    groups: list[tuple[str, list[_Sentence]]] = []
    taken: dict[str, _Sentence] = {}  # normalized text -> sentence, to merge duplicates
    budget_chars, budget_sentences = MAX_EXTRACT_CHARS, MAX_EXTRACT_SENTENCES
    used = 0
    for hit in hits:
        if groups and (hit.id not in close or used >= MAX_EXTRACT_HITS):
            break
        group: list[_Sentence] = []
        sentences = definition_sentences(hit.entry.body, 1 if groups else 2)
        used += bool(sentences)
        for text in sentences:
            key = re.sub(r"\W+", " ", text.lower()).strip()
            if key in taken:
                _add_id(groups, taken, key, hit.id)
            elif budget_sentences > 0 and (len(text) <= budget_chars or not taken):
                taken[key] = _Sentence(text, (hit.id,))
                group.append(taken[key])
                budget_chars -= len(text)
                budget_sentences -= 1
        if group:
            groups.append((" ".join(hit.title.split()), group))
    return groups


def _add_id(
    groups: list[tuple[str, list[_Sentence]]], taken: dict[str, _Sentence], key: str, hit_id: str
) -> None:
    old = taken[key]
    if hit_id in old.ids:
        return
    new = _Sentence(old.text, (*old.ids, hit_id))
    taken[key] = new
    for _, sentences in groups:
        for i, sentence in enumerate(sentences):
            if sentence is old:
                sentences[i] = new


def _close_hits(hits: Sequence[Hit]) -> set[str]:
    best = hits[0].score if hits else 0.0
    if best <= 0:
        return {hit.id for hit in hits[:1]}
    return {hit.id for hit in hits if hit.score >= CLOSE_SCORE_RATIO * best}


def _render_sentence(sentence: _Sentence, registry: Registry) -> str:
    markers = "".join(registry.marker(hit_id) for hit_id in sentence.ids)
    body = sentence.text.rstrip(".!?…")
    punct = sentence.text[len(body) :] or "."
    return f"{body} {markers}{punct}"


def _mentions(text: str, title: str) -> bool:
    core = re.sub(r"\s*\(.*?\)\s*", " ", title).strip().lower()
    return bool(core) and core in text.lower()


def definition_sentences(body: str, limit: int) -> list[str]:
    """The first ``limit`` prose sentences of an entry body, markup removed.

    A body with no prose but a list gives one sentence made of its first items.
    """
    sentences: list[str] = []
    items: list[str] = []
    for kind, text in _blocks(body):
        if kind == "item":
            items.append(text)
            continue
        for raw in _SENTENCE_END.split(text):
            sentence = _clean_sentence(raw)
            if sentence and not raw.rstrip().endswith(":"):  # "Types are:" opens a list
                sentences.append(sentence)
            if len(sentences) >= limit:
                return sentences
    if not sentences and items:
        joined = _clean_sentence("; ".join(items[:MAX_LIST_ITEMS]))
        return [joined] if joined else []
    return sentences


def _blocks(body: str) -> Iterator[tuple[str, str]]:
    """("prose", paragraph) and ("item", list item) of a body, skipping code, links-only
    lines, headings, `Video:`/`See also` lines and `More at` link lists."""
    paragraph: list[str] = []
    in_code = in_more_at = False
    for line in body.splitlines():
        fence = bool(_CODE_FENCE.match(line))
        in_code ^= fence
        if _MORE_AT.match(line):
            in_more_at = True
        elif in_more_at and not _is_link_line(line):
            in_more_at = False
        if fence or in_code or in_more_at or _is_non_prose(line):
            yield from (("prose", text) for text in _join_lines(paragraph))
            paragraph = []
            if not (fence or in_code or in_more_at) and _LIST_ITEM.match(line):
                yield "item", _LIST_ITEM.sub("", line).strip().rstrip(",;.-– ")
        else:
            paragraph.append(_LABEL.sub("", line.strip()))
    yield from (("prose", text) for text in _join_lines(paragraph))


def _is_link_line(line: str) -> bool:
    return bool(line.strip() and (_LIST_ITEM.match(line) or _URL_ONLY.match(line)))


def _is_non_prose(line: str) -> bool:
    return not line.strip() or bool(
        _SKIP_LINE.match(line) or _LIST_ITEM.match(line) or _URL_ONLY.match(line)
    )


def _join_lines(lines: list[str]) -> Iterator[str]:
    """Join wrapped lines; a line that ends a sentence or starts with a capital breaks."""
    text = ""
    for line in lines:
        if not text:
            text = line
        elif re.search(r"[.!?]$", text) or re.match(r"[\"“(]?[A-Z0-9~]", line) or text[0] == "~":
            yield text
            text = line
        else:
            text += " " + line
    if text:
        yield text


def _clean_sentence(raw: str) -> str | None:
    text = raw
    for pattern, replacement in _INLINE_CLEANUPS:
        text = pattern.sub(replacement, text)
    text = text.strip(" -–—:;,")
    if len(re.findall(r"[^\W\d_]{2,}", text)) < 3:  # too short to say anything
        return None
    text = bounded(text, MAX_SENTENCE_CHARS)
    return text[0].upper() + text[1:]
