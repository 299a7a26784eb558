"""Glossary files to ``Entry`` records: one small parser per dialect (corpus/README.md).

Dialects: ``ai-glossary`` (jekyll.py), ``site-text`` (site_text.py),
``chapter`` (chapter.py), ``archive`` (archive.py), ``annotations``
(web_annotations.py) and ``generic`` (generic.py) for any other Markdown or text
glossary; for glossaries kept in other formats ``md-terms`` (md_terms.py: bold
terms, tables, definition lists; md_term_walk.py, md_deflists.py), ``rst`` (rst.py,
Sphinx's roles and directives in rst_sphinx.py), ``csv`` (tabular.py),
``yaml``/``json`` (datafile.py) and ``html`` (html_page.py); ``term-page``
(term_page.py) for one term per file. MDX is read as Markdown (mdx.py); Perl POD by
``pod`` (pod.py).
``sniff_dialect`` picks one from the content.
"""

from __future__ import annotations

from rag_glossary.corpus_files import PARSER_VERSION
from rag_glossary.parsing.corpus import Corpus, CorpusFile, load_corpus
from rag_glossary.parsing.dialects import DIALECTS, parse_file, parse_text
from rag_glossary.parsing.slug import slugify
from rag_glossary.parsing.sniff import sniff_dialect

__all__ = [
    "DIALECTS",
    "PARSER_VERSION",
    "Corpus",
    "CorpusFile",
    "load_corpus",
    "parse_file",
    "parse_text",
    "slugify",
    "sniff_dialect",
]
