"""Which dialect a glossary file is written in, decided from its content alone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rag_glossary.parsing import archive, site_text, web_annotations
from rag_glossary.parsing.clean import front_matter, normalize_newlines
from rag_glossary.parsing.fences import code_mask
from rag_glossary.parsing.markdown import headings
from rag_glossary.parsing.perl_data import is_perl_data_glossary
from rag_glossary.parsing.sniff_formats import markdown_structured, sniff_format
from rag_glossary.parsing.term_page import names_one_term

SNIFF_CHARS = 256_000
_COUNT_LINE = re.compile(r"^\s*\d+\s+(?:matching\s+)?annotations?\b", re.IGNORECASE)
_JEKYLL_MARKUP = re.compile(r"\{%-?\s*\w+|\{\{\s*site\.|\{:\s*[\w.#]")
_BRACKET_SEE_ALSO = re.compile(r"^\s*See also \[", re.MULTILINE)


@dataclass(frozen=True)
class _Signals:
    has_front_matter: bool
    front_title: bool
    level1: int
    explicit_anchor: int
    deeper: int
    site_titles: int
    months: int
    highlights: int
    count_line: bool
    jekyll_markup: int
    bracket_see_also: int


def sniff_dialect(text: str, filename: str = "") -> str:
    """One of DIALECTS, decided from the content. For Markdown and text the
    file name never decides (a renamed file is recognised by what it holds);
    a data extension (``.csv``, ``.yml``) only settles what a sample cannot."""
    sample = normalize_newlines(text[:SNIFF_CHARS]).lstrip("\ufeff")
    if is_perl_data_glossary(text, filename):
        return "perl-data"  # Perl code whose __DATA__ section is the glossary (perl_data.py)
    other = sniff_format(sample, filename)
    if other is not None:
        return other
    lines = sample.split("\n")
    signals = _signals(sample, lines)
    decided = _decide(signals)
    if decided in ("generic", "chapter") and signals.front_title and names_one_term(lines):
        return "term-page"
    if decided in ("generic", "chapter"):
        meta = front_matter(lines)
        headings_total = signals.level1 + signals.deeper
        in_code = code_mask(lines, meta.end)[meta.end :]
        if markdown_structured(lines[meta.end :], in_code, headings_total):
            return "md-terms"
    return decided


def _signals(sample: str, lines: Sequence[str]) -> _Signals:
    meta = front_matter(lines)
    in_code = code_mask(lines, meta.end)
    found = headings(lines, in_code, meta.end)
    level1 = [h for h in found if h.level == 1]
    first_text = next((line for line in lines if line.strip()), "")
    return _Signals(
        has_front_matter=meta.end > 0,
        front_title=bool(meta.fields.get("title")),
        level1=len(level1),
        explicit_anchor=sum(1 for h in level1 if archive.explicit_anchor(h.raw)),
        deeper=len(found) - len(level1),
        site_titles=sum(
            1 for line in lines if line.rstrip().endswith("#") and site_text.title_of(line)
        ),
        months=sum(1 for line in lines if web_annotations.month_of(line)),
        highlights=sum(1 for line in lines if web_annotations.HIGHLIGHT_LINE.match(line)),
        count_line=bool(_COUNT_LINE.match(first_text)),
        jekyll_markup=len(_JEKYLL_MARKUP.findall(sample)),
        bracket_see_also=len(_BRACKET_SEE_ALSO.findall(sample)),
    )


def _decide(s: _Signals) -> str:
    headings_total = s.level1 + s.deeper
    if (s.months or s.count_line) and s.highlights and headings_total < s.highlights:
        return "annotations"
    if s.explicit_anchor >= 2 or (s.explicit_anchor and s.explicit_anchor * 2 >= s.level1):
        return "archive"
    # A Jekyll page whose terms are level-1 headings; a page titled by its one `#`
    # heading (its terms under `##`, in a definition list or in bullets) is some
    # other glossary that uses Jekyll: one `#` heading is a title, not a list of terms.
    terms_at_level1 = s.level1 >= 2 and s.level1 >= s.deeper
    if terms_at_level1 and s.jekyll_markup and (s.has_front_matter or s.bracket_see_also):
        return "ai-glossary"
    if s.site_titles >= 2 and s.site_titles > headings_total:
        return "site-text"
    if s.front_title and s.deeper and not s.level1:
        return "chapter"
    return "generic"
