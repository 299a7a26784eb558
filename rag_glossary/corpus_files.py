"""Which files of a corpus folder are glossaries, and their fingerprint.

Kept apart from ``parsing`` so that the query path can check whether the
index is up to date without importing the parsers (ftfy alone costs 0.1 s).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from rag_glossary.errors import CorpusError

# POD: a .pod file is always read, Perl code only when its POD has a glossary part.
POD_CODE_SUFFIXES = (".pm", ".pl")
POD_SUFFIXES = (".pod", *POD_CODE_SUFFIXES)
# The heading of a POD glossary part: "GLOSSARY", "Glossary of terms", "Terminology",
# "Terms", "Key concepts", "Terms and definitions".
POD_GLOSSARY_HEADING = re.compile(
    r"(?:[\w ]*\b(?:glossary|glossaire|glossar|terminology|vocabulary|lexicon|jargon)\b.*"
    r"|(?:(?:key|basic|common|main|important)\s+)?(?:terms|definitions|concepts)"
    r"(?:\s+(?:and|&)\s+(?:definitions|concepts|abbreviations))?(?:\s+used)?)",
    re.I,
)
_POD_HEADING = re.compile(rb"^=head[1-6][ \t]+([^\n]*)", re.M)
_POD_BYTES = 4 << 20
ROFF_SUFFIXES = (".roff", ".man", ".ms", ".mm", ".me", ".r", *(f".{n}" for n in range(1, 10)))
GLOSSARY_SUFFIXES = (
    ".md",
    ".markdown",
    ".mdx",
    ".txt",
    ".csv",
    ".tsv",
    ".json",
    ".yml",
    ".yaml",
    ".rst",
    ".html",
    ".htm",
    ".adoc",
    ".asciidoc",
    ".tex",
    ".bib",
    ".org",
    ".toml",
    ".py",
    ".xml",
    ".dita",
    ".dbk",
    ".tbx",
    ".xlf",
    ".xliff",
    ".tmx",
    ".js",
    ".mjs",
    ".cjs",
    ".ts",
    ".mts",
    ".cts",
    ".mediawiki",
    ".wiki",
    ".po",
    ".pot",
    ".jsx",
    ".tsx",
    ".ipynb",
    ".sql",
    ".texi",
    ".texinfo",
    ".txi",
    ".w",
    *ROFF_SUFFIXES,
    ".jsonl",
    ".ndjson",
    ".jsonld",
    ".php",
    ".phtml",
    ".ttl",
    ".rdf",
    ".skos",
    *(".cs", ".java", ".kt", ".kts", ".swift", ".go", ".rs", ".dart", ".scala"),
    *(".cpp", ".cc", ".cxx", ".hpp", ".hh", ".h"),
    ".lua",
    ".rb",
    ".ex",
    ".exs",
    *(".clj", ".cljs", ".cljc", ".edn"),
    *POD_SUFFIXES,
    *(".vue", ".svelte", ".astro"),
    *(".resx", ".properties", ".strings"),
)
# ".w" is TexiWEB's suffix (Texinfo) and CWEB's (TeX and C): read only a Texinfo-shaped one.
# The roff suffixes name other things too (".r" R and Ratfor, ".1" any numbered file): read
# only a roff-shaped one.
# ".pl" is Prolog's and Perl's, ".pm" Perl's: read only one whose POD has a glossary part.
SNIFFED_SUFFIXES = (".w", *ROFF_SUFFIXES, *POD_CODE_SUFFIXES)
_SNIFF_BYTES = 16_384
# Texinfo by its first lines: "\input texinfo", an "@c" comment first, or any @node line.
_TEXINFO_SHAPE = re.compile(rb"\A\s*(?:\\input\s+texinfo|@c(?:omment)?\b)|^@node\s", re.M)
# A roff request line: a control character, a name of one to four characters, then a space
# or the line's end (".PP", ".TP 8", '.gT "term"', ".xR11 x"); or a comment line (.\").
# An R script's ".libPaths()" or ".First <- function()" is no such line.
_ROFF_REQUEST = re.compile(rb"^[.'][ \t]*(?:[A-Za-z0-9()][A-Za-z0-9()]{0,3}(?=[ \t]|$)|\\\")", re.M)
_ROFF_MIN_REQUESTS = 5
_ROFF_SHARE = 0.1  # of the non-blank lines
CONFIG_FILE = "corpus.toml"
# ``rag-glossary eval``'s question sets kept beside their corpus (question_sets.py):
# ``questions.jsonl``, ``questions-2.jsonl``, ``NAME.questions.jsonl``. They are no glossary.
_QUESTION_SET = re.compile(r"(?:.+\.)?questions(?:-\d+)?\.jsonl", re.I)
# What the parsers make of unchanged files, recorded in each manifest: bump it whenever a
# change to parsing/ can change an entry, so that older indexes are updated, not served.
# 1: linked archive headings without {#anchor} start an entry; one-dash table delimiters;
#    bold terms without a trailing hard break.
# 2: slug keys of data files cased from their definition (trailing acronym as alias); Markdown
#    in data values and table cells rendered; prose table columns as definitions; reST slash
#    titles and quoted names as aliases.
# 3: a Jekyll page with its terms under ## headings is not the ai-glossary dialect.
# 4: MyST roles rendered; numeric citation markers and "[1]: url" lines removed; a word glued
#    to a link spaced; an acronym title defined by its expansion (and back) gets it as alias.
# 5: multilingual YAML/JSON records (``en: {term, def}``) read in one language.
# 6: YAML/JSON term lists with few definitions (stubs); MDX; md-terms prose headings and list
#    scopes; one-term pages (front matter title) as one entry; doc-builder [[anchor]] dropped.
# 7: footnotes dropped, soft wraps joined in md-terms, rst lists/math/roles readable, " ** " kept.
# 8: rst citation roles (:cite:, :footcite:p:/t: of sphinxcontrib-bibtex) dropped, not left raw.
# 9: sentences glued in the source ("graphs.As far", "set.<br>It is") parted; a data record's
#    URL-only field ("wikipedia: https://...") is its link; redirect pages are aliases; MyST
#    citation roles ({cite:p}) and rst footnote/citation references ([1]_) dropped.
# 10: a term page is its title's one entry whatever its opening says; its ## sections stay
#    headings (labels, not sentences); front matter related {text, link} mappings are
#    see-also and a description opens a body without a definition; link tables hold no terms.
# 11: (chunking) heading marks inside a body are not embedded, only the heading's words.
# 12: plain "- Term: def" bullet lists are terms; HTML source line breaks are spaces and a
#    link-only <dd> is no definition text; an empty heading over deeper ones is no entry;
#    [`code`](url) shows the code; rst "term, blank line, indented definition" pairs; a
#    one-word slug key its definition spells out is an acronym (NHST); a bold term under a
#    <span id> anchor is a term, "(or **Other**)" after it an alias; "**When ...:**" labels and
#    See Also lists are no entries; one YAML file per term; short_def + long_def; bookkeeping
#    fields (license, status, dates) are not text.
# 13: *emphasis* and _emphasis_ markers dropped from Markdown prose (not in TeX math).
# 14: attribute-block lines ({#id}) and thematic breaks (---) are not body text.
# 17: a self-closing tag (<social />, a Vue component) is markup, not text; a Pandoc
#    attribute block right after an image or link (![](f.svg){alt='x'}) is dropped.
#    (AsciiDoc files are new: they never were in an index, so they need no bump.)
# 18: a MkDocs attribute list after a term (**Term** { #term }) is not its title; a term
#    over an empty ":" line has no text.
# 19: a MkDocs admonition marker (!!! info "Title") is not text; its title labels the text.
# 22: HTML comments (<!-- ... -->) over several lines are blanked in the Markdown dialects,
#    as one-line comments already were (TODO notes, commented-out terms, licence headers).
# 23: a file of prose notes is one entry titled by its file name (note vaults); tag-only
#    lines, "Synonym for X." notes as redirects, MathJax \[...\] kept whole, Jinja .html
#    templates read as HTML; one-letter words break the coverage lookup's acronym initials.
# 24: an HTML page with no usable <dl> or heading terms whose paragraphs mostly open with a
#    bold term (Word/LibreOffice exports: <P><STRONG>Term<BR></STRONG>def</P>) reads one
#    entry per term paragraph (html_terms.py).
# 25: AsciiDoc bold-term list items (* *Term* — def) are entries (asciidoc_bullets.py); an
#    rst "**Term**", blank line, indented definition among bold deflist terms is one; a
#    kramdown {:...} line alone is blanked (a deflist term under it was lost); a title's
#    "(or X)" / "(also called X)" / "(aka X)" gives an alias.
# 27: consecutive "**X** - Y" lines with no blank line between are one entry each
#    (md_leads.bold_lines); a line "Also known as X" / "Also called X" / "a.k.a. X" under a
#    definition gives X as an alias; an rst role opener left unclosed into the next role
#    (":term:`edges:, ... :term:`edge lengths <...>`") is dropped.
# 28: a definition-list term right under a definition or a list (no blank line) is its
#    own entry; terms on consecutive lines over one definition are one entry (the others
#    its aliases); list items at column 0 right under a definition are part of it; a
#    kramdown {: #id} line after a heading or term ({:#id} opening a term's line), or a
#    heading's own {#id} (generic, md-terms), is the entry's anchor; a data record's
#    "short" summary is text, not an alias. (No entry of eval/corpora/* or corpus/ changes.)
# 29: an rst list indented under its lead-in (a block quote holding a list: "constrained such
#    that:" then "1. ...") keeps one line per item instead of one run-on line.
# 30: a bold term's own attribute list ("**Term** { #id }", "**Term**{: #id}") is its
#    anchor (it was dropped and the anchor slugged from the title: crypto-glossary's 18
#    such ids change, e.g. #negligible-function -> #negligible); an attribute-list line
#    right above a definition-list term, or with a blank line above and a block below
#    (kramdown: it sets the block it precedes), is that term's or block's anchor.
# 31: a data record's other fields are Entry.fields (still the body's last lines, one line
#    each); Pandoc citations ("[@key]", "[-@key]") and mistyped MyST roles ("`term`{x}",
#    "{term}{x}", "{term}`x" unclosed) leave no markup.
# 32: every alias-named key of a record is read as other names (``abbreviation`` and
#    ``alt_labels`` both), and SKOS's altLabel / "alternative names" spellings count.
# 33: a paragraph of run-in "**Term** - text." items is one entry per item; a bold tagline
#    over a block quote and a heading of code only are no entries; a "See X." body links X;
#    an "ABBR (Expansion)" title splits the expansion at hyphens and camel-case humps.
# 34: a two-column table of abbreviations and their expansions is an abbreviation list
#    (a row naming an entry of the page adds aliases to it; another row's text is its
#    expansion); "(also X)" in a title gives X as an alias.
# 35: a raw HTML <dl> block inside a Markdown page is read as the html dialect reads <dl>
#    pairs (one entry per <dt>, entities decoded), not split at blank lines.
# 36: a bold label that recurs (**Why it matters:** under every ## Term) counts once when the
#    sniffer weighs bold terms against headings: such a page reads one entry per heading;
#    a lowercase abbreviation in brackets ("Fortissimo (ff)") and one after an unspaced slash
#    ("Da Capo/DC", "Opus/Op.") are aliases; a one-letter <dt> with a definition is a term.
# 37: attribution paragraphs ("Source: ...", "References:" over a list) leave the body; an
#    escaped asterisk glued to a word ("offer\*") is a note mark; labels most Markdown
#    entries share ("Example:", "App Integration:") with short values are fields; "A / B (C)"
#    titles and clipped or shortened names in parentheses ("Rep (Repetition)") are aliases.
# 39: (reverted in 42) a heading over a list of short notes was an entry.
# 41: an acronym alias shared by entries of one file stays on those that spell it.
# 42: 39 reverted: it answered chess-010 and the blind theatre-028 wrongly for one answer won.
# 48: a "See X." pointer that links its target by a name of its own gets no second see-also.
# 49: JSON records at any depth; bold-subject bullets beside colon bullets; a table inside a
#     term's bullet is its text; TOML front matter; term-paragraph pages drop their banner;
#     inverted ("Fork, Hard") and clipped ("Satoshi/Sat") titles give aliases.
# 50: a trailing unit in brackets is no part of a bold term ("Spindle speed [RPM]"); a
#     slash-joined title of short names is a term however long, its sides names to look
#     it up by (coverage tables, not aliases); a WordPress shortcode ("[su_divider]") is
#     dropped; CommonMark indented code is code; mojibake repair needs two words' evidence.
# 54 (51-53: builds while it was made): a heading over bold labels that recur under other
#     headings (**What**:, **Examples**:) is the term, the labels its fields; sub-headings
#     that recur under terms (#### Part of) are parts of their term's text; reference
#     definitions ([base form]: #lemma) and parenthesised names sharing the title's head
#     ("Hot Spring (Thermal Spring)") give aliases; MyST target labels and {contents} go.
# 55: round 30's parser changes merged (50 and 54 were built apart).
# 56: a title listing its synonyms ("Adverse event (AE); synonym: Adverse experience") is
#     the term, each synonym an alias; a table of unique short names beside words takes its
#     second column as the definition whatever the headers ("| Role | Responsibility |").
# 57: an rst page with no glossary directive and no definition list reads its bold-term
#     paragraphs or list items ("**AHRS**: ...", "**MAVLink**. ...", a bold "ICSP: In
#     Circuit Serial Programmer" is ICSP with its expansion as alias), else its field list,
#     else one term a section; an escaped space gluing a word to a link reads as a space;
#     the Markdown and HTML bold-term readers take "**MAVLink**." and "**ICSP: Expansion**"
#     the same way (md_leads.bold_lead).
# 60: a raw HTML <table> in a Markdown page that is a two-column term table (a Term /
#     Explanation header, or short names beside text) is one entry per row, read as HTML;
#     an HTML page without <dl> or heading terms reads such a table the same way.
# 61: a "### Term" that opens with its definition keeps its few bold labels (**Types**: and
#     its list, **Benefits**:, **vs ETL**:) as its text, when most headings of its level
#     read so; bold list items whose label recurs (- **Action**:) are fields of the term
#     above; "**ETL**: Extract, Transform, Load" gives the comma list as alias.
# 62: text before the first heading is no entry when short, over three or more terms and
#     never saying its title; "Speed Square, Framing Square" and "AGI or Artificial General
#     Intelligence" give the other side as alias; looser "ACRONYM (Expansion)" spellings, a
#     text's "Title (ACR)" and quoted or hyphenated expansions give aliases in every reader.
# 63: a list item whose content is a heading ("1.  ##### Acceptable level") is that heading
#     (the list number is no part of the title); the words by which a page's title says it
#     is a glossary ("Terms and definitions") do not keep a short preamble as an entry.
# 64: "Low-pass filter, LPF" and "LP, Long-path" give both sides as aliases; a
#     table cell drops a bracketed "(Wikipedia: Title)" link; a stray "?" before a title's
#     bracket goes; a closing summary list repeating the page's terms gives no entries.
# 65: abbreviation tables: a description beside an abbreviation column (or most rows
#     spelling theirs) is an alias, "BL or BLO" titles name each form; a table keyed by an
#     abbreviation column (| Stitch | U.S. abbreviation | U.K. abbreviation |) is read.
# 67: data records keyed by language (term_en / definition_en) read in one language, or
#     with no named keys told apart by their values' shape; a leading "NOTE" record and
#     "A; B; C" titles (B and C aliases); MkDocs "*[ABBR]: text" lines are entries;
#     AsciiDoc "// tag::EN[]" language regions read in one language, "--" an em dash,
#     "link:https://...[text]" its text; "(expansion): ..." after an acronym title an alias;
#     CSV columns term_en / definition_en likewise read in one language.
# 69: plain-text "Term: definition" files: a wrapped line inside a paragraph ("circuit: ...")
#     continues it, a banner of ASCII art is no entry, a closing signature set off by extra
#     blank lines is no term's text, "ACR: Expansion - ..." and "(Other name) - ..." openers
#     give aliases, "Term - definition" lines are terms where most paragraphs open so, and a
#     lone short name among one-paragraph terms is a term with no text yet. Markdown: a
#     diagram after a heading's definition keeps the heading; a heading defining a few
#     listed kinds, and a leaf section of one paragraph over term headings, are entries;
#     index runs of bare bold names, credits sections, "**Updated: <date>**" and a
#     "**Source:** [link]" footer are none.
# 70: HTML bold-term pages: a links-only block closing the last term before a heading or the
#     page's end, shaped unlike any term or text between terms (a print tool), is page chrome.
# 71: search (vectors and BM25) reads an entry without its closing pointer lines and pointer
#     fields ("Reference: ...", "Learn more: ...", "See also ...": citation_lines.py); "Aerial/
#     Overhead Cast", "Southwest or Summer Monsoon", "Uptake or Absorption" give their names.
# 72: a Markdown {#id} / {: #id} anchor is kept as written (g:NA) when it is a valid id, a
#     definition-list term's closing colon is no part of it, "Term (1x)" gives alias 1x, and
#     labelled parts ("## Appendix B: ...") other than a document's glossary part are no entries.
# 73: a "#" comment line naming the columns (# slug<TAB>label<TAB>definition) is a CSV/TSV
#     header; LaTeX glossaries-package files (.tex) are read (latex_glossary.py).
# 74: a sentence of its own calling the term other names ("Older eclipse tables call it TDT,
#     TD or Ephemeris Time (ET).") gives them as aliases (body_names.py).
# 75: .org and .toml read; a data record's key other than its label is an alias; {en, cs} fields.
# 76: abbreviation snippets merge keys sharing a definition and take loosely spelled expansions
#     ("TAI: Transformative AI."); DokuWiki/MediaWiki headings; NBSP before " — "; "[[url#G">x]]".
# 77: a "See X." that opens a longer body links and names X too; "‘‘X’’" reads "X".
# 78 (lane P2): .py read (python_source.py); any 2-column term table's 2nd column a body.
# 79 (lane P1): XML glossaries (DocBook, DITA, TBX...) and JS/TS data modules read.
# 80 (r39 lane P1): MediaWiki pages (.mediawiki, .wiki; mwparserfromhell) and gettext PO/POT
#     catalogues of DocBook glossaries (.po, .pot; polib) read.
# 81 (r39 lane P2): Jupyter notebooks (.ipynb: Markdown and code cells, never outputs), JSX/TSX
#     markup read as HTML, a Python string holding a pasted "Term: definition" text.
# 82 (r40 L): "also called" in the glossary's language (name_phrases.json); a broken pasted title.
# 83 (r40 lane P1): XLIFF / TMX glossaries (.xlf, .xliff, .tmx; xliff_units.py) and SQL seed
#     scripts' INSERT / COPY rows (.sql; sql_data.py) read.
# 84 (r40 lane P2): Texinfo read (.texi/.texinfo/.txi, Texinfo-shaped .w: texinfo.py); MkDocs
#     admonition text is no code, a title over an admonition and closing sections after the
#     last letter group are no entries; "PA (Pressluftatmer)", "X mit Y", "A x / A y" names.
# 85 (r41 lane P2): roff read (.r/.roff/.man/.ms/.mm/.me/.1-.9 when roff-shaped: roff.py);
#     "[−π/2, π/2]" is no link; "(arcsin)" used as notation, "(otype)"/"(tempco)" alias.
# 86 (r41 lane P1): JSON Lines (.jsonl, .ndjson), PHP files (.php, .phtml: arrays, page,
#     scripts) and HTML pages' script data read; senses lists, pointer records, camelCase keys.
# 87 (r42 lane P2): SKOS vocabularies read (.ttl Turtle, .rdf/.skos RDF/XML: skos.py); Dutch
#     field names (woord, betekenis); a text-less record naming a defined term is its alias.
# 88 (r42 lane P3): programs' glossary records read (.cs/.java/.kt/.swift/.go/.rs/.dart/.scala:
#     constructor calls and struct literals named through their declaration; source_records.py).
# 89 (r42 lane P1): Perl POD read (.pod; .pm/.pl whose POD has a glossary part: pod.py).
# 90 (r42 lane FT): POD code of stops or commas only (C<!>) shown in quotes.
# 91 (r43 lane P2): web framework components read (.vue/.svelte/.astro: component_file.py);
#     a colon inside brackets does not split a bold term ("**Taxon (plural: taxa):**").
# 92 (r43 lane G): a data value's <br> ends its line (scouting 23 entries, cv 2); zero-width
#     space, word joiner and soft hyphen dropped from decoded text (feuerwehr 1 entry).
# 93 (r43 lane P1): Android string resources (<resources>: string-arrays of whole entries or
#     of names and definitions, <string>s paired by name; android_strings.py); UI strings none.
# 94 (r43 lane P3): Lua, Ruby and Elixir scripts' data literals read (.lua .rb .ex .exs).
# 95 (r44 lane P2): Clojure / ClojureScript / EDN data and Hiccup glossary pages read (.clj
#     .cljs .cljc .edn: clojure_data.py).
# 96 (r44 lane P1): BibTeX glossary records read (.bib: bib2gls @entry, @abbreviation, @symbol,
#     @index, @dual...; bib_glossary.py), a bibliography none; LaTeX values: \href shows its
#     text, citations dropped, \enquote quoted, a description's lead comma dropped.
# 97 (r44 follow-up PO): a mostly translated gettext catalogue read in its translation (msgstr;
#     fuzzy or untranslated messages in their source), source terms as aliases and anchors.
# 98 (r44 lane M): inline TeX in titles and aliases read as text ("($\\Delta S_{conf}$)" ->
#     "(Delta S_conf)"; latex.math_text); anchors still the slug of the title as written.
# 99 (r45 lane C): Org code spans and links in a Clojure/EDN file's strings shown as text
#     ("=:db/unique=" -> ":db/unique") when two or more strings use them; LaTeX \qt{x} quoted.
# 100 (r45 lane P3): Markdown ``**Term** *(english)*`` over its definition on the next line read
#     as a term (the italic bracket's names aliases, a note in it text, a word class such as
#     ``*(noun)*`` neither) and counted as a bold term when sniffing; ``**ACR** —
#     *Expansion*`` over the definition gives the expansion as an alias.
# 101 (r45 lane P1): termbases read (termbase.py): SDL MultiTerm XML <conceptGrp>s and TBX
#     concepts, one entry each in the main language, every language's terms aliases, contexts
#     and notes after the definitions; UTF-32 files with a BOM decoded.
# 102 (r45 lane P2): AsciiDoc inline anchors ([[id]], [[id,text]], [#id], anchor:id[]) never reach a
#     title; a one-letter navigation anchor never names an entry ([[B]]Balance stop percent::
#     -> #balance-stop-percent); letter link rows read as nothing; a two-line document title.
# 103 (r45 lane T): termbase text as prose: no "Context:" / "Note:" labels (a context is the
#     entry's text only when no definition exists), a note's sentences on the term as a word
#     (register, spelling, collocations, acronym) dropped, editorial "[...]" / "[An]" read.
# 104 (r46 lane P1): Markdown term tables whose header is in any language: a first column of
#     distinct short names beside a column of sentences makes a page md-terms, and a column of
#     distinct short names beside the term gives aliases (| Svenska | Engelska | Beskrivning |).
# 105 (r47 lane PB): key-value resource files read (.resx, .properties, .strings:
#     resource_files.py): values that define their keys (help texts) are entries, the key its
#     title and, when a code name, in words an alias; an application's labels and messages none.
# 106 (r47 lane PC, merged after PB): JSON-LD read (jsonld.py with PyLD: .jsonld, a .json
#     with @context, a page's application/ld+json scripts): schema.org DefinedTerms and SKOS
#     concepts mapped by skos.py.
# 107 (r47 lane K, merged after PB and PC): a plain bullet's term may end at a full-width colon
#     with no blank after it (``* Consensus（共识）：分布式系统中...``: Chinese and Japanese lists).
# 108 (r48 lane PD): enum values read as glossary records (Dart enhanced enums, Kotlin enum
#     classes, Java enums: source_enums.py) when the enum is named for terms or declares a
#     term / definition field; status, error and label enums give nothing.
# 109 (r48 lane N, merged after PD): a definition's first sentence names its term's other
#     names (first_names.py: "Also known as APY, ...", "Vector search, also known as
#     similarity search, is", "GIF stands for ...", "Protokol AMQP (Advanced Message Queueing
#     Protocol) je"), and a pointer entry in another language ("Se Bivax.") gives its title to
#     the entry it names.
# 110 (r48 lane PA, merged after PD and N): bilingual titles give both names
#     (``CFS(Completely Fair Scheduler / 完全公平スケジューラ)``,
#     ``심실 중격 결손 (Ventricular septal defect)``: ASCII or full-width parentheses, a name in
#     another script, several split at " / " or "、"); a line labelled with a language's name
#     (``Tiếng Việt: ...``) or "other names" gives names; CJK labelled bullets (``- 定義:`` /
#     ``- 関連用語:``) are a record's fields and see-also; hard-wrapped Chinese / Japanese lines
#     join without a blank.
# 111 (r48 follow-up FJ, merged after PA): a letter-group heading with no heading under it,
#     among group headings that hold terms, whose text is one short line ("## な行" /
#     "(まだ登録された用語はありません)", "## Q" / "TBD") gives no entry (parsing/empty_groups.py).
# 112 (r48 lead): a Chinese / Japanese line hard-wrapped mid-sentence before a Latin word or a
#     number joins the next line (a blank, none after 、): "本文の標準表記は" + "Linuxの文脈では".
# 113 (r49 lane PB): Markdown bullets whose bold term opens its own defining sentence with no
#     separator are read in a long list where most items open so, each term once and the word
#     after the term shared (``* **Aggregointi** tarkoittaa ...``: the whole sentence is the
#     text; one item may go on with any word, ``**Sentroidi (centroid)**, EMMEssä ...``); a
#     sentence's term may follow an article of several languages (``- El **beat** es ...``);
#     a bracket closing the bold term names the term twice (``**Matka (trip)**``: ``Matka``,
#     ``trip``); an item that only points on (``**Noodi** ks. ”Solmu”``) is the pointer, and
#     Finnish "ks." / "katso" and Hungarian "lásd" / "ld." are pointer words.
# 114 (r49 lane PG): a program's string-keyed map literal read as a glossary when its pairs
#     look like one (Go map[string]string{...}, Swift/Dart/Kotlin/Scala/C#/Rust maps and pair
#     lists, C++ .cpp/.cc/.cxx/.hpp/.hh/.h initialiser lists: source_maps.py); codes, labels,
#     identifiers, URLs, i18n tables none.
# 115 (r49 lane PJ): JavaScript / TypeScript records registered one statement a term
#     (``glossary.set("Term", {definition, synonyms, english...})``, ``addTerm("T", "def")``,
#     ``terms["T"] = ...``, ``terms.T = ...``, ``Object.assign(terms, {...})``) read as a
#     mapping of term to record (parsing/js_calls.py); placeholder "None" fields left out.
PARSER_VERSION = 115


def glossary_files(folder: str | os.PathLike[str]) -> list[Path]:
    """The glossary files of a folder, sorted by name (hidden, README* and corpus.toml skipped)."""
    folder = Path(folder)
    try:
        children = list(folder.iterdir())
    except OSError as exc:
        raise CorpusError(f"cannot read corpus folder {folder}: {exc.strerror or exc}") from exc
    return sorted(
        (
            p
            for p in children
            if p.suffix.lower() in GLOSSARY_SUFFIXES
            and not p.name.startswith(".")
            and not p.name.upper().startswith("README")
            and p.name.lower() != CONFIG_FILE
            and not _QUESTION_SET.fullmatch(p.name)
            and p.is_file()
            and (p.suffix.lower() not in SNIFFED_SUFFIXES or _shaped(p))
        ),
        key=lambda p: p.name,
    )


def _shaped(path: Path) -> bool:
    """A file of a shared suffix whose first bytes read as the format the suffix is listed
    for: Texinfo for ``.w``, roff for the roff suffixes."""
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as fh:
            head = fh.read(_POD_BYTES if suffix in POD_CODE_SUFFIXES else _SNIFF_BYTES)
    except OSError:
        return True  # let the loader say why it cannot read it
    from rag_glossary.parsing.decode import utf8_head  # (parsing imports this module)

    head = utf8_head(head)
    if suffix in POD_CODE_SUFFIXES:
        return pod_glossary_shaped(head)
    if suffix == ".w":
        return _TEXINFO_SHAPE.search(head) is not None
    return roff_shaped(head)


def roff_shaped(head: bytes) -> bool:
    """troff source: at least five request lines, a tenth of the lines that hold text (a
    man page or an ms / mm document is mostly requests; prose or code seldom opens a line
    with a dot and a short name)."""
    lines = sum(1 for line in head.split(b"\n") if line.strip())
    requests = len(_ROFF_REQUEST.findall(head))
    return requests >= _ROFF_MIN_REQUESTS and requests >= _ROFF_SHARE * lines


def pod_glossary_shaped(data: bytes) -> bool:
    """Perl code whose POD has a glossary part (``=head1 GLOSSARY``)."""
    return any(
        POD_GLOSSARY_HEADING.fullmatch(m.group(1).decode("utf-8", "replace").strip())
        for m in _POD_HEADING.finditer(data)
    )


def file_sha256(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def corpus_fingerprint(folder: str | os.PathLike[str]) -> dict[str, str]:
    """sha256 of every glossary file and of corpus.toml: any edit changes it."""
    folder = Path(folder)
    if not folder.is_dir():
        return {}
    paths = glossary_files(folder)
    config = folder / CONFIG_FILE
    if config.is_file():
        paths.append(config)
    fingerprint = {}
    for path in paths:
        try:
            fingerprint[path.name] = file_sha256(path)
        except OSError as exc:
            raise CorpusError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return fingerprint
