"""Sentences glued together in the source text, set apart again.

Text copied from web pages often loses the line break between two sentences
("... computational graphs.As far as I'm concerned", "... are functionsThis is the
main motivation"). A reader sees one broken sentence, and so does the sentence
splitter. Code (fenced blocks and inline spans) is left alone, and so is a dotted
name ("mm.MusicRNN", "Momentum.Py"): the glued word must be followed by more words.
"""

from __future__ import annotations

import re

# A lower-case word, its full stop, and a capitalized word that goes on as a sentence.
_GLUED_STOP = re.compile(r"(?<![\w.])([A-Za-z][a-z]+[.!?])([A-Z][a-z]+\s+[a-z])")
# Words that open a sentence and never end a word (pronouns, determiners, question
# words): "functionsThis is" is "functions" and a new sentence.
_OPENERS = "The|This|These|Those|It|We|You|They|There|However|Why|What|How|When"
_GLUED_OPENER = re.compile(rf"(?<![\w.])([a-z]{{3,}})((?:{_OPENERS})\s+[a-z])")
_CODE = re.compile(r"^(```|~~~).*?^\1[ \t]*$|`[^`\n]+`", re.MULTILINE | re.DOTALL)


def unglue(text: str) -> str:
    """``text`` with glued sentences parted ("graphs.As far" -> "graphs. As far")."""
    if not (_GLUED_STOP.search(text) or _GLUED_OPENER.search(text)):
        return text
    out: list[str] = []
    pos = 0
    for code in _CODE.finditer(text):
        out.append(_part(text[pos : code.start()]))
        out.append(code.group(0))
        pos = code.end()
    out.append(_part(text[pos:]))
    return "".join(out)


def _part(prose: str) -> str:
    prose = _GLUED_STOP.sub(r"\1 \2", prose)
    return _GLUED_OPENER.sub(r"\1. \2", prose)
