"""Text cleaning shared by the dialect parsers.

Every regex here is bounded by a character class or a fixed token, so a 1 MB
line costs linear time (no nested quantifiers that can backtrack).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

import ftfy

# --- whole-document normalisation -------------------------------------------------

# Mojibake whose tail bytes were lost on the way ("modelâs", "donât", "pandasâalso"):
# ftfy cannot repair these because the sequence is incomplete.
_TRUNCATED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])â(?=(?:s|t|d|m|ll|re|ve)\b)")
_TRUNCATED_DASH = re.compile(r"(?<=[\w*)])â(?=[\w*(])")
# UTF-8 read as cp1252/latin-1 always shows a lead character in Â..ô; entities
# and control characters are ftfy's other business. Other lines skip it (speed).
_NEEDS_FTFY = re.compile(r"[\u00c2-\u00f4]|&#?\w+;|[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_UNCURL = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'}
)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def fix_mojibake(text: str) -> str:
    """Repair mis-decoded text (``modelâ€™s`` -> ``model's``) without touching line breaks.

    ftfy works line by line, so only lines that can need it (mojibake lead
    characters, HTML entities, control characters) are sent to it, in one
    batch. Curly quotes become straight everywhere, as ftfy would make them.
    """
    lines = text.split("\n")
    todo = [i for i, line in enumerate(lines) if _NEEDS_FTFY.search(line)]
    if todo:
        fixed = ftfy.fix_text("\n".join(lines[i] for i in todo), fix_line_breaks=False)
        parts = fixed.split("\n")
        if len(parts) == len(todo):
            for i, part in zip(todo, parts, strict=True):
                lines[i] = part
        else:  # ftfy changed the line count: fix line by line instead
            for i in todo:
                lines[i] = ftfy.fix_text(lines[i], fix_line_breaks=False).replace("\n", " ")
    text = "\n".join(lines).translate(_UNCURL)
    # Only a document that shows the unambiguous apostrophe pattern gets its
    # other stray "â" turned into dashes, so real words such as "château" survive.
    if "â" in text and _TRUNCATED_APOSTROPHE.search(text):
        text = _TRUNCATED_APOSTROPHE.sub("'", text)
        text = _TRUNCATED_DASH.sub("—", text)
    return text


def prepare(text: str) -> list[str]:
    """Normalise newlines, strip a BOM, fix mojibake, and split into lines."""
    text = normalize_newlines(text).lstrip("\ufeff")
    return fix_mojibake(text).split("\n")


# --- front matter -----------------------------------------------------------------

_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(.*)$")


@dataclass(frozen=True)
class FrontMatter:
    fields: dict[str, str]
    end: int  # index of the first line after the front matter (0 if none)


def front_matter(lines: Sequence[str]) -> FrontMatter:
    """A YAML front matter block opened by ``---`` on the first line.

    Only top-level ``key: value`` pairs are read; comment lines are skipped.
    """
    if not lines or lines[0].strip() != "---":
        return FrontMatter({}, 0)
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return FrontMatter(_front_fields(lines[1:i]), i + 1)
    return FrontMatter({}, 0)


def _front_fields(lines: Sequence[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in lines:
        if line.startswith((" ", "\t", "#")):
            continue
        match = _FRONT_KEY.match(line)
        if match:
            fields.setdefault(match.group(1).lower(), _unquote(match.group(2).strip()))
    return fields


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


# --- code fences ------------------------------------------------------------------

_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")


def code_mask(lines: Sequence[str], start: int = 0) -> list[bool]:
    """True for every line that is a fence marker or inside a fenced code block.

    A fence may open indented and close at any indentation (ai-glossary-m
    opens at column 1 and sometimes closes at column 0). An opener that is
    never closed is treated as text, so one stray fence cannot swallow the
    rest of a glossary.
    """
    closers = _closer_positions(lines, start)
    mask = [False] * len(lines)
    i = start
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if match and not (match.group(2)[0] == "`" and "`" in match.group(3)):
            end = _find_closer(closers, match.group(2), i)
            if end is not None:
                for j in range(i, end + 1):
                    mask[j] = True
                i = end + 1
                continue
        i += 1
    return mask


def _closer_positions(lines: Sequence[str], start: int) -> dict[str, list[tuple[int, int]]]:
    found: dict[str, list[tuple[int, int]]] = {"`": [], "~": []}
    for i in range(start, len(lines)):
        match = _FENCE.match(lines[i])
        if match and not match.group(3).strip():
            marker = match.group(2)
            found[marker[0]].append((i, len(marker)))
    return found


def _find_closer(closers: dict[str, list[tuple[int, int]]], marker: str, opener: int) -> int | None:
    candidates = closers[marker[0]]
    k = bisect.bisect_right(candidates, (opener, 1 << 30))
    for index, length in candidates[k:]:
        if length >= len(marker):
            return index
    return None


def fence_indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


# --- inline markup ----------------------------------------------------------------

_LIQUID = re.compile(r"\{%-?\s*(\w+)([^%]*)%\}")
_LIQUID_OUTPUT = re.compile(r"\{\{[^{}]*\}\}")
_KRAMDOWN_ATTR = re.compile(r"\{:[^{}]*\}")
_HEADING_ID = re.compile(r"\{#[^{}]*\}")
_WIKI_IMAGE = re.compile(r"!\[\[[^\[\]]*\]\]")
_IMAGE = re.compile(r"!\[[^\[\]]*\]\((?:[^()\n]|\([^()\n]*\))*\)")
_INLINE_LINK = re.compile(r"\[([^\[\]]*)\]\(((?:[^()\n]|\([^()\n]*\))*)\)")
_WIKI_LINK = re.compile(r"\[\[([^\[\]|]+)(?:\|([^\[\]]*))?\]\]")
_REF_LINK = re.compile(r"\[([^\[\]]*)\]\[([^\[\]]*)\]")
# Not after a word or a bracket: df['year'] and x[0] are code, not links.
_SHORTCUT_LINK = re.compile(r"(?<![\w\])])\[([^\[\]]+)\](?![(\[])")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_SHORTCODE = re.compile(r"(?<!\S):[a-z0-9_+-]+:(?!\S)")
_QUOTED_URL = re.compile(r"[\"']([^\"']*)[\"']")
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_BACKTICKS = re.compile(r"`+")
_SPACES = re.compile(r"[ \t]{2,}")

_LIQUID_LABELS = {"youtube": "Video", "vimeo": "Video", "pdf": "PDF"}


def _liquid(match: re.Match[str]) -> str:
    label = _LIQUID_LABELS.get(match.group(1).lower())
    if label is None:
        return ""
    url = _QUOTED_URL.search(match.group(2))
    target = url.group(1) if url else match.group(2).strip()
    # Links into the site's own asset folder mean nothing outside the site.
    if not target.startswith(("http://", "https://")):
        return ""
    return f"{label}: {target}"


def _is_external(target: str) -> bool:
    target = target.strip().strip("<>")
    return bool(_URL_SCHEME.match(target)) or target.startswith("//")


def _term(text: str) -> str:
    """The linked term of ``Target|Display`` link text (Obsidian exports)."""
    return text.split("|", 1)[0].strip()


def _display(text: str) -> str:
    return text.split("|", 1)[-1].strip() if "|" in text else text


def _keeps_brackets(text: str) -> bool:
    """Task boxes, footnotes, citations ``[2]``, lists ``[0,0]`` and quotes are not links."""
    stripped = text.strip()
    if stripped in ("x", "X") or stripped.startswith(("^", "'", '"')):
        return True
    return not any(ch.isalpha() for ch in stripped)


class _LinkCollector:
    def __init__(self) -> None:
        self.terms: list[str] = []

    def add(self, term: str) -> None:
        term = " ".join(term.replace("**", "").split())
        if term:
            self.terms.append(term)

    def inline(self, match: re.Match[str]) -> str:
        text, target = match.group(1), match.group(2)
        if not _is_external(target):
            self.add(_term(text))
        return _display(text) or target.strip()

    def wiki(self, match: re.Match[str]) -> str:
        self.add(match.group(1))
        return (match.group(2) or match.group(1)).strip()

    def reference(self, match: re.Match[str]) -> str:
        text, ref = match.group(1), match.group(2)
        self.add(_term(ref or text))
        return _display(text)

    def shortcut(self, match: re.Match[str]) -> str:
        text = match.group(1)
        if _keeps_brackets(text):
            return match.group(0)
        self.add(_term(text))
        return _display(text)


def _code_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of inline code spans: a backtick run closed by the next run of equal length."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(line)]
    next_same: list[int | None] = [None] * len(runs)
    last_seen: dict[int, int] = {}
    for k in range(len(runs) - 1, -1, -1):
        length = runs[k][1] - runs[k][0]
        next_same[k] = last_seen.get(length)
        last_seen[length] = k
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(runs):
        closer = next_same[k]
        if closer is None:
            k += 1
            continue
        spans.append((runs[k][0], runs[closer][1]))
        k = closer + 1
    return spans


def remove_html_comments(text: str) -> str:
    out: list[str] = []
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            break
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[pos:start])
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


def _clean_prose(text: str, links: _LinkCollector) -> str:
    # The `in` checks skip the regexes on the many lines without markup.
    if "{" in text:
        text = _LIQUID.sub(_liquid, text)
        text = _LIQUID_OUTPUT.sub("", text)
        text = _KRAMDOWN_ATTR.sub("", text)
    if "[" in text:
        text = _WIKI_IMAGE.sub("", text)
        text = _IMAGE.sub("", text)
        text = _WIKI_LINK.sub(links.wiki, text)
        text = _REF_LINK.sub(links.reference, text)
        text = _INLINE_LINK.sub(links.inline, text)
        text = _SHORTCUT_LINK.sub(links.shortcut, text)
    if "<" in text:
        text = _HTML_TAG.sub("", text)
    if ":" in text:
        text = _SHORTCODE.sub("", text)
    return text.replace("**", "")


def clean_inline(line: str, links: _LinkCollector | None = None) -> tuple[str, list[str]]:
    """Clean one line of Markdown prose; inline code spans are kept verbatim.

    Returns the readable line and the terms its links point to.
    """
    collector = links if links is not None else _LinkCollector()
    before = len(collector.terms)
    if "<!--" in line:
        line = remove_html_comments(line)
    if "`" not in line:
        return _clean_prose(line, collector), collector.terms[before:]
    out: list[str] = []
    pos = 0
    for start, end in _code_spans(line):
        out.append(_clean_prose(line[pos:start], collector))
        out.append(line[start:end])
        pos = end
    out.append(_clean_prose(line[pos:], collector))
    return "".join(out), collector.terms[before:]


def clean_title(raw: str) -> str:
    """Heading text without markup, internal spacing kept (the slug depends on it)."""
    text = _HEADING_ID.sub("", raw)
    text = re.sub(r"(?:^|\s)#+\s*$", "", text)
    text, _ = clean_inline(text)
    return text.replace("`", "").strip()


def display_title(text: str) -> str:
    return " ".join(text.split())


# --- see-also lines ---------------------------------------------------------------

_SEE_ALSO = re.compile(r"^\W{0,3}see\s+als[oe]\b\W{0,3}[:,-]?\s*(.*)$", re.IGNORECASE)
_JUNK_ITEMS = {"...", "…", "etc", "etc.", "more", ""}


def see_also_items(line: str) -> list[str] | None:
    """The terms of a ``See also [M], [Deep Learning]`` line, or None for other lines.

    Single-letter index links (``[M]``) and ``...`` are dropped. A bare
    ``See also:`` header (a list follows) is not a see-also line.
    """
    match = _SEE_ALSO.match(line.strip())
    if not match or not match.group(1).strip():
        return None
    rest = _REF_LINK.sub(lambda m: m.group(2) or m.group(1), match.group(1))
    rest = _INLINE_LINK.sub(lambda m: _term(m.group(1)), rest)
    rest = _WIKI_LINK.sub(lambda m: m.group(1), rest)
    items: list[str] = []
    for item in rest.split(","):
        term = item.strip().strip("[]*_ ").strip()
        term = term.rstrip(".").strip() if not term.endswith("...") else term
        if term.lower() in _JUNK_ITEMS or len(term) <= 1:
            continue
        items.append(" ".join(term.split()))
    return items


# --- bodies -----------------------------------------------------------------------

_BLOCKQUOTE = re.compile(r"^(\s*)(?:>\s?)+")
_TOC_MARKER = re.compile(r"^\s*(?:[*+-]|1\.)\s+toc\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Cleaned:
    text: str
    see_also: tuple[str, ...]


def finish(lines: Sequence[str]) -> str:
    """Right-strip lines, collapse runs of blank lines, trim the ends."""
    out: list[str] = []
    blank = False
    for line in lines:
        line = line.rstrip()
        if not line.strip():
            blank = bool(out)
            continue
        if blank:
            out.append("")
        blank = False
        out.append(line)
    return "\n".join(out)


def clean_markdown(lines: Sequence[str], in_code: Sequence[bool]) -> Cleaned:
    """A Markdown entry body made readable; fenced code is kept as code."""
    links = _LinkCollector()
    see_also: list[str] = []
    base = _prose_indent(lines, in_code)
    out: list[str] = []
    i = 0
    while i < len(lines):
        if in_code[i]:
            end = _block_end(lines, in_code, i)
            out.extend(_code_block(lines[i:end]))
            i = end
            continue
        items = see_also_items(lines[i])
        if items is not None:
            see_also.extend(items)
        elif not _is_toc_marker(lines, i):
            out.append(_prose_line(lines[i], base, links))
        i += 1
    return Cleaned(finish(out), tuple(links.terms + see_also))


def _prose_line(raw: str, base: int, links: _LinkCollector) -> str:
    line = raw.expandtabs(4)
    line = line[base:] if line[:base].isspace() else line.lstrip()
    line = _BLOCKQUOTE.sub(r"\1", line)
    text, _ = clean_inline(line, links)
    if not text.strip():
        return ""
    body = text.lstrip(" ")
    return text[: len(text) - len(body)] + _SPACES.sub(" ", body)


def _block_end(lines: Sequence[str], in_code: Sequence[bool], start: int) -> int:
    """Index after the fenced block opening at ``start`` (its closing fence included)."""
    opener = _FENCE.match(lines[start])
    marker = opener.group(2) if opener else "```"
    for j in range(start + 1, len(lines)):
        if not in_code[j]:
            return j
        match = _FENCE.match(lines[j])
        closing = match.group(2) if match and not match.group(3).strip() else ""
        if closing[:1] == marker[0] and len(closing) >= len(marker):
            return j + 1
    return len(lines)


def _code_block(block: Sequence[str]) -> list[str]:
    """Fence lines unindented; content dedented by the opener's indentation if all of it has it."""
    opener = block[0].strip()
    closes = len(block) > 1 and bool(_FENCE.match(block[-1]))
    content = block[1:-1] if closes else block[1:]
    dedent = min([fence_indent(block[0])] + [fence_indent(x) for x in content if x.strip()])
    lines = [opener, *(x[dedent:] for x in content)]
    if closes:
        lines.append(block[-1].strip())
    return lines


def _is_toc_marker(lines: Sequence[str], i: int) -> bool:
    stripped = lines[i].strip()
    if stripped.startswith("{:toc"):
        return True
    return (
        bool(_TOC_MARKER.match(lines[i]))
        and i + 1 < len(lines)
        and (lines[i + 1].strip().startswith("{:toc"))
    )


def _prose_indent(lines: Sequence[str], in_code: Sequence[bool]) -> int:
    indents = []
    for line, code in zip(lines, in_code, strict=True):
        if code or not line.strip():
            continue
        expanded = line.expandtabs(4)
        indents.append(len(expanded) - len(expanded.lstrip(" ")))
    return min(indents, default=0)


def shorten(text: str, limit: int = 80) -> str:
    """One line of at most ``limit`` characters, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"
