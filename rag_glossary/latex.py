"""LaTeX math as readable plain text: ``\\frac{TP}{TP + FP}`` reads ``TP / (TP + FP)``.

Only the notation glossaries write in definitions is rendered (fractions, roots,
text and font commands, common operators and Greek letters); any other command
keeps its name without the backslash, so a formula is never dropped.
"""

from __future__ import annotations

import re

from rag_glossary.lazy_re import lazy_regex

_SYMBOLS = {
    "cdot": "·", "times": "×", "div": "÷", "pm": "±", "le": "≤", "leq": "≤", "ge": "≥",
    "geq": "≥", "neq": "≠", "ne": "≠", "approx": "≈", "sim": "~", "infty": "∞", "in": "∈",
    "sum": "sum", "prod": "prod", "int": "∫", "partial": "∂", "nabla": "∇", "to": "→",
    "rightarrow": "→", "leftarrow": "←", "ldots": "…", "cdots": "…", "dots": "…",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "theta": "θ", "lambda": "λ", "mu": "μ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ",
    "phi": "φ", "chi": "χ", "omega": "ω", "Delta": "Δ", "Sigma": "Σ", "Omega": "Ω",
    "subseteq": "⊆", "subset": "⊂", "supseteq": "⊇", "supset": "⊃", "cup": "∪", "cap": "∩",
    "notin": "∉", "forall": "∀", "exists": "∃", "neg": "¬", "wedge": "∧", "vee": "∨",
    "oplus": "⊕", "Rightarrow": "⇒", "Leftrightarrow": "⇔", "iff": "⇔", "implies": "⇒",
    "equiv": "≡", "emptyset": "∅", "lvert": "|", "rvert": "|", "vert": "|", "mid": "|",
    "lVert": "‖", "rVert": "‖", "ll": "≪", "gg": "≫", "mapsto": "↦", "propto": "∝",
}  # fmt: skip
# Commands that only style their argument, and sizing commands that only wrap a bracket.
_STYLE = lazy_regex(
    r"\\(?:text|textrm|textbf|textit|texttt|mathrm|mathbf|mathit|mathop|mathcal|mathbb|mathsf"
    r"|mathtt|mathfrak|boldsymbol|operatorname|hat|bar|tilde|vec|overline)\s*\{([^{}]*)\}"
)
_SIZING = lazy_regex(r"\\(?:left|right|big|Big|bigg|Bigg)\b\s*")
_FRAC = lazy_regex(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_SQRT = lazy_regex(r"\\sqrt\s*\{([^{}]*)\}")
_SCRIPT = lazy_regex(r"([_^])\{([^{}]*)\}")
_COMMAND = lazy_regex(r"\\([A-Za-z]+)")
_SPACING = lazy_regex(r"\\[,;:! ]|~")
_ESCAPED = lazy_regex(r"\\([%&#_])")  # "7\%": a character TeX would read as markup
_OPERAND = lazy_regex(r"^[\w.·]+$")
GREEK = lazy_regex(
    r"\\(alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi"
    r"|pi|rho|sigma|tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma"
    r"|Phi|Psi|Omega)(?![A-Za-z])"
)
# pandoc's tex_math_dollars: the opening "$" has a non-space after it, the closing "$" a
# non-space before it and no digit after it, so "a $3.10 wage ... is $7.25" is money.
INLINE_MATH = lazy_regex(r"\$(?=\S)([^$]*?\S)\$(?!\d)")
# TeX that no reader takes for text: a command, a script, a brace or one letter ("$X$-hard");
# "$HOME/$USER" is none
_TEX = lazy_regex(r"[\\_^{}]|^[A-Za-z]$")


def readable_math(latex: str) -> str:
    """One line of plain text for a LaTeX formula."""
    text = " ".join(latex.split())
    text = _ESCAPED.sub(r"\1", _SPACING.sub(" ", _SIZING.sub("", text)))
    for _ in range(5):  # nested braces, innermost first
        before = text
        text = _STYLE.sub(r"\1", text)
        text = _FRAC.sub(lambda m: f"{_operand(m.group(1))} / {_operand(m.group(2))}", text)
        text = _SQRT.sub(r"sqrt(\1)", text)
        text = _SCRIPT.sub(lambda m: f"{m.group(1)}{_operand(m.group(2))}", text)
        if text == before:
            break
    text = _COMMAND.sub(_symbol, text)
    return " ".join(text.replace("{", "").replace("}", "").split())


def math_text(text: str) -> str:
    """A name or title with its inline ``$...$`` TeX as readable text, Greek letters by
    name as a reader types them: "Konfigürasyonel Entropi ($\\Delta S_{conf}$)" reads
    "Konfigürasyonel Entropi (Delta S_conf)"."""
    if "$" not in text:
        return text
    return INLINE_MATH.sub(lambda m: _math_name(m.group(0), m.group(1)), text)


def _math_name(whole: str, tex: str) -> str:
    return readable_math(GREEK.sub(r"\1", tex)) if _TEX.search(tex) else whole


def _symbol(match: re.Match[str]) -> str:
    name = _SYMBOLS.get(match.group(1), match.group(1))
    glued = match.start() > 0 and match.string[match.start() - 1].isalnum()
    return f" {name}" if glued and name[0].isalpha() else name


def _operand(text: str) -> str:
    text = text.strip()
    return text if _OPERAND.match(text) else f"({text})"
