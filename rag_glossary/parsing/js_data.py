"""Dialect ``javascript``: a JavaScript/TypeScript module that holds a glossary as data.

``export const GLOSSARY = [{ term: '...', definition: '...' }, ...]``, ``module.exports =
{...}``, ``export default [...]``, ``const x: Entry[] = [...]``: each array or object literal
assigned at the start of a line is read with ``chompjs`` (unquoted keys, single-quoted and
template strings, comments, trailing commas); the code is never run, and code around the
literals (functions, ``reduce`` calls, type declarations) is not read. Each literal's data
then goes through the JSON/YAML reader (datafile.py), so field names (``term``,
``definition``, ``source``, ``aliases``...) are read as in a JSON file; every literal that
reads as a glossary gives its entries, in file order. A module with no such literal whose
JSX markup reads as a glossary page (a React component rendering ``<p>Term: def</p>``,
``<dt>``/``<dd>`` or headings: jsx_markup.py) gives those. Before that, records registered
one statement a term (``glossary.set("Term", {...})``, ``terms["Term"] = ...``: js_calls.py)
are read. Any other module (a ``webpack.config.js``, a package's ``index.js``) gives no
entries.
"""

from __future__ import annotations

import re
from typing import Any

from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.datafile import data_records
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.html_page import parse_html
from rag_glossary.parsing.js_calls import call_sections
from rag_glossary.parsing.jsx_markup import jsx_markup
from rag_glossary.parsing.record_lines import JS_QUOTES, TermLines

# "export const NAME: Type = [" / "module.exports = {" / "export default [" at a line start.
_LITERAL_START = re.compile(
    r"^[ \t]*(?:export[ \t]+default[ \t]*"
    r"|(?:export[ \t]+)?(?:(?:const|let|var)[ \t]+)?[A-Za-z_$][\w$.]*"
    r"(?:[ \t]*:[^=;\n]+?)?[ \t]*=(?![=>]))[ \t]*(?=[\[{])",
    re.MULTILINE,
)
_NO_LITERAL = "no array or object literal of glossary records"


def parse_js(text: str, source: str, spec: FieldSpec) -> Parsed:
    sections, problem = literal_sections(text, spec)
    if not sections and (sections := call_sections(text, spec)):
        return Parsed(sections)
    if not sections and (markup := jsx_markup(text)) is not None:
        read = parse_html(markup, source, spec)
        if _defined(read.sections):
            return Parsed(read.sections)
        why = read.problem or "its headings hold no definitions"
        problem = f"{problem}, and its JSX markup has no terms ({why})"
    return Parsed(sections, problem=None if sections else problem)


def literal_sections(text: str, spec: FieldSpec) -> tuple[list[Section], str]:
    """The sections of every array or object literal assigned at a line start (a module, or
    a page's ``<script>`` with the rest blanked), and the problem when there are none."""
    import chompjs  # only needed for JavaScript

    sections: list[Section] = []
    problem = _NO_LITERAL
    scanned = 0  # literals inside one already read (or past an unclosed one) are not read
    for match in _LITERAL_START.finditer(text):
        if match.end() < scanned:
            continue
        end = literal_end(text, match.end())
        scanned = end or len(text)
        if end is None:
            break
        try:
            data: Any = chompjs.parse_js_object(
                text[match.end() : end], loader_kwargs={"strict": False}
            )
        except (ValueError, RecursionError):
            continue  # code, not a literal ("{ ...spread }", "'a' + 'b'")
        found, _, _, problem_here = data_records(
            data, spec, TermLines(text, JS_QUOTES, match.end())
        )
        sections.extend(found)
        problem = problem if sections else (problem_here or problem)
    return sections, problem


_MIN_JSX_TERMS = 3
_MIN_DEFINITION_WORDS = 4  # mean words of a term's text: an app's UI labels hold fewer


def _defined(sections: list[Section]) -> bool:
    """Terms with definitions, not an app's headings over form labels and buttons."""
    words = [len(s.body.split()) for s in sections]
    return len(words) >= _MIN_JSX_TERMS and sum(words) >= _MIN_DEFINITION_WORDS * len(words)


# The next character that opens or closes a bracket, a string or a comment.
_SIGNIFICANT = re.compile(r"[\[\]{}()'\"`]|//|/\*")
_STRINGS = {
    "'": re.compile(r"'(?:[^'\\\n]|\\.)*'?"),
    '"': re.compile(r'"(?:[^"\\\n]|\\.)*"?'),
    "`": re.compile(r"`(?:[^`\\]|\\.)*`?", re.S),
}


def literal_end(text: str, start: int) -> int | None:
    """Where the bracketed literal opening at ``start`` ends (strings and comments skipped),
    found in one pass; None when it never closes. chompjs reads only that slice, so each
    character is read a bounded number of times however many literals a file opens."""
    depth = 0
    at = start
    while (found := _SIGNIFICANT.search(text, at)) is not None:
        token, at = found.group(), found.start()
        if token in _STRINGS:
            string = _STRINGS[token].match(text, at)
            at = string.end() if string else at + 1
        elif token == "//":
            newline = text.find("\n", at)
            at = len(text) if newline < 0 else newline
        elif token == "/*":
            close = text.find("*/", at + 2)
            at = len(text) if close < 0 else close + 2
        else:
            depth += 1 if token in "[{(" else -1
            at += 1
            if depth == 0:
                return at
    return None
