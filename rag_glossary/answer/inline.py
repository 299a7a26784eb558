"""Inline cleaning of one sentence or item: markup, links, URLs, highlight backticks,
note residue and inline LaTeX out; code spans kept as written; white space collapsed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from rag_glossary.html_tags import TAG, is_markup
from rag_glossary.latex import GREEK, INLINE_MATH, readable_math
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.word_marks import RTL_PHRASE

URL = lazy_regex(r"(?:https?://|www\.)\S+", re.IGNORECASE)
LABEL = lazy_regex(r"^(?:highlight|note|comment|important|q|a)\s*:\s*", re.IGNORECASE)
# one end of an interval: a signed number, π, ∞ or a letter, over a divisor ("−π/2")
_END = r"[−+-]?(?:\d+(?:\.\d+)?π?|π|∞|[a-zα-ω])(?:\s*/\s*\d+)?"
_INTERVAL = rf"\s*{_END}\s*,\s*{_END}\s*"
_SCRIPT_WORD = lazy_regex(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _script(words: list[str]) -> str:
    """The one script ("LATIN", "CYRILLIC", "GREEK") all the words' letters are in; "" when
    they mix scripts or hold more than letters."""
    if not words or not all(_SCRIPT_WORD.fullmatch(w) for w in words):
        return ""
    scripts = {unicodedata.name(ch, "?").split()[0] for w in words for ch in w if ch.isalpha()}
    return scripts.pop() if len(scripts) == 1 else ""


def _unbracketed(match: re.Match[str]) -> str:
    """A link's or a note's brackets go; a reading in another script after a word, "pip
    [пип]", "Ход [move]", keeps them (backgammon's "От английското pip [пип] — бройка")."""
    start, inner = match.start(), match.group(1)
    if start and match.string[start - 1] == " ":
        before = match.string[:start].split()
        said = _script(before[-1:])
        shown = _script(inner.split()) if 0 < len(inner.split()) <= 3 else ""
        if said and shown and said != shown:
            return match.group(0)
    return inner


_INLINE: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (lazy_regex(r"\\([-*_#+.!|`])"), r"\1"),  # Markdown escapes ("\\-", "\\*")
    (lazy_regex(r"\\(?=\s|$)"), ""),  # a Markdown hard line break ("orientations.\\")
    (lazy_regex(r"!\[[^\]]*\]\([^)]*\)(\{[^}]*\})?"), ""),
    (lazy_regex(r"\{%.*?%\}|\{\{.*?\}\}|\{:[^}]*\}"), ""),
    (lazy_regex(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (lazy_regex(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    # footnote numbers ("[4]", "[1,2]") would read as our markers
    (lazy_regex(r"\s*\[(?!0\s*,)\d+(?:\s*[,;–-]\s*\d+)*\]"), ""),
    # an interval's brackets are maths ("arcsin: [−1, 1] → [−π/2, π/2]", "in [0, 1]"), and
    # an example's after a space are the file's ("پسر [سام بن ایرج]": parsing/inline_links.py)
    (lazy_regex(rf"\[(?!{_INTERVAL}\])(?:(?<!\s\[)|(?!{RTL_PHRASE}\]))([^\]]*)\]"), _unbracketed),
    (lazy_regex(r"<(?:https?://)[^>]*>"), ""),
    (lazy_regex(r"</?[A-Za-z][^>]*>"), ""),
    (lazy_regex(r"`+|\*\*|__"), ""),
    (lazy_regex(r"(?<!\w)\*(\S[^*]*\S|\S)\*(?!\w)"), r"\1"),
    # "_emphasis_", which may hold a name with an underscore ("_... f_max ..._")
    (lazy_regex(r"(?<![\w\\])_(?=[^\s_])((?:[^_]|(?<=\w)_(?=\w))*?[^\s_])_(?!\w)"), r"\1"),
    (lazy_regex(r"\(\s*(?:https?://|www\.)\S*\s*\)"), ""),
    (URL, ""),
    (lazy_regex(r"\(\s*\)"), ""),
    (lazy_regex(r"^\s*~\s*"), ""),
    (lazy_regex(r"\s*<-+\s*|\s*(?:-+|=+)>\s*"), ": "),  # "-->", "==>": what follows
    # note markers ("<!> text <![1]>"); a ">" between words compares ("PyTorch > TensorFlow")
    (lazy_regex(r"<!\[?|<!>|\]>(?=\s|$)|(?<=\s)>(?=\s|$)(?!\s*\w)|^>\s*"), ""),
    (lazy_regex(r"(?<=[\w)])>(?=\s+\w)"), " >"),  # "(Easy)> one matrix"
    (lazy_regex(r":\s*\*\s+(?=\w)"), ": "),  # inline bullets: "fix: * Means * Median"
    (lazy_regex(r"\s+\*\s+(?=\w)"), ", "),
    (lazy_regex(r"(?<![\w*])\*(?=[A-Za-z][^*]*$)"), ""),  # a bullet run into a line: "like: *color"
    (lazy_regex(r"(?<=[a-z]\.)[A-Z]\s*$"), ""),  # a stray letter after the last stop ("root.A")
    (lazy_regex(r"\s+"), " "),
    # " ." but not " .map", " ./run", nor a dot between the items of a bracket ("(A . B)")
    (lazy_regex(r"\s+(?:([,;:!?])|(\.)(?!\s+(?:\(|[^\s().]+\))))(?![\w/])"), r"\1\2"),
    (lazy_regex(r"\(\s+"), "("),  # "( x ∈ R^N )": "(x ∈ R^N)"
    (lazy_regex(r"(?<=\S)\s+\)"), ")"),
    (lazy_regex(r"([!?])[!?]+"), r"\1"),
)


def clean_inline(text: str) -> str:
    """Markup, links, URLs and highlight backticks removed; white space collapsed. The
    text of a code span ("`K * I == R * (C * I)`") is kept as written."""
    text = LABEL.sub("", _COMMENT.sub(" ", text.strip()))
    spans: list[str] = []
    text = _TODO.sub("", text)
    text = _CODE_SPAN.sub(lambda m: _keep(_symbols_quoted(m.group(1)), spans), text)
    # a backquote named in typographic quotes ("enclosed in ‘`’ characters") is the character
    text = _QUOTED_BACKQUOTE.sub(lambda m: _keep("`", spans), text)
    # "<NA>", "<unk>": a placeholder is text, kept as written; markup goes below
    text = TAG.sub(lambda m: m.group(0) if is_markup(m) else _keep(m.group(0), spans), text)
    text = _DUNDER.sub(lambda m: _keep(m.group(0), spans), text)  # not bold "enter"
    text = _TEX_FONT.sub(r"\1", text)  # "\mathop{E}(y | X)" (reST :math: keeps its LaTeX)
    # MathJax's delimiters, as HTML pages (Quarto, Jupyter Book) keep them: "\\(\\tau\\)"
    text = _MATHJAX_DISPLAY.sub(r"$$\1$$", _MATHJAX_INLINE.sub(r"$\1$", text))
    text = _DISPLAY_MATH.sub(r"\\formula", text)  # "$$ \vec{x}_i = ... $$" is never prose
    text = INLINE_MATH.sub(_inline_math, text)
    text = re.sub(r"\s*\(\s*\\formula\s*\)", "", text)  # "logits ( $\vec{x}$ ) into": aside
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    text = LABEL.sub("", text.strip())  # a label the markup hid ("**Important: ...**")
    text = re.sub(r"\x00(\d+)\x00", lambda m: spans[int(m.group(1))], text)
    # "en un lote determinado..SEDESOL.": two stops after a word, no ellipsis, are one
    text = _DOUBLED_STOP.sub(".", text)
    return _undouble(text).strip(" -–—;,")


def whole_line(body: str) -> str:
    """An entry's whole text as one cleaned line (stored in the index: stored_units.py)."""
    return clean_inline(" ".join(body.split()))


_DOUBLED_STOP = lazy_regex(r"(?<=[^\W\d_])\.\.(?=[^\W\d_]|\s|$)")


_TODO = lazy_regex(r"(?i)`\s*(?:todo|fixme|tbd|xxx)\b[^`]*`")  # an author's note to self
# a code span with operators, brackets or a call: "`K * I`", "`p[i]`", "`.stack()`",
# a name ending in "?" or "!" ("`eq?`", "`set!`"),
# "`df.loc`", "`match x { A => 1 }`" (an operator of two signs: "=>", "->", "==", "&&"; a
# longer arrow, "-->", "==>", points in highlighted prose), or only symbols ("`.`", "`~`")
# (one plain word is highlight markup)
_CODE_SPAN = lazy_regex(
    r"`([^`\s]*[*\[\]=^_<>(][^`]*|[^`\s]*\w\.\w[^`\s]*|\.\w[^`]*"
    r"|[^`]*\s(?:[*=^<>]|[-+*/%!&|:=<>][=>&|:])\s[^`]*|[^`\w\s]+|[^`\s]*\w[?!])`"
)

# A Python special name ("__enter__", "object.__exit__"): one identifier between double
# underscores is a name as written, not Markdown's bold around a word
_DUNDER = lazy_regex(r"(?<![\w*])__[a-z](?:[a-z0-9]|_(?!_))*__(?![\w*])")


def _symbols_quoted(code: str) -> str:
    """A span of stops or commas only ("`.`", "`..`") in quotes: bare, it would read as the
    sentence's punctuation ("`*`" stays as written); so is a name ending in a question or
    exclamation mark (Lisp's, Scheme's and Ruby's predicates and mutators: "`eq?`",
    "`set!`", "`nil?`"): bare, its mark would read as the sentence's ("eq? checks ...")."""
    return f'"{code}"' if re.fullmatch(r"[.,;:!?]+|\S*\w[?!]", code) else code


def _keep(code: str, spans: list[str]) -> str:
    spans.append(" ".join(code.split()))
    return f"\x00{len(spans) - 1}\x00"


_COMMENT = lazy_regex(r"<!--.*?(?:-->|$)")
_TEX_FONT = lazy_regex(
    r"\\(?:mathop|mathrm|mathbf|mathit|mathcal|mathbb|operatorname|text|textrm|textbf|textit)"
    r"\{([^{}$]*)\}"
)
_MATHJAX_INLINE = lazy_regex(r"\\\((.+?)\\\)")
_MATHJAX_DISPLAY = lazy_regex(r"\\\[(.+?)\\\]", re.DOTALL)
_DISPLAY_MATH = lazy_regex(r"\$\$.*?\$\$")
_SIMPLE_MATH = lazy_regex(r"[\w\s,.()+\-=<>/^|'%≤≥≠≈≪≫→←↦∞∈∉⊆⊂⊇⊃∪∩∀∃¬∧∨⊕⇒⇔≡∅‖·×÷±…∝]*")


# troff's "‘`’" (csh's "enclosed in `\`' characters"): a backquote quoted, not a code mark
_QUOTED_BACKQUOTE = lazy_regex(r"(?<=[‘“])`(?=[’”])")
# TeX's marks: a command, a script or a brace ("$x_i$", "CO$_2$")
_TEX_MARK = lazy_regex(r"[\\_^{}]")


def _inline_math(match: re.Match[str]) -> str:
    """A ``$...$`` pair as plain maths, unless its opening sign is currency: a "$" right
    after a word or number ("pristupačan (60$) i moćan, Logic Pro je 200$", "US$") opens
    no formula when nothing between reads as TeX ("CO$_2$" does)."""
    tex, start = match.group(1), match.start()
    if start and match.string[start - 1].isalnum() and not _TEX_MARK.search(tex):
        return match.group(0)
    return _plain_math(tex)


def _plain_math(tex: str) -> str:
    """Inline LaTeX as plain text ("$\\beta_0,\\beta_1$": "β_0, β_1", "$\\mathsf{P}
    \\subseteq \\mathsf{BPP}$": "P ⊆ BPP"); a formula that does not read as plain text is
    marked, and its sentence is dropped."""
    # a Greek letter keeps its name: the question says "beta", not "β"
    tex = GREEK.sub(r"\1", tex)
    plain = re.sub(r",\s*", ", ", readable_math(tex))
    return plain if _SIMPLE_MATH.fullmatch(plain) else "\\formula"


def _undouble(text: str) -> str:
    """One of a word printed twice in a row where two texts meet ("transformers
    Transformer", "the the"); upper-case tokens ("[MASK] [MASK]") are data and stay. The
    same capitalized word twice is a name ("Hodl Hodl", "Venga Venga"): it stays, unless
    the entry links that word (:func:`unlinked`)."""
    words = text.split(" ")
    kept = words[:1]
    for word in words[1:]:
        a, b = kept[-1], word.rstrip(".,;:!")
        same = a.lower().rstrip("s") == b.lower().rstrip("s") and len(a) > 2 and a.isalpha()
        name = a == b and a[:1].isupper()
        if not (same and b.isalpha() and not (a.isupper() and b.isupper()) and not name):
            kept.append(word)
        elif word != b:
            kept[-1] += word[len(b) :]  # "transformers Transformer." keeps its full stop
    return " ".join(kept)


def unlinked(text: str, links: tuple[str, ...]) -> str:
    """A cross-reference's text run into the word it repeats ("Apache Hadoop
    [Hadoop](#hadoop)" read as "Apache Hadoop Hadoop"): the link's copy out. ``links`` are
    the entry's cross-references (its see-also texts)."""
    if not links:
        return text
    starts = {link.split()[0].casefold() for link in links if link.split()}
    words = text.split(" ")
    kept = words[:1]
    for word in words[1:]:
        a, b = kept[-1], word.rstrip(".,;:!")
        if a == b and a.isalpha() and not a.isupper() and len(a) > 2 and b.casefold() in starts:
            kept[-1] += word[len(b) :]
        else:
            kept.append(word)
    return " ".join(kept)
