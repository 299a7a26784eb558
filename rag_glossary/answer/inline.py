"""Inline cleaning of one sentence or item: markup, links, URLs, highlight backticks,
note residue and inline LaTeX out; code spans kept as written; white space collapsed."""

from __future__ import annotations

import re

from rag_glossary.html_tags import TAG, is_markup
from rag_glossary.latex import readable_math

URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
LABEL = re.compile(r"^(?:highlight|note|comment|important|q|a)\s*:\s*", re.IGNORECASE)
_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\\([-*_#+.!|`])"), r"\1"),  # Markdown escapes ("\\-", "\\*")
    (re.compile(r"\\(?=\s|$)"), ""),  # a Markdown hard line break ("orientations.\\")
    (re.compile(r"!\[[^\]]*\]\([^)]*\)(\{[^}]*\})?"), ""),
    (re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{:[^}]*\}"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    # footnote numbers ("[4]", "[1,2]") would read as our markers
    (re.compile(r"\s*\[\d+(?:\s*[,;–-]\s*\d+)*\]"), ""),
    (re.compile(r"\[([^\]]*)\]"), r"\1"),
    (re.compile(r"<(?:https?://)[^>]*>"), ""),
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),
    (re.compile(r"`+|\*\*|__"), ""),
    (re.compile(r"(?<!\w)\*(\S[^*]*\S|\S)\*(?!\w)"), r"\1"),
    # "_emphasis_", which may hold a name with an underscore ("_... f_max ..._")
    (re.compile(r"(?<![\w\\])_(?=[^\s_])((?:[^_]|(?<=\w)_(?=\w))*?[^\s_])_(?!\w)"), r"\1"),
    (re.compile(r"\(\s*(?:https?://|www\.)\S*\s*\)"), ""),
    (URL, ""),
    (re.compile(r"\(\s*\)"), ""),
    (re.compile(r"^\s*~\s*"), ""),
    (re.compile(r"\s*<-+\s*|\s*(?:-+|=+)>\s*"), ": "),  # "-->", "==>": what follows
    # note markers ("<!> text <![1]>"); a ">" between words compares ("PyTorch > TensorFlow")
    (re.compile(r"<!\[?|<!>|\]>(?=\s|$)|(?<=\s)>(?=\s|$)(?!\s*\w)|^>\s*"), ""),
    (re.compile(r"(?<=[\w)])>(?=\s+\w)"), " >"),  # "(Easy)> one matrix"
    (re.compile(r":\s*\*\s+(?=\w)"), ": "),  # inline bullets: "fix: * Means * Median"
    (re.compile(r"\s+\*\s+(?=\w)"), ", "),
    (re.compile(r"(?<![\w*])\*(?=[A-Za-z][^*]*$)"), ""),  # a bullet run into a line: "like: *color"
    (re.compile(r"(?<=[a-z]\.)[A-Z]\s*$"), ""),  # a stray letter after the last stop ("root.A")
    (re.compile(r"\s+"), " "),
    (re.compile(r"\s+([,;:.!?])(?![\w/])"), r"\1"),  # " ." but not " .map", " ./run"
    (re.compile(r"\(\s+"), "("),  # "( x ∈ R^N )": "(x ∈ R^N)"
    (re.compile(r"(?<=\S)\s+\)"), ")"),
    (re.compile(r"([!?])[!?]+"), r"\1"),
)


def clean_inline(text: str) -> str:
    """Markup, links, URLs and highlight backticks removed; white space collapsed. The
    text of a code span ("`K * I == R * (C * I)`") is kept as written."""
    text = LABEL.sub("", _COMMENT.sub(" ", text.strip()))
    spans: list[str] = []
    text = _TODO.sub("", text)
    text = _CODE_SPAN.sub(lambda m: _keep(_symbols_quoted(m.group(1)), spans), text)
    # "<NA>", "<unk>": a placeholder is text, kept as written; markup goes below
    text = TAG.sub(lambda m: m.group(0) if is_markup(m) else _keep(m.group(0), spans), text)
    text = _TEX_FONT.sub(r"\1", text)  # "\mathop{E}(y | X)" (reST :math: keeps its LaTeX)
    # MathJax's delimiters, as HTML pages (Quarto, Jupyter Book) keep them: "\\(\\tau\\)"
    text = _MATHJAX_DISPLAY.sub(r"$$\1$$", _MATHJAX_INLINE.sub(r"$\1$", text))
    text = _DISPLAY_MATH.sub(r"\\formula", text)  # "$$ \vec{x}_i = ... $$" is never prose
    text = _MATH.sub(lambda m: _plain_math(m.group(1)), text)
    text = re.sub(r"\s*\(\s*\\formula\s*\)", "", text)  # "logits ( $\vec{x}$ ) into": aside
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    text = LABEL.sub("", text.strip())  # a label the markup hid ("**Important: ...**")
    text = re.sub(r"\x00(\d+)\x00", lambda m: spans[int(m.group(1))], text)
    return _undouble(text).strip(" -–—;,")


_TODO = re.compile(r"(?i)`\s*(?:todo|fixme|tbd|xxx)\b[^`]*`")  # an author's note to self
# a code span with operators, brackets or a call: "`K * I`", "`p[i]`", "`.stack()`",
# "`df.loc`", or only symbols ("`.`", "`~`") (one plain word is highlight markup)
_CODE_SPAN = re.compile(
    r"`([^`\s]*[*\[\]=^_<>(][^`]*|[^`\s]*\w\.\w[^`\s]*|\.\w[^`]*|[^`]*\s[*=^<>]\s[^`]*"
    r"|[^`\w\s]+)`"
)


def _symbols_quoted(code: str) -> str:
    """A span of stops or commas only ("`.`", "`..`") in quotes: bare, it would read as the
    sentence's punctuation ("`*`" stays as written)."""
    return f'"{code}"' if re.fullmatch(r"[.,;:!?]+", code) else code


def _keep(code: str, spans: list[str]) -> str:
    spans.append(" ".join(code.split()))
    return f"\x00{len(spans) - 1}\x00"


_COMMENT = re.compile(r"<!--.*?(?:-->|$)")
_TEX_FONT = re.compile(
    r"\\(?:mathop|mathrm|mathbf|mathit|mathcal|mathbb|operatorname|text|textrm|textbf|textit)"
    r"\{([^{}$]*)\}"
)
# pandoc's tex_math_dollars: the opening "$" has a non-space after it, the closing "$" a
# non-space before it and no digit after it, so "a $3.10 wage ... is $7.25" is money.
_MATH = re.compile(r"\$(?=\S)([^$]*?\S)\$(?!\d)")
_MATHJAX_INLINE = re.compile(r"\\\((.+?)\\\)")
_MATHJAX_DISPLAY = re.compile(r"\\\[(.+?)\\\]", re.DOTALL)
_DISPLAY_MATH = re.compile(r"\$\$.*?\$\$")
_SIMPLE_MATH = re.compile(r"[\w\s,.()+\-=<>/^|'%≤≥≠≈≪≫→←↦∞∈∉⊆⊂⊇⊃∪∩∀∃¬∧∨⊕⇒⇔≡∅‖·×÷±…∝]*")


_GREEK = re.compile(
    r"\\(alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi"
    r"|pi|rho|sigma|tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma"
    r"|Phi|Psi|Omega)(?![A-Za-z])"
)


def _plain_math(tex: str) -> str:
    """Inline LaTeX as plain text ("$\\beta_0,\\beta_1$": "β_0, β_1", "$\\mathsf{P}
    \\subseteq \\mathsf{BPP}$": "P ⊆ BPP"); a formula that does not read as plain text is
    marked, and its sentence is dropped."""
    # a Greek letter keeps its name: the question says "beta", not "β"
    tex = _GREEK.sub(r"\1", tex)
    plain = re.sub(r",\s*", ", ", readable_math(tex))
    return plain if _SIMPLE_MATH.fullmatch(plain) else "\\formula"


def _undouble(text: str) -> str:
    """One of a word printed twice in a row ("Apache Hadoop Hadoop", "transformers
    Transformer"), as a heading joined to the text that repeats it leaves; upper-case
    tokens ("[MASK] [MASK]") are data and stay."""
    words = text.split(" ")
    kept = words[:1]
    for word in words[1:]:
        a, b = kept[-1], word.rstrip(".,;:!")
        same = a.lower().rstrip("s") == b.lower().rstrip("s") and len(a) > 2 and a.isalpha()
        if not (same and b.isalpha() and not (a.isupper() and b.isupper())):
            kept.append(word)
        elif word != b:
            kept[-1] += word[len(b) :]  # "Hadoop Hadoop." keeps its full stop
    return " ".join(kept)
