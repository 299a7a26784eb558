"""Paragraphs that open with a term in one language and run straight on into its definition
in another, no separator and no markup between (a translated glossary that keeps the
original's English terms: ``Open Data Datele deschise pot fi folosite ...``, ``Data Access
Protocol Un sistem care ...``, ``Tab-separated values Tab-separated values (TSV) este ...``,
the Open Data Handbook's translations, where the term stands alone over ``:   definition``
in a definition list for some terms and runs into its paragraph for most).

A person tells where such a term ends by the change of language, or by knowing the term.
The page says both: its other prose is its own language (the words written in lower case
in its definitions, outside each paragraph's first words), and its definition lists, term
links (``[Open data](/glossary/ro/terms/open-data/)``, relative links only) and
``{term:...}`` macros name its terms. A paragraph's term is, in that order:

- a name the page gives its terms, followed by a capitalised word (the definition's first);
- words the definition repeats at once as its subject (``BitTorrent BitTorrent este``);
- else the opening words (one to six, none of them a word of the page's own language)
  after which the text changes language: the definition's first word is capitalised and a
  word of the page's prose, not an English one, and so is the word after it, best.

Only a page whose prose is mostly not English (an English word list says so) and whose
top-level paragraphs mostly open so (two in three, five at least) is read so: elsewhere a
paragraph that opens with a capitalised phrase is a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rag_glossary.everyday import everyday_words
from rag_glossary.parsing.inline import clean_title
from rag_glossary.pointer_words import pointed_name

_MAX_TERM_WORDS = 6
_MIN_PARAGRAPHS = 5
_MOST = 3  # of this many top-level paragraphs,
_MOST_OPEN = 2  # this many open with a term at least
_ENGLISH_SHARE = 0.5  # prose whose lower-case words are English at most this share is not English
_MIN_PROSE_WORDS = 40
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LINK = re.compile(r"\[([^\[\]\n]+)\]\(([^()\s]*)\)")
_MACRO = re.compile(r"\{term:([^{}\n]+)\}")
_URL = re.compile(r"\]\([^()\s]*\)|<[a-z]+://[^<>\s]*>|https?://\S+")
# A word that can be part of a term: letters, digits, hyphens, an apostrophe; no markup or
# sentence punctuation (a word ending "." or "," ends a sentence or a clause, not a term).
_TERM_WORD = re.compile(r"^[^\W_][\w'’./+-]*(?<![.,])$")
_OPENING_MARKUP = re.compile(r"^[*_(\"“„«\[]+")
# After a sentence: one to four capitalised words, a pointer word and one link, the end.
_GLUED_POINTER = re.compile(
    r"(?<=[.!?])[ \t]+(?P<term>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+"
    r"(?P<said>[^\W\d_]+\.?[ \t]+\[[^\[\]\n]+\]\([^()\s]*\)\.?)[ \t]*$"
)

Lead = tuple[str, str, tuple[str, ...]]


def language_leads(tokens: Sequence[Any]) -> dict[int, Lead]:
    """The top-level paragraphs' inline tokens that open with a term in a language other than
    their definition's, and the lead (title, text, names) each gives; empty when the page is
    not written so."""
    paragraphs = [
        i
        for i, tok in enumerate(tokens)
        if tok.type == "inline"
        and i > 0
        and tokens[i - 1].type == "paragraph_open"
        and tokens[i - 1].level == 0
    ]
    if len(paragraphs) < _MIN_PARAGRAPHS:
        return {}
    prose = _prose_words(tokens, set(paragraphs))
    english = everyday_words()
    said = [w for w in prose if len(w) >= 3]
    if len(said) < _MIN_PROSE_WORDS:
        return {}
    if sum(w in english for w in said) > _ENGLISH_SHARE * len(said):
        return {}
    names = _page_names(tokens)
    own = set(prose)
    found: dict[int, Lead] = {}
    for i in paragraphs:
        lead = _lead(tokens[i].content, names, own, english)
        if lead is not None:
            found[i] = lead
    if len(found) < _MIN_PARAGRAPHS or len(found) * _MOST < len(paragraphs) * _MOST_OPEN:
        return {}
    return found


def _prose_words(tokens: Sequence[Any], paragraphs: set[int]) -> list[str]:
    """The words the page writes in lower case in its text (not code), leaving out each
    top-level paragraph's first words (where a term may stand) and definition-list terms."""
    words: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.type != "inline" or tokens[i - 1].type == "dt_open":
            continue
        text = _MACRO.sub(" ", _URL.sub(" ", tok.content))
        found = _WORD.findall(text)
        if i in paragraphs:
            found = found[_MAX_TERM_WORDS:]
        words.extend(w for w in found if w.islower())
    return words


def _page_names(tokens: Sequence[Any]) -> set[str]:
    """The names the page gives its terms: definition-list terms, the texts and slugs of
    its relative links (``[Open data](/glossary/ro/terms/open-data/)``) and ``{term:...}``."""
    names: set[str] = set()
    for i, tok in enumerate(tokens):
        if tok.type != "inline":
            continue
        if tokens[i - 1].type == "dt_open":
            names.add(clean_title(tok.content).casefold())
        for text, url in _LINK.findall(tok.content):
            if url.startswith("/") or not re.match(r"^[a-z][a-z0-9+.-]*:", url):
                names.add(text.strip().casefold())
                slug = url.rstrip("/").rsplit("/", 1)[-1]
                names.add(" ".join(slug.replace("_", "-").split("-")).casefold())
        names.update(m.strip().casefold() for m in _MACRO.findall(tok.content))
    names.discard("")
    return names


def _lead(content: str, names: set[str], own: set[str], english: frozenset[str]) -> Lead | None:
    words = content.split()
    candidates = []
    for k in range(1, min(_MAX_TERM_WORDS, len(words) - 1) + 1):
        if not _TERM_WORD.match(words[k - 1]):
            break
        if _opens_sentence(words[k]):
            candidates.append(k)
    if not candidates:
        return None
    head = [w.casefold() for w in words]
    scored = []
    for k in candidates:
        if _said(words[:k], own, english) or (k % 2 == 0 and head[: k // 2] == head[k // 2 : k]):
            continue  # a word of the page's own language, or "Tab-separated values" twice
        if head[k : 2 * k] == head[:k] and 2 * k < len(words):  # "BitTorrent BitTorrent este"
            score = _KNOWN + max(1, _text_language(words, 2 * k, own, english))
        elif (score := _text_language(words, k, own, english)) > 0:
            known = " ".join(head[:k]) in names
            score += _KNOWN * known + _KNOWN * _translated(words[k - 1], words[k])
        if score > 0:
            scored.append((score, -k))
    if not scored:
        return None
    k = -max(scored)[1]
    title = " ".join(words[:k])
    text = content.split(None, k)[-1] if k < len(words) else ""
    return title, text.strip(), ()


def glued_pointer(text: str) -> tuple[str, Lead] | None:
    """A pointer entry glued after a term's last sentence when a line break was lost
    (``... furnizor. Anonymization See [Anonymisation](/glossary/ro/terms/anonymisation/).``):
    the text before it and the pointer's lead (``Anonymization``, ``See [Anonymisation](...)``)."""
    match = _GLUED_POINTER.search(text)
    if match is None:
        return None
    said = match.group("said")
    if not (said.split()[0].casefold() == "see" or pointed_name(said) is not None):
        return None
    return text[: match.start()].rstrip(), (match.group("term"), said, ())


_PAGE, _BOTH, _UNKNOWN, _ENGLISH = 3, 2, 1, 0
_KNOWN = 2  # a term name's weight over the language change's
_STEM, _STEM_MIN = 5, 4  # a translated word's shared letters; the shortest word so


def _language(word: str, own: set[str], english: frozenset[str]) -> int:
    """Whose word this is: the page's own language (written in its prose, no English word;
    or lettered outside ASCII), both, neither list's, or English."""
    lower = word.casefold()
    if lower in english:
        return _BOTH if lower in own else _ENGLISH
    if lower in own or not lower.isascii():
        return _PAGE
    return _UNKNOWN


def _said(term: Sequence[str], own: set[str], english: frozenset[str]) -> bool:
    """A term word is a word of the page's own language: no term ends after it."""
    return any(_language(w, own, english) == _PAGE for word in term for w in _WORD.findall(word))


def _text_language(words: Sequence[str], k: int, own: set[str], english: frozenset[str]) -> int:
    """How surely the text after the first ``k`` words is the page's language: its first two
    words the page's own (not English), best; 0 when the first is an English word and the
    second not the page's own (``Sailboat Um barco``: "um" is in the English list too)."""
    first = _WORD.findall(_OPENING_MARKUP.sub("", words[k]))
    after = _WORD.findall(words[k + 1]) if k + 1 < len(words) else []
    if not first:
        return 0
    said = _language(first[0], own, english)
    then = _language(after[0], own, english) if after else 0
    return 0 if said == _ENGLISH and then != _PAGE else said + then


def _translated(last: str, first: str) -> bool:
    """The definition opens with the term's last word translated, the same stem
    (``Directive`` / ``*Directiva``, ``legislation`` / ``Legislația``, ``Data`` /
    ``Datele``): a word of four letters or more sharing all but its last letter, or five."""
    a = "".join(_WORD.findall(last)).casefold()
    b = "".join(_WORD.findall(first)).casefold()
    shorter = min(len(a), len(b))
    if shorter < _STEM_MIN or a == b:
        return False
    same = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), shorter)
    return same >= min(_STEM, shorter - 1)


def _opens_sentence(word: str) -> bool:
    """A capitalised word, maybe after an opening bracket, quote or emphasis mark."""
    bare = _OPENING_MARKUP.sub("", word)
    return bool(bare) and bare[0].isupper()
