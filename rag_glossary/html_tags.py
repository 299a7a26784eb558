"""Which angle-bracket words are markup: HTML elements and JSX components, not the
placeholders a glossary writes as text ("<NA>", "<unk>", "<s>", "<eos>", "<mask>")."""

from __future__ import annotations

import re

from rag_glossary.lazy_re import lazy_regex

# The HTML element names (WHATWG HTML, plus common obsolete ones and inline SVG/MathML
# roots). "s" (strikethrough) is left out: "<s>" is far more often a start token.
HTML_ELEMENTS = frozenset(
    str.split(
        """
        a abbr address area article aside audio b base bdi bdo big blockquote body br
        button canvas caption center cite code col colgroup data datalist dd del details
        dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3
        h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link
        main map mark math menu meta meter nav nobr noscript object ol optgroup option
        output p param picture pre progress q rp rt ruby samp script search section select
        slot small source span strike strong style sub summary sup svg table tbody td
        template textarea tfoot th thead time title tr track tt u ul var video wbr
        """
    )
)
# A tag: its name, then attributes or a self-closing slash.
TAG = lazy_regex(r"</?([A-Za-z][\w:.-]*)(\s[^<>]*)?/?>")


def is_markup(tag: re.Match[str]) -> bool:
    """An HTML element, a JSX component ("<TabItem>"), any tag with attributes, or a
    self-closing tag (a Vue/web component such as "<social />"; a placeholder such as
    "<unk>" never closes itself)."""
    name, attributes = tag.group(1), tag.group(2)
    component = name[0].isupper() and not name.isupper()
    closes_itself = tag.group(0).endswith("/>") and not tag.group(0).startswith("</")
    return (
        name.lower() in HTML_ELEMENTS
        or component
        or closes_itself
        or bool(attributes and "=" in attributes)
    )


# A short superscript right after a word or number: a power or an exponent ("10<sup>9</sup>",
# "V<sup>T</sup>"), written ``10^9`` as plain text does; dropping the tags would read "109".
_POWER = lazy_regex(r"(?<=[^\W_])<sup>([-+\u2212]?[^\W_]{1,4})</sup>", re.IGNORECASE)


def strip_markup(text: str, replacement: str = "") -> str:
    """``text`` without its markup tags; placeholders stay."""
    if "<sup" in text or "<SUP" in text:
        text = _POWER.sub(r"^\1", text)
    return TAG.sub(lambda m: replacement if is_markup(m) else m.group(0), text)
