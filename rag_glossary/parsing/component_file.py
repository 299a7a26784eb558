"""Dialect ``component``: a web framework's single-file component (.vue, .svelte, .astro).

A component is a page's markup and its code in one file: a Vue file's ``<template>``,
``<script>`` and ``<style>`` blocks, a Svelte file's markup beside its ``<script>``, an Astro
file's ``---`` code fence over its markup. A glossary component holds its terms in one of
the two: as markup (``<p><b>Term:</b> text</p>``, ``<dl>``, headings, a term table) or as
data its markup loops over (``const items = [{ Term: ..., Definition: ... }]``, ``data() {
return { glossary: {...} } }``). Each part goes to the reader that already reads it: the
markup, with the code and the styles blanked, the template expressions dropped (Vue's
``{{ x }}``, Svelte's and Astro's ``{x}``, ``{#each ...}``) and Vue's ``<template>``
wrappers read as the blocks they render, through the HTML reader (html_page.py); the code
through the JavaScript data reader (js_data.py), which also reads a literal an object
property or a ``return`` holds, as a component's ``data()`` does. The reading that defines
more terms wins, the markup on a tie. A component that only renders data from elsewhere
(an import, a store, an API) or an ordinary UI component gives no entries. Nothing is run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rag_glossary.lazy_re import lazy_regex
from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.datafile import data_records
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.html_page import parse_html
from rag_glossary.parsing.js_data import literal_end, literal_sections
from rag_glossary.parsing.jsx_markup import expression_spans
from rag_glossary.parsing.page_scripts import defined, script_code
from rag_glossary.parsing.record_lines import JS_QUOTES, TermLines

# An Astro component's code fence: "---" lines around the code, first in the file.
_FENCE = lazy_regex(r"\A(?:\ufeff)?[ \t]*---[ \t]*\n(.*?\n)[ \t]*---[ \t]*(?:\n|\Z)", re.S)
_CODE_BLOCK = lazy_regex(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
# A Vue component's root block: "<template>" at a line's start.
_VUE_ROOT = lazy_regex(r"^<template\b", re.I | re.M)
# A template in another language (Pug, Jade): not HTML, so not read.
_OTHER_LANGUAGE = lazy_regex(
    r"<template\b[^>]*\blang\s*=\s*[\"']?(?!html\b)[^>]*>.*?^</template\s*>", re.I | re.S | re.M
)
_TEMPLATE_TAG = lazy_regex(r"<(/?)template\b", re.I)
_MUSTACHE = lazy_regex(r"\{\{.*?\}\}", re.S)
# A literal held by an object property or returned ("glossary: {", "return {"), at a line
# start: a component's data() and setup() return their data so.
_HELD_LITERAL = lazy_regex(
    r"(?:^[ \t]*(?:return[ \t]*|['\"]?[A-Za-z_$][\w$]*['\"]?[ \t]*:[ \t]*))(?=[\[{])", re.M
)
_MIN_TERMS = 3
_MIN_WORDS = 4  # mean words of a term's text
_UI_ONLY = "its headings hold no definitions (an interface, not a glossary)"
_NOTHING = "no glossary entries in its markup ({}) or in its code ({})"


@dataclass(frozen=True)
class ComponentParts:
    """The component's markup and its code, each the length of the file in lines."""

    markup: str
    code: str


def parse_component(text: str, source: str, spec: FieldSpec) -> Parsed:
    parts = component_parts(text)
    page = parse_html(parts.markup, source, spec)
    if page.sections and not _terms_with_text(page.sections):
        page = Parsed([], title=page.title, problem=_UI_ONLY)
    scripted, problem = code_sections(parts.code, spec)
    if defined(scripted) > defined(page.sections):
        return Parsed(scripted, title=page.title)
    if page.sections:
        return page
    return Parsed([], title=page.title, problem=_NOTHING.format(page.problem, problem))


def _terms_with_text(sections: list[Section]) -> bool:
    """Three terms or more whose texts average a few words: an app's headings over form
    fields and buttons are no glossary (as js_data.py judges JSX markup)."""
    words = [len(s.body.split()) for s in sections]
    return len(words) >= _MIN_TERMS and sum(words) >= _MIN_WORDS * len(words)


def component_parts(text: str) -> ComponentParts:
    fence = _FENCE.match(text)
    code = script_code(text)
    if fence:
        code = _blank(text[: fence.start(1)]) + fence.group(1) + code[fence.end(1) :]
        text = _blank(text[: fence.end()]) + text[fence.end() :]
    markup = _CODE_BLOCK.sub(_blank_match, text)
    if root := _VUE_ROOT.search(markup):
        # Only the template is rendered: custom blocks (<i18n>, <docs>) around it are not.
        close = max(markup.rfind("</template"), root.start())
        end = markup.find(">", close) + 1 or len(markup)
        markup = _blank(markup[: root.start()]) + markup[root.start() : end] + _blank(markup[end:])
        markup = _OTHER_LANGUAGE.sub(_blank_match, markup)
        markup = _MUSTACHE.sub(_blank_match, markup)
        markup = _TEMPLATE_TAG.sub(r"<\1div", markup)  # rendered wrappers, not inert content
    else:
        markup = without_expressions(markup)
    return ComponentParts(markup=markup, code=code)


def code_sections(code: str, spec: FieldSpec) -> tuple[list[Section], str]:
    """The glossary records of the component's code: literals assigned at a line start
    (js_data.py), else literals an object property holds or a function returns."""
    sections, problem = literal_sections(code, spec)
    if sections:
        return sections, problem
    import chompjs  # only needed for JavaScript

    scanned = 0
    for match in _HELD_LITERAL.finditer(code):
        if match.end() < scanned:
            continue  # inside a literal already read
        end = literal_end(code, match.end())
        if end is None:
            break
        try:
            data: Any = chompjs.parse_js_object(
                code[match.end() : end], loader_kwargs={"strict": False}
            )
        except (ValueError, RecursionError):
            continue  # code ("{ goto() {...} }"): the literals inside it are tried next
        found, _, _, _ = data_records(data, spec, TermLines(code, JS_QUOTES, match.end()))
        if found:
            sections.extend(found)
            scanned = end
    return sections, problem


def without_expressions(markup: str) -> str:
    """``{...}`` groups (Svelte and Astro expressions and blocks, nested ones and strings
    inside them included) blanked, their newlines kept."""
    out, at = [], 0
    for start, end in expression_spans(markup):
        out += [markup[at:start], _blank(markup[start:end])]
        at = end
    return "".join(out) + markup[at:]


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _blank_match(match: re.Match[str]) -> str:
    return _blank(match.group())
