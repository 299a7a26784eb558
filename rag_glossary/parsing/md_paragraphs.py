"""Markdown or text glossaries without headings or term lines: paragraphs (generic.py).

Each paragraph opened by a short term line is an entry; a file of prose paragraphs most of
which open with no term is a note about one term (``note_section``).
"""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.clean import clean_markdown, shorten
from rag_glossary.parsing.inline import clean_title

MAX_TERM_WORDS = 6  # the most words of a term line (generic.term_of reads it too)
_PARAGRAPH_TITLE_CHARS = 60


def note_section(
    lines: Sequence[str], in_code: Sequence[bool], start: int, title: str
) -> Section | None:
    """The whole text as one entry when most paragraphs do not open with a term line
    (prose; a hard-wrapped sentence may break after a few words that look like one)."""
    blocks = text_blocks(lines, in_code, start)
    texts = [clean_markdown(lines[a:b], in_code[a:b]).text.strip() for a, b in blocks]
    texts = [text for text in texts if text]
    if not texts or 2 * sum(map(_opens_with_term, texts)) >= len(texts):
        return None
    cleaned = clean_markdown(lines[start:], in_code[start:])
    first = next(a for a, b in blocks if clean_markdown(lines[a:b], in_code[a:b]).text.strip())
    return Section(title=title, line=first + 1, body=cleaned.text, see_also=list(cleaned.see_also))


def _opens_with_term(text: str) -> bool:
    head, _, rest = text.partition("\n")
    return bool(rest.strip()) and reads_as_term(head)


def paragraph_sections(lines: Sequence[str], in_code: Sequence[bool], start: int) -> list[Section]:
    """One entry per paragraph, titled by its term line. When most paragraphs open with
    a term line, the glossary is those: a paragraph without one continues the term above
    it, and before the first term it is the page's own title or banner (``<h1>Glossary of
    Bitcoin Terms</h1>``, "Here are many words ..."), no entry."""
    blocks = [
        (first, clean_markdown(lines[first:end], in_code[first:end]))
        for first, end in text_blocks(lines, in_code, start)
    ]
    blocks = [(first, cleaned) for first, cleaned in blocks if cleaned.text.strip()]
    heads = [_term_head(cleaned.text) for _, cleaned in blocks]
    glossary = 2 * sum(map(bool, heads)) > len(heads)
    sections: list[Section] = []
    for (first, cleaned), head in zip(blocks, heads, strict=True):
        if glossary and not head:
            if sections:
                sections[-1].body = f"{sections[-1].body}\n\n{cleaned.text.strip()}"
                sections[-1].see_also.extend(cleaned.see_also)
            continue
        title = (
            clean_title(head)
            if head
            else shorten(cleaned.text.partition("\n")[0], _PARAGRAPH_TITLE_CHARS)
        )
        body = cleaned.text.partition("\n")[2].strip() if head else cleaned.text
        sections.append(
            Section(
                title=title or shorten(cleaned.text, _PARAGRAPH_TITLE_CHARS),
                line=first + 1,
                body=body,
                see_also=list(cleaned.see_also),
            )
        )
    return sections


def _term_head(text: str) -> str:
    """The paragraph's first line when it names the text below it, else ''. A comma may
    stand in a term here (``Fork, Hard``, ``Don't Trust, Verify``)."""
    head, _, rest = text.partition("\n")
    return head if rest.strip() and reads_as_term(head.replace(",", " ")) else ""


def reads_as_term(line: str) -> bool:
    """A short first line without sentence punctuation names the paragraph below it."""
    text = line.strip()
    return len(text.split()) <= MAX_TERM_WORDS and not any(ch in text for ch in ".,;!?")


def text_blocks(lines: Sequence[str], in_code: Sequence[bool], start: int) -> list[tuple[int, int]]:
    """(first, end) line ranges of blank-line separated blocks; code fences never split."""
    blocks: list[tuple[int, int]] = []
    first: int | None = None
    for i in range(start, len(lines)):
        blank = not lines[i].strip() and not in_code[i]
        if blank and first is not None:
            blocks.append((first, i))
            first = None
        elif not blank and first is None:
            first = i
    if first is not None:
        blocks.append((first, len(lines)))
    return blocks
