"""Inline Markdown, Liquid and HTML markup in one line, and heading titles.

Links are replaced by their text and collected (they become see-also terms);
inline code spans are kept verbatim. Every regex is bounded by a character
class or a fixed token, so long lines cost linear time.
"""

from __future__ import annotations

import itertools
import re

from rag_glossary.html_tags import strip_markup
from rag_glossary.parsing.inline_links import LinkCollector

_LIQUID = re.compile(r"\{%-?\s*(\w+)([^%]*)%\}")
_LIQUID_OUTPUT = re.compile(r"\{\{[^{}]*\}\}")
_KRAMDOWN_ATTR = re.compile(r"\{:[^{}]*\}")
# The Open Data Handbook's glossary macro, a link to a term's page: ``{term:machine-readable}``.
_TERM_MACRO = re.compile(r"\{term:[ \t]*([^{}\n]+?)[ \t]*\}")
# "{#id}", and MkDocs/Python-Markdown attribute lists "{ #id }", "{: #id .class }"
_HEADING_ID = re.compile(r"\{:?[ \t]*#[^{}]*\}")
# doc-builder's heading anchor: "# Glossary [[glossary]]"
_DOC_ANCHOR = re.compile(r"(?<=\S)[ \t]+\[\[[a-z0-9][a-z0-9_-]*\]\][ \t]*$")
_WIKI_IMAGE = re.compile(r"!\[\[[^\[\]]*\]\]")
IMAGE = re.compile(r"!\[[^\[\]]*\]\((?:[^()\n]|\([^()\n]*\))*\)")
# A Pandoc/kramdown attribute block right after an image or link: ``![](f.svg){alt='x'}``,
# ``[text](url){.external target="_blank"}`` (``{:...}`` is _KRAMDOWN_ATTR's).
_ATTR_ITEM = r"(?:[.#][\w-]+|[\w-]+=(?:'[^'\n]*'|\"[^\"\n]*\"|[^\s{}'\"]*))"
_PANDOC_ATTR = re.compile(rf"(?<=[)\]])\{{{_ATTR_ITEM}(?:\s+{_ATTR_ITEM})*\}}")
INLINE_LINK = re.compile(r"\[([^\[\]]*)\]\(((?:[^()\n]|\([^()\n]*\))*)\)")
WIKI_LINK = re.compile(r"\[\[([^\[\]|]+)(?:\|([^\[\]]*))?\]\]")
REF_LINK = re.compile(r"\[([^\[\]]*)\]\[([^\[\]]*)\]")
# Not after a word, a bracket or a backslash: df['year'] and x[0] are code, \[x\] is math.
_SHORTCUT_LINK = re.compile(r"(?<![\w\]\\])\[([^\[\]]+)\](?![(\[])")
# A tag that breaks the line or the block ("set.<br>It is") parts the words around it.
_BREAK_TAG = re.compile(r"</?(?:br|p|li|div|hr|tr|td)\b[^<>]*>", re.IGNORECASE)
_SHORTCODE = re.compile(r"(?<!\S):[a-z0-9_+-]+:(?!\S)")
# A WordPress shortcode renders as markup or nothing: a closing one ("[/caption]") or one
# with attributes ("[caption id=\"x\"]") anywhere; a bare one whose name has "_" or "-"
# ("[su_divider]") on a line of its own (inside prose "[batch_size]" may be a link's text).
_WP_SHORTCODE = re.compile(r"\[(?:/[a-z][\w-]*|[a-z][\w-]*\s+[a-z_-]+=[^\[\]\n]*)\](?![(\[])")
_WP_SHORTCODE_LINE = re.compile(r"\s*\[[a-z][a-z0-9]*[_-][\w-]*\]\s*")
_QUOTED_URL = re.compile(r"[\"']([^\"']*)[\"']")
_BACKTICKS = re.compile(r"`+")
# MyST roles: {ref}`title <target>`, {py:meth}`~pkg.mod.name`, {term}`word`, {math}`x^2`.
_ROLE_NAMES = (
    r"(?:(?:py|std|js|c|cpp):[a-z]+|ref|doc|term|math|numref|eq|abbr|download|any"
    r"|func|class|meth|mod|attr|obj|data|exc|kbd|file|envvar|command|program|guilabel"
    r"|(?:foot)?cite(?::[a-z]+)?|bibliography)"
)
_MYST_ROLE = re.compile(rf"(?<![\w`])\{{({_ROLE_NAMES})\}}`([^`\n]+)`")
# A role its author mistyped: reversed (`term`{tropics}), braces for backticks ({term}{top
# of atmosphere}), never closed ({term}`tropopause, where ...) or with no backticks ({term}LW):
# the reader sees the role's text, not its name glued to it ("term{tropics}").
_BROKEN_ROLE = re.compile(
    rf"`({_ROLE_NAMES})`\{{([^{{}}`\n]+)\}}"
    rf"|(?<![\w`])\{{({_ROLE_NAMES})\}}\{{([^{{}}`\n]+)\}}"
    rf"|(?<![\w`])\{{{_ROLE_NAMES}\}}(?:`(?=[^`\n]*$)|(?=[^\W_]))"
)
# Pandoc citations into a bibliography the glossary does not ship: "[@beck_effect_2022]",
# "[-@honore_ownership_1961]" (author named in the text), "[see @a, p. 3; @b]"; not a link
# "[@user](url)" nor an address "[me@example.org]"
_PANDOC_CITE = re.compile(r"[ \t]?\[(?:[^\[\]@\n]*[\s;])?-?@\w[^\[\]\n]*\](?![(\[])")
_ROLE_TITLE = re.compile(r"^(.*?\S)\s*<([^<>]+)>$")
# Citation markers to a reference list: [\[1\]](#mlc), [\[1\]][1], and " [1,2]." in prose
# (not "- [1] Author", an item of the reference list itself).
_ESCAPED_CITATION = re.compile(r"\s?\[\\\[\d{1,3}\\\]\](?:\([^()\s]*\)|\[[^\[\]]*\])(\s*)")
_CITATION = re.compile(
    r"(?<=[^\s*+>|-])\s\[([1-9]\d{0,2}(?:\s?[,–-]\s?[1-9]\d{0,2})*)\](?=[\s.,;:)]|$)"
)
# Footnote references ("... process. [^1]", "variations.[^20]"); "[^1]: text" defines one.
_FOOTNOTE_REF = re.compile(r"[ \t]?\[\^[\w-]{1,30}\](?!:)")
# "an offer\*", "decisions\* (see also ...)": an escaped asterisk glued to a word's end is a
# note mark (a footnote's sign that the page explains elsewhere), no word of the text.
_NOTE_MARK = re.compile(r"(?<=[\w.)\]\"'*_])\\\*+(?=[\s.,;:)]|$)")
SPACES = re.compile(r"[ \t]{2,}")

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


def _role(match: re.Match[str], links: LinkCollector) -> str:
    role, content = match.group(1), match.group(2).strip()
    if "cite" in role:  # a citation key ({cite:p}`smith2020`) means nothing to a reader
        return ""
    if role == "math":
        return content
    titled = _ROLE_TITLE.match(content)
    if titled:
        return titled.group(1)
    target = content.lstrip("!")
    if target.startswith("~"):
        target = target[1:].rsplit(".", 1)[-1]
    if role == "term":
        links.add(target)
    # Sphinx shows Python objects as code.
    return f"`{target}`" if role.startswith("py:") else target


def _broken_role(match: re.Match[str], links: LinkCollector) -> str:
    role, text = (match[1], match[2]) if match[1] else (match[3] or "", match[4] or "")
    if role == "term" and text:
        links.add(text)
    return "" if "cite" in role else text


def _myst_roles(line: str, links: LinkCollector) -> str:
    """Roles rendered; a role written inside inline code is code and stays."""
    spans = _code_spans(line)

    def render(match: re.Match[str]) -> str:
        if any(start < match.start() < end for start, end in spans):
            return match.group(0)
        return _role(match, links)

    rendered = _MYST_ROLE.sub(render, line)
    # a dropped citation leaves no space before the punctuation that followed it
    return _SPACE_BEFORE_STOP.sub(r"\1", rendered) if "cite" in line else rendered


_SPACE_BEFORE_STOP = re.compile(r"(?<=\w)[ \t]+([.,;:!?])(?=\s|$)")


def _is_citation(numbers: str) -> bool:
    """``1,2`` and ``3-5`` are citations; ``0,0`` and ``2,1`` are lists or coordinates."""
    values = [int(n) for n in re.findall(r"\d+", numbers)]
    return all(a < b for a, b in itertools.pairwise(values))


def _escaped_citation(match: re.Match[str]) -> str:
    return "" if match.start() == 0 else match.group(1)


def _citation(match: re.Match[str]) -> str:
    return "" if _is_citation(match.group(1)) else match.group(0)


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


# A MkDocs admonition's marker ("!!! info "Formal Definition"", "??? tip"): its title, if
# any, labels the text that follows; the marker goes.
_ADMONITION = re.compile(
    r'(?:^|(?<=\s))(?:!!!|\?\?\?\+?)[ \t]+[A-Za-z][\w-]*(?:[ \t]+"([^"\n]*)")?[ \t]*'
)


def _admonition(match: re.Match[str]) -> str:
    return f"{match.group(1)}: " if match.group(1) else ""


def _clean_prose(text: str, links: LinkCollector) -> str:
    # The `in` checks skip the regexes on the many lines without markup.
    if "{" in text:
        text = _LIQUID.sub(_liquid, text)
        text = _LIQUID_OUTPUT.sub("", text)
        text = _KRAMDOWN_ATTR.sub("", text)
        text = _TERM_MACRO.sub(r"\1", text)
    if "[" in text:
        text = "" if _WP_SHORTCODE_LINE.fullmatch(text) else _WP_SHORTCODE.sub("", text)
        if "@" in text:
            text = _PANDOC_CITE.sub("", text)
        text = _FOOTNOTE_REF.sub("", text)
        text = _ESCAPED_CITATION.sub(_escaped_citation, text)
        text = _CITATION.sub(_citation, text)
        if "{" in text:
            text = _PANDOC_ATTR.sub("", text)
        text = _WIKI_IMAGE.sub("", text)
        text = IMAGE.sub("", text)
        text = WIKI_LINK.sub(links.wiki, text)
        text = REF_LINK.sub(links.reference, text)
        text = INLINE_LINK.sub(links.inline, text)
        text = _SHORTCUT_LINK.sub(links.shortcut, text)
    if "\\*" in text:
        text = _NOTE_MARK.sub("", text)
    if "!!!" in text or "???" in text:
        text = _ADMONITION.sub(_admonition, text)
    if "<" in text:
        text = strip_markup(_BREAK_TAG.sub(" ", text))  # "<unk>", "<NA>" are text
    if ":" in text:
        text = _SHORTCODE.sub("", text)
    if "**" in text:
        text = _BOLD.sub("", text)
    if ("*" in text or "_" in text) and not (
        ("$" in text or "\\" in text) and _TEX_MATH.search(text)
    ):
        text = _EMPHASIS.sub(r"\1\2", text)
    return text


# "*can*", "_may_": emphasis markers around words (not "a * b * c", "2*x*y", snake_case).
_EMPHASIS = re.compile(
    r"(?<![\w*\\])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])"
    r"|(?<![\w\\])_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)"
)


# "$\vec{x}_{i-1}$", MathJax's "\[x_{i-1}\]" and "\(x_i\)": TeX math, whose "_" and "*"
# are not emphasis ("$50" is money).
_TEX_MATH = re.compile(
    r"\$[^$\n]*[\\_^{}][^$\n]*\$|\\\[.*?[\\_^{}].*?(?:\\\]|$)|\\\(.*?[\\_^{}].*?\\\)"
)


# Bold markers; a "**" with spaces on both sides can neither open nor close emphasis
# (CommonMark): it is the power operator of flattened code, "(y_pred - y_true) ** 2".
_BOLD = re.compile(r"(?<!\s)\*\*|\*\*(?!\s)")


# "[`geoId/06`](https://...)": a link whose text is a code span shows the code span.
_CODE_LINK = re.compile(r"\[(`[^`\n]+`)\]\(((?:[^()\n]|\([^()\n]*\))*)\)")


def clean_inline(line: str, links: LinkCollector | None = None) -> tuple[str, list[str]]:
    """Clean one line of Markdown prose; inline code spans are kept verbatim.

    Returns the readable line and the terms its links point to.
    """
    collector = links if links is not None else LinkCollector()
    before = len(collector.terms)
    if "<!--" in line:
        line = remove_html_comments(line)
    if "{" in line:
        line = _BROKEN_ROLE.sub(lambda m: _broken_role(m, collector), line)
    if "}`" in line:
        line = _myst_roles(line, collector)
    if "`" not in line:
        return _clean_prose(line, collector), collector.terms[before:]
    if "[`" in line:
        line = _CODE_LINK.sub(r"\1", line)
    out: list[str] = []
    pos = 0
    for start, end in _code_spans(line):
        out.append(_clean_prose(line[pos:start], collector))
        out.append(line[start:end])
        pos = end
    out.append(_clean_prose(line[pos:], collector))
    return "".join(out), collector.terms[before:]


_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])|\\$")


def unescape(line: str) -> str:
    """Markdown backslash escapes (``\\-``, ``\\[``) and a trailing hard-break ``\\``
    removed outside inline code spans."""
    if "\\" not in line:
        return line
    if "$" in line:  # TeX math (``$x\\%$``) keeps its backslashes
        return line[:-1] if line.endswith("\\") else line
    out: list[str] = []
    pos = 0
    for start, end in [*_code_spans(line), (len(line), len(line))]:
        out.append(_ESCAPE.sub(lambda m: m.group(1) or "", line[pos:start]))
        out.append(line[start:end])
        pos = end
    return "".join(out)


def clean_title(raw: str) -> str:
    """Heading text without markup, internal spacing kept (the slug depends on it)."""
    text = _DOC_ANCHOR.sub("", _HEADING_ID.sub("", raw))
    text = re.sub(r"(?:^|\s)#+\s*$", "", text)
    text, _ = clean_inline(text)
    return text.replace("`", "").strip()


def display_title(text: str) -> str:
    return " ".join(text.split())
