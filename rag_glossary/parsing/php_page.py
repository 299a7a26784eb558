"""Dialect ``php``: a PHP file, read as its array data, its page, or its page's scripts.

A PHP glossary keeps its terms in one of three places: an array in its code
(``$glossary = ['Term' => 'Definition']``, records such as ``'TERM' => array('definition'
=> ...)``), the HTML page around the code (``<dl>``, headings, bold terms), or a
``<script>`` of that page that renders them in the browser (``const terms = [...]``). The
code and the page are split at the PHP tags (php_source.py); the arrays go through the
JSON/YAML record reader (same field names and checks, so a settings array or a menu gives
nothing), the page through the HTML reader and its scripts' literals (page_scripts.py).
The reading that defines more terms wins, the code's arrays on a tie. A page template that
keeps its markup in the code's strings (``$content = '<dl><dt id="bar">...</dl>';``, echoed
by a layout) is read as a fourth place: the HTML of those strings, at their lines
(php_strings.py), through the same page reader; it wins only by defining more terms than
the others. Nothing is run: terms a page prints from a database are not in the file, and
it gives no entries.
"""

from __future__ import annotations

from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.datafile import data_records
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.page_scripts import defined, parse_page
from rag_glossary.parsing.php_source import PHP_QUOTES, array_literals, php_parts
from rag_glossary.parsing.php_strings import string_page
from rag_glossary.parsing.record_lines import TermLines

_NOTHING = "no PHP array of terms with definitions"


def parse_php(text: str, source: str, spec: FieldSpec) -> Parsed:
    parts = php_parts(text)
    data = _array_sections(parts.code, spec)
    found = _read_page(parts.page, data, source, spec)
    markup = string_page(text)
    if not markup:
        return found
    strings = parse_page(markup, source, spec)
    if defined(strings.sections) > max(defined(found.sections), defined(data)):
        return Parsed(strings.sections, title=found.title or strings.title)
    if found.sections:
        return found
    why = f"{found.problem}; the HTML in its strings has none ({strings.problem})"
    return Parsed([], title=found.title, problem=why)


def _read_page(page_text: str, data: list[Section], source: str, spec: FieldSpec) -> Parsed:
    """The code's arrays or the page around the code, whichever defines more."""
    if not page_text.strip():
        return Parsed(data, problem=None if data else _NOTHING)
    page = parse_page(page_text, source, spec)
    if data and defined(data) >= defined(page.sections):
        return Parsed(data, title=page.title)
    if page.sections:
        return page
    why = f"{_NOTHING}, and its page has none ({page.problem})"
    return Parsed([], title=page.title, problem=why)


def _array_sections(code: str, spec: FieldSpec) -> list[Section]:
    sections: list[Section] = []
    for offset, value in array_literals(code):
        found, _, _, _ = data_records(value, spec, TermLines(code, PHP_QUOTES, offset))
        sections.extend(found)
    return sections
