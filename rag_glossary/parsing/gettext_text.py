"""The readable text of a gettext message's source string (``msgid``).

Documentation catalogues keep the source's inline markup in each message: DocBook / Mallard
elements from xml2po and itstool (``<link linkend="x">text</link>``, ``<xref/>``,
``&eacute;``), reStructuredText from Sphinx (``:term:`text <target>```, ````code````,
```label <url>`_``). Markup goes and its words stay; a cross-reference with no text of its
own says nothing.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<[^>]*>")
# :role:`text <target>` / :role:`text` / :role:`~a.b` (Sphinx shows the last part of ~a.b).
# a role has a few short parts (":term:", ":py:func:"): bounded, so a long ":a:a:a..." run
# costs each start a few steps, not the rest of the run
_ROLE = re.compile(r":(?:[\w.+-]{1,40}:){1,4}`([^`]*)`")
_ROLE_TARGET = re.compile(r"^(.*?)\s*<[^<>]*>$", re.DOTALL)
_LITERAL = re.compile(r"``(.+?)``")
_LINK = re.compile(r"`([^`<]+?)\s*<[^<>`]+>`__?")
_EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}(?=\S)(.+?)(?<=\S)\*{1,2}(?![\w*])")
_INTERPRETED = re.compile(r"(?<![\w`])`([^`]+)`_{0,2}(?![\w`])")
_SPACE_BEFORE = re.compile(r" (?=[.,;:!?)])|(?<=\() ")


def xml_message_text(msgid: str) -> str:
    """A DocBook / Mallard message's text: tags gone, entities read, spaces tidied."""
    text = _TAG.sub("", msgid) if "<" in msgid else msgid
    text = html.unescape(text) if "&" in text else text
    return _SPACE_BEFORE.sub("", " ".join(text.split()))


def rst_message_text(msgid: str) -> str:
    """A Sphinx message's text: roles, literals, links and emphasis as their words."""
    text = _ROLE.sub(_role_text, msgid) if "`" in msgid else msgid
    if "`" in text:
        text = _INTERPRETED.sub(r"\1", _LINK.sub(r"\1", _LITERAL.sub(r"\1", text)))
    if "*" in text:
        text = _EMPHASIS.sub(r"\1", text)
    return " ".join(text.split())


def _role_text(match: re.Match[str]) -> str:
    inner = match.group(1)
    shown = _ROLE_TARGET.match(inner)
    if shown and shown.group(1):
        return shown.group(1)
    target = shown.group(0)[shown.group(0).find("<") + 1 : -1] if shown else inner
    target = target.lstrip("!")
    return target.rsplit(".", 1)[-1] if target.startswith("~") else target
