"""The text a Scribble document's @-expressions show (scribble_reader.py's tree).

Nothing is evaluated. Scribble's own forms show what they typeset: ``@racket[x]`` and
``@code{x}`` their code as written, ``@italic{x}``, ``@bold``, ``@emph``, ``@tech``,
``@deftech``, ``@elem``... their text, ``@hyperlink["url"]{text}`` its text,
``@secref["tag"]`` the title of the part it names (an entry of the file whose title the
tag spells, else the tag's words); ``@itemlist[@item{..}]`` items, ``@tabular`` rows
(cells joined by ``|``); code blocks (``@examples``, ``@racketblock``, ``@codeblock``,
``@verbatim``, ``@specform``) kept line for line, ``(code:comment "x")`` as ``; x``, a
``#:hidden`` example nothing; images nothing. The document's own definitions are read
for what they can show without running: ``(define name "text")`` or ``(define name
@elem{...})`` is that text, ``(define alias other)`` the other's, a helper whose body
makes an image shows nothing. Any other command shows its braces' text, else its last
string argument (a link helper's ``@inline-link["Binding"]``, ``@secref*['("A" "B")
'glossary]``); a string argument that spells an entry's title links to it. In text,
Scribble's decoding: ``` `` ``` and ``''`` are quotes, ``--`` / ``---`` dashes.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rag_glossary.parsing.scribble_reader import Atom, Cmd, Datum, Node, Seq, Str, Text

_CODE_ARGS = frozenset(
    (
        "examples",
        "interaction",
        "interaction0",
        "racketblock",
        "racketblock0",
        "schemeblock",
        "schemeblock0",
        "racketinput",
        "racketinput0",
        "racketmod",
        "racketmod0",
        "specform",
        "specsubform",
        "defform",
        "defform*",
        "defproc",
        "defthing",
        "racketresultblock",
    )
)
_CODE_BODY = frozenset(("codeblock", "codeblock0", "verbatim", "typeset-code", "filebox"))
_INLINE_CODE = frozenset(
    (
        "racket",
        "scheme",
        "racketresult",
        "schemeresult",
        "racketid",
        "schemeid",
        "racketmodname",
        "racketoutput",
        "racketblockelem",
        "racketparenfont",
        "racketmetafont",
    )
)
_VERBATIM_TEXT = frozenset(
    (
        "code",
        "tt",
        "literal",
        "racketfont",
        "racketvarfont",
        "racketidfont",
        "racketvalfont",
        "racketresultfont",
        "racketkeywordfont",
        "racketcommentfont",
        "racketerror",
        "exec",
        "filepath",
        "envvar",
        "schemefont",
        "schemevarfont",
        "litchar",
        "indexed-racket",
    )
)
_NOTHING = frozenset(
    (
        "image",
        "linebreak",
        "hspace",
        "index",
        "as-index",
        "section-index",
        "table-of-contents",
        "local-table-of-contents",
        "index-section",
        "author",
        "author+email",
        "require",
        "define",
        "define-syntax",
        "provide",
        "struct",
        "declare-exporting",
        "defmodule",
        "margin-note*",
        "toc-target-element",
        "elemtag",
        "define-runtime-path",
    )
)
_SPACES = frozenset(("linebreak", "hspace", "nonbreaking-space"))
_ITEMS = frozenset(("itemlist", "itemize", "enumerate"))
_REFS = frozenset(("secref", "Secref", "seclink", "elemref", "techlink", "other-doc"))
_HEADINGS = frozenset(("title", "section", "subsection", "subsubsection", "subsubsub*section"))
_BLOCKS = frozenset(("para", "paragraph", "nested", "centered", "margin-note", "inset", *_HEADINGS))
# Flags among a block form's keywords (everything else takes a value): Scribble's manual.
_FLAGS = frozenset(
    (
        "#:hidden",
        "#:once",
        "#:result-only",
        "#:no-inset",
        "#:no-prompt",
        "#:no-result",
        "#:preserve-source-locations",
        "#:unnumbered",
        "#:literal?",
    )
)
_CODE_COMMENT = re.compile(r'\(code:comment\s+"((?:[^"\\]|\\.)*)"\)')
_WRAPPERS = re.compile(r"\((?:eval:error|code:line|eval:check)\s+")
# Sentinels of the flat text: a code block's lines, an item, a table row.
CODE, NL, ITEM, ROW = "\x02", "\x03", "\x04", "\x05"


@dataclass
class Env:
    """What the document's definitions give, and how tags name its entries."""

    source: str
    constants: dict[str, Node | Datum] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    silent: set[str] = field(default_factory=set)  # helpers that make images
    resolve: Callable[[str], str | None] = lambda tag: None
    links: list[str] = field(default_factory=list)

    def kind(self, name: str) -> str:
        seen: set[str] = set()
        while name in self.aliases and name not in seen:
            seen.add(name)
            name = self.aliases[name]
        return name


_OTHER_DOC = Env("")


def read_definitions(nodes: Sequence[Node], env: Env) -> None:
    """``@(define ...)`` forms anywhere at the top level: constants, aliases, image helpers."""
    for node in nodes:
        if not (isinstance(node, Cmd) and node.call and node.name == "define" and node.args):
            continue
        target, *value = node.args
        if isinstance(target, Atom) and len(value) == 1:
            if isinstance(value[0], (Str, Cmd)):
                env.constants[target.text] = value[0]
            elif isinstance(value[0], Atom):
                env.aliases[target.text] = value[0].text
        elif (
            isinstance(target, Seq)
            and target.items
            and isinstance(target.items[0], Atom)
            and any(_mentions(v, "image") for v in value)
        ):
            env.silent.add(target.items[0].text)


def _mentions(datum: Datum, name: str) -> bool:
    if isinstance(datum, Atom):
        return datum.text == name
    if isinstance(datum, Cmd):
        return datum.name == name or any(_mentions(a, name) for a in datum.args)
    if isinstance(datum, Seq):
        return any(_mentions(i, name) for i in datum.items)
    return False


def render(nodes: Sequence[Node | Datum], env: Env, verbatim: bool = False) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(node.text if verbatim else decode(node.text))
        elif isinstance(node, Str):
            out.append(node.value)
        elif isinstance(node, Cmd):
            out.append(_command(node, env, verbatim))
    return "".join(out)


def decode(text: str) -> str:
    return (
        text.replace("``", '"').replace("''", '"').replace("---", "\u2014").replace("--", "\u2013")
    )


def _command(cmd: Cmd, env: Env, verbatim: bool) -> str:
    name = env.kind(cmd.name)
    if name in env.constants and cmd.body is None and not cmd.args:
        return render([env.constants[name]], env, verbatim)
    if name in env.silent or (name in _NOTHING and name not in _SPACES):
        return ""
    if name in _SPACES:
        return " "
    if name in _CODE_ARGS:
        return _code_block(_code_args(cmd, env), "racket")
    if name in _CODE_BODY:
        code = _dedent(render(cmd.body or [], env, True))
        return _code_block(code, "" if name == "verbatim" else "racket")
    if name in _INLINE_CODE and cmd.body is None:
        return _span(_raw(env, cmd.args_start, cmd.args_end), verbatim)
    if name in _ITEMS:
        return _items(cmd, env)
    if name == "item":
        return f"\n\n{ITEM}{render(cmd.body or [], env)}\n\n"
    if name == "tabular":
        return _table(cmd, env)
    if name in _BLOCKS:
        inner = render(cmd.body, env) if cmd.body is not None else _shown_args(cmd, env)
        return f"\n\n{inner}\n\n"
    if cmd.body is not None:
        for arg in cmd.args:  # @inline-link["Procedure"]{function}: a link, its own text
            if isinstance(arg, Str) and (title := env.resolve(arg.value)):
                env.links.append(title)
        if name in _VERBATIM_TEXT:
            return _span(render(cmd.body, env, True), verbatim)
        return render(cmd.body, env, verbatim)
    if name in _REFS and any(isinstance(a, Atom) and a.text == "#:doc" for a in cmd.args):
        return _tag_words(_shown_args(cmd, _OTHER_DOC))  # a part of another document
    if name in _REFS or cmd.call or cmd.args:
        return _shown_args(cmd, env)
    return ""


def _shown_args(cmd: Cmd, env: Env) -> str:
    """What a command without braces shows of its arguments: its @-expression arguments
    (``@nested[#:style 'inset @verbatim{...}]``), else its last string or list of strings,
    each a tag or title of the file's entries when it names one."""
    args = _positional(cmd.args)
    nested = [a for a in args if isinstance(a, Cmd)]
    if nested:
        return render(nested, env)
    for arg in reversed(args):
        if isinstance(arg, Str):
            return _tag_text(arg.value, env)
        if isinstance(arg, Seq) and arg.items and all(isinstance(i, Str) for i in arg.items):
            return ", ".join(_tag_text(i.value, env) for i in arg.items if isinstance(i, Str))
    return ""


def _tag_text(tag: str, env: Env) -> str:
    title = env.resolve(tag)
    if title:
        env.links.append(title)
        return title
    return _tag_words(tag)


def _tag_words(tag: str) -> str:
    return tag.replace("_", " ") if " " not in tag else tag


def _positional(args: Sequence[Datum]) -> list[Datum]:
    out: list[Datum] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if isinstance(arg, Atom) and arg.text.startswith("#:"):
            skip = arg.text not in _FLAGS
            continue
        out.append(arg)
    return out


def _code_args(cmd: Cmd, env: Env) -> str:
    if any(isinstance(a, Atom) and a.text == "#:hidden" for a in cmd.args):
        return ""
    forms = [_raw(env, a.start, a.end) for a in _positional(cmd.args) if not isinstance(a, Cmd)]
    code = "\n".join(_dedent(form) for form in forms)
    code = _CODE_COMMENT.sub(lambda m: "; " + m.group(1), code)
    return _unwrap(code)


def _unwrap(code: str) -> str:
    """``(eval:error (f x))`` -> ``(f x)``: example wrappers that are no part of the code."""
    while match := _WRAPPERS.search(code):
        depth, i = 1, match.end()
        while i < len(code) and depth:
            depth += {"(": 1, ")": -1}.get(code[i], 0)
            i += 1
        code = code[: match.start()] + code[match.end() : i - 1] + code[i:]
    return code


def _raw(env: Env, start: int, end: int) -> str:
    """The source from ``start`` to ``end``, its first line indented as it stands."""
    if start < 0:
        return ""
    line_start = env.source.rfind("\n", 0, start) + 1
    return " " * (start - line_start) + env.source[start:end]


def _dedent(text: str) -> str:
    return textwrap.dedent(text.expandtabs(8)).strip("\n").rstrip()


def _code_block(code: str, lang: str) -> str:
    """A fenced block (as Markdown writes one: the answers show code only so)."""
    if not code.strip():
        return ""
    return f"\n\n{CODE}```{lang}{NL}{code.replace(chr(10), NL)}{NL}```\n\n"


def _span(code: str, verbatim: bool) -> str:
    """Inline code as a Markdown code span (`x`): inside code already, or holding a
    backtick, as written."""
    code = " ".join(code.split())
    return code if verbatim or not code or "`" in code else f"`{code}`"


def _items(cmd: Cmd, env: Env) -> str:
    ordered = any(isinstance(a, Atom) and a.text == "'ordered" for a in cmd.args)
    out: list[str] = []
    number = 0
    for arg in _positional(cmd.args):
        if isinstance(arg, Cmd):
            text = render([arg], env)
            if ordered and ITEM in text:
                number += 1
                text = text.replace(ITEM, f"{ITEM}{number}. ", 1)
            out.append(text)
    return "".join(out)


def _table(cmd: Cmd, env: Env) -> str:
    rows: list[str] = []
    for arg in _positional(cmd.args):
        if isinstance(arg, Seq):
            for row in arg.items:
                if isinstance(row, Seq):
                    cells = [c for c in row.items if not isinstance(c, Atom)]
                    shown = [" ".join(render([c], env).split()) for c in cells]
                    rows.append(f"\n\n{ROW}{' | '.join(shown)}\n\n")
    return "".join(rows)


def _paragraphs(text: str) -> list[str]:
    """The text's paragraphs: runs of lines with more than white space."""
    out: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.strip(" \t"):
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return ["\n".join(lines).strip(" \t") for lines in out if lines]


def finish(text: str) -> str:
    """The flat text as the entry's body: paragraphs at blank lines, white space closed up
    in each; code lines as written; items ``- x`` and table rows each on its own line."""
    out: list[str] = []
    last = ""
    for para in _paragraphs(text):
        if not para:
            continue
        if para.startswith(CODE):
            kind, shown = "code", para[1:].replace(NL, "\n")
        elif para.startswith(ITEM):
            kind, shown = "item", " ".join(para[1:].split())
            shown = shown if re.match(r"\d+\. ", shown) else f"- {shown}"
        elif para.startswith(ROW):
            kind, shown = "row", " ".join(para[1:].split())
        else:
            kind, shown = "text", " ".join(para.split())
        if shown.strip("- ") == "":
            continue
        if out:
            out.append("\n" if kind == last and kind in ("item", "row") else "\n\n")
        out.append(shown)
        last = kind
    return "".join(out).replace(NL, "\n")
