"""Answer-level metrics of the extractive answers, per question kind.

For each answerable question: citation precision (cited ids that are relevant),
answer hit (a relevant id is cited), key-fact recall (share of the question's
``must_include`` facts found in the answer), dirty text (the answer breaks one of
the cleaning rules) and words per answer. Negatives count answers that cite nothing.

The dirty-text detector encodes the cleaning rules of issue 10 on the printed text
itself, independently of the composer's own cleaning code, so it can catch it.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rag_glossary.answer.brackets import opens_aside, unclosed_brackets
from rag_glossary.coverage.glossary_language import glossary_language
from rag_glossary.coverage.phrases import words

if TYPE_CHECKING:
    from rag_glossary.answer import SupportsRetrieve
    from rag_glossary.evaluation import Question

_MARKER = re.compile(r"\[\d+\]")
# Words that open a sentence and never end a word: "functionsThis is" is two sentences
# glued together (pronouns, determiners, question words; not "In", "Each", "For", which
# end camel-case names such as "forEach", "plugIn").
_STARTERS = "The|This|These|Those|It|We|You|They|There|However|Why|What|How|When"
# HTML elements (a closed list): a leaked tag names one of them
_HTML_TAGS = "|".join(
    str.split(
        "a abbr article aside b blockquote body br button caption center cite code col dd del"
        " details div dl dt em figcaption figure font footer form h[1-6] head header hr html i"
        " iframe img input ins kbd label li link mark meta nav ol option p pre q s script"
        " section small span strike strong style sub summary sup table tbody td textarea tfoot"
        " th thead title tr tt u ul var video"
    )
)

# (name, pattern): each is one way an answer's text can be dirty.
_DIRTY: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("marker before punctuation", re.compile(r"\[\d+\][.!?,;:]")),
    # "For square matrices only? No." is a question with its reply, which keeps its meaning;
    # a listed item ("- How large is your data?", a nearest entry "  - Is X futile? (id)")
    # is a question the entry lists or a title, not one the answer asks
    (
        "question in the answer",
        re.compile(r"^(?![ \t]*- )[^\n]*\?(?=\s|\[|$)(?!\s+(?:No|Yes|Nope)[.!])", re.MULTILINE),
    ),
    (
        "see cross-reference",
        re.compile(r"(?:^|[.!?]\s+)See\s+(?:also\b|[A-Z\[])|,\s+see\s+[A-Z]", re.MULTILINE),
    ),
    ("url", re.compile(r"https?://|www\.\w", re.IGNORECASE)),
    # the page's own tools and navigation read as a sentence ("Print this page content",
    # "Back to top", "Click here to view.")
    (
        "page chrome",
        re.compile(
            r"\b(?:print|share|e-?mail|bookmark|edit)\s+this\s+(?:page|article)\b"
            r"|\bback to (?:the )?top\b|\bskip to (?:the )?(?:main )?content\b"
            r"|\bclick here\b|\bprintable version\b",
            re.IGNORECASE,
        ),
    ),
    ("more at", re.compile(r"\bmore at\b", re.IGNORECASE)),
    # (a backquote named in typographic quotes, csh's "enclosed in ‘`’ characters", is text)
    ("backtick", re.compile(r"(?<![‘“])`|`(?![’”])")),
    # an ellipsis that cuts text (at a line's or sentence's start or end, before ":");
    # one inside a quoted example ("Alice... she... her") is the author's, and so is one
    # closing a parenthesised list ("hors UE (Suisse, Norvège, Russie...).", round 40 F)
    (
        "truncated text",
        re.compile(
            r"(?:^|[.!?:]\s)\W*(?:…|\.\.\.)|(?<!,\s)(?:…|\.\.\.)(?!\))\W*(?:\[\d+\])*\s*$"
            r"|(?:…|\.\.\.)\s*:",
            re.MULTILINE,
        ),
    ),
    (
        "code as prose",
        re.compile(
            r"\bimport \w+ import\b|\bdef \w+\(|\b\w+\.\w+\([^)\s]*\)"
            r"|\w\s=\s[a-z_]\w*\.[a-z_]\w*\b(?!\.\w)",  # "fig, ax = plt.subplots"
            re.IGNORECASE,
        ),
    ),
    ("empty list joints", re.compile(r"[:;]\s*;|;\s*[.:]")),
    # a bracket left empty or opening on a comma where a link was removed: "(, accessed 28
    # November 2017)", "( )"
    ("empty bracket", re.compile(r"(?<![^\s\"“])\(\s*(?:[,;]|\))")),
    # a tag is an HTML element's; another word in angle brackets is notation ("nit2<nipa>n")
    (
        "markup",
        re.compile(r"\]\(|</?(?:" + _HTML_TAGS + r")[ >/]|\*\*|\{%|\{\{|^#+\s", re.MULTILINE),
    ),
    # (" * a * b " bullets; "K * I == R * (C * I)" is a formula)
    ("note residue", re.compile(r"<!|-->|<-{2,}|\s\*\s+[A-Za-z]{2,}[^*\n=]*\s\*\s")),
    # Markdown and reST a reader sees as markup: "_emphasis_", "*emphasis*" (a letter or digit
    # after the star: "*.txt" is a glob), a star before a word, escapes ("\\-"), roles
    # (":term:", ":math:"), directives; authors' to-do notes
    (
        "emphasis markup",
        re.compile(
            r"(?<![\w\\])_(?=[^\s_])(?:[^_\n]|(?<=\w)_(?=\w))*[^\s_]_(?!\w)"
            r"|(?<![\w*])\*(?=[^\W_])[^*\n]*[^\s*]\*(?!\w)|(?:^|\s)\*(?=[A-Za-z])"
        ),
    ),
    ("markdown escape", re.compile(r"\\[-*_#.!+`|]")),
    (
        "rest markup",
        re.compile(r"(?<![\w:]):(?:[a-z]+:)?[a-z]+:(?=[`\w])|^\s*\.\. [\w-]+::|::\s*$", re.M),
    ),
    # roles glued to a word or with a domain ("construction:footcite:p:key", ":py:class:"),
    # MyST roles ("{ref}`x`", "{cite:p}key"), a mistyped one with its backticks lost
    # ("term{tropics}"), MyST colon fences and directives ("```{note}")
    (
        "role markup",
        re.compile(
            r"(?<![\w:/]):[a-z]+(?::[a-z]+)+:|(?<=[\w)]):[a-z]+(?::[a-z]+)*:(?=[`\w])"
            r"|(?<![\w\\])\{[a-z][\w:-]*\}(?=[`\w])|^\s*(?::{3,}|`{3,})\{"
            r"|(?<![\w\\])(?:term|ref|doc|numref|eq|abbr|(?:foot)?cite(?::[a-z]+)?)\{[^{}\n]+\}",
            re.MULTILINE,
        ),
    ),
    # Pandoc citation keys: "Honoré -@honore_ownership_1961", "[@key]", "title @beck_2022."
    (
        "citation key",
        re.compile(r"(?<![\w@-])-@[A-Za-z]|\[-?@[A-Za-z]|(?<![\w@.])@[A-Za-z][\w:-]*\d{4}[a-z]?\b"),
    ),
    # a data record's fields run into the text: "Category: legal-concept source: Beck, ..."
    # (a label, a one-word lower-case value, the next lower-case label)
    (
        "record fields",
        re.compile(r"(?<![\w-])[A-Za-z][\w-]*:[ \t]+[a-z]\w*(?:-\w+)*[ \t]+[a-z][a-z_]*:[ \t]"),
    ),
    # footnote references left in the text ("process. ^1.", "[^note]") and reference
    # markers of the source printed apart from ours ("listings [2] [3]", "[2]Smith")
    (
        "footnote marker",
        re.compile(r"\[\^[\w-]+\]|(?:^|(?<=[\s.,;:!?]))\^\d+(?=[.,;:!?\s\[]|$)", re.MULTILINE),
    ),
    # (not "in the range [0, 1]": a source's markers count from 1 and name a word before)
    (
        "source marker",
        re.compile(
            r"(?<=[A-Za-z.,;:)])[ \t]\[[1-9]\d{0,2}(?:[,–-] ?[1-9]\d{0,2})*\](?=[\s.,;:)]|$)"
            r"|\[[1-9]\d{0,2}\](?=[A-Z][a-z])"
        ),
    ),
    # two sentences glued into one ("graphs.As far", "set.It is", "functionsThis is")
    (
        "run-together text",
        re.compile(
            r"(?<![\w.])[A-Za-z][a-z]+[.!?][A-Z][a-z]+\s+[a-z]"
            rf"|(?<![\w.])[a-z]{{3,}}(?:{_STARTERS})\s+[a-z]"
        ),
    ),
    # list items flattened into one line ("include: - a - b", "steps: 1. x 2. y", "a • b")
    (
        "run-together list",
        re.compile(
            r"[:.;][ \t]+[-–*][ \t]+[A-Za-z]|[ \t][•●▪◦‣][ \t]"
            r"|:[ \t]*1[.)][ \t]+\w[^\n]*[ \t]2[.)][ \t]+\w"
            # "... have diabetes True Negatives: we ... False Positives: we ..." (labels are
            # words: "Access-Control-Allow-Origin: *" in a sentence is a header, no item)
            r"|(?:(?:\b[a-z]+|\))[ \t]+[A-Z]\w*(?:-\w+)?(?:[ \t][A-Z]\w*(?:-\w+)?)?:[ \t][^\n]*){2}"
        ),
    ),
    # HTML entities, wiki links and bold, table rows and rules, heading underlines
    (
        "other markup",
        re.compile(
            r"&(?:[a-z]+|#\d+|#x[0-9a-f]+);|\[\[[A-Za-z]|[A-Za-z]\]\]|'''"
            r"|^[=~^*#-]{4,}\s*$|^\s*\|.*\|\s*$|\|\s*:?-{3,}",
            re.MULTILINE | re.IGNORECASE,
        ),
    ),
    # a sentence cut at a hard wrap: a line ends mid-sentence, the next goes on in lower case
    ("broken line", re.compile(r"[a-z,]\n(?![-*] )[a-z]")),
    ("to-do note", re.compile(r"\b(?:TODO|FIXME|Todo)\s*:")),
    ("latex", re.compile(r"\$[^$\n]*[\\^_{][^$\n]*\$|\\[a-zA-Z]+\b")),
    ("label chain", re.compile(r"(?m)(?:^|\s)[A-Z][\w-]*(?: [\w-]+)?:\s+[A-Z][\w-]*(?: [\w-]+)?:")),
    # "../src": a relative path's two dots are no punctuation
    ("doubled punctuation", re.compile(r"(?<!\.)(?!\.\./)[!?.]{2}(?!\.)|[!?]{2,}")),
    (
        "dangling ending",
        re.compile(
            r"^(?!.*\b(?:how|what|where|which|who|whether)\b.*\b(?:is|are)[.!]?(?:\[\d+\])*\s*$)"
            r"(?!.*\bto [a-z]+ (?:with|to|of)[.!]?(?:\[\d+\])*\s*$)"  # "... to work with."
            # "... the process of choosing which untreated units to include."
            r"(?!.*\b(?:which|what|whom?)\b.*\bto include[.!]?(?:\[\d+\])*\s*$)"
            r".*\b(?:are|is|include|includes|(?:the|as) following|the|of|to|and|or|with|e\.g|i\.e"
            r"|essentially|basically|namely)"
            r"[.!]?(?:\[\d+\])*\s*$",
            re.MULTILINE | re.IGNORECASE,
        ),
    ),
)


_FENCED = re.compile(r"^```[\w+-]*\n.*?^```$", re.MULTILINE | re.DOTALL)
# an ellipsis quoted alone names itself (the Python glossary's "..." prompt), it cuts nothing
_QUOTED_ELLIPSIS = re.compile(r"([\"“])(?:…|\.\.\.)([\"”])")


def dirty_reasons(text: str) -> list[str]:
    """The cleaning rules ``text`` breaks (empty when clean). Code inside a fenced
    block is shown as code, so only the text around it is checked."""
    text = _FENCED.sub("- (code block)", text)  # a block under a lead-in, like a list
    text = _QUOTED_ELLIPSIS.sub(r"\1x\2", text)
    reasons = [name for name, pattern in _DIRTY if pattern.search(text)]
    if "dangling ending" in reasons and _not_english(text):
        reasons.remove("dangling ending")  # its words are English's: Dutch "... niet is."
    if _doubled_word(text):
        reasons.append("doubled word")
    lines = text.splitlines()
    if any(_open_aside(_MARKER.sub("", line)) for line in lines):
        reasons.append("unclosed bracket")
    for i, line in enumerate(lines):
        bare = _MARKER.sub("", line).rstrip()
        following = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
        if bare.endswith(":") and not following.startswith("- "):
            reasons.append("fragment ending ':'")
            break
    return reasons


def _open_aside(line: str) -> bool:
    """The line leaves an aside open: a bracket opened after a blank that nothing after it
    closes ("... in place. (WHO Simulation Exercise Manual.")."""
    return any(opens_aside(line, i) for i in unclosed_brackets(line))


def _not_english(text: str) -> bool:
    """The text is in a language other than English (glossary_language of its words)."""
    return glossary_language(Counter(words(text))) is not None


_SAME_WORD_OK = frozenset({"that", "had", "very", "bye", "knock"})


def _doubled_word(text: str) -> bool:
    """A word printed twice in a row ("Apache Hadoop Hadoop", "transformers Transformer"):
    a heading or link joined to text that repeats it. Upper-case tokens ("[MASK] [MASK]") are
    data; the same capitalized word twice after a lower-case one ("like Hodl Hodl") a name."""
    words = re.findall(r"[A-Za-z][\w-]+|\S", _MARKER.sub("", text))
    for w, x, y in zip(["", *words], words, words[1:], strict=False):
        a, b = x.lower().rstrip("s"), y.lower().rstrip("s")
        # "like Hodl Hodl": a name; "Apache Hadoop Hadoop": a name's last word repeated
        name = x == y and x[:1].isupper() and not w[:1].isupper()
        data = x.isupper() and y.isupper()
        if a == b and len(a) > 2 and a not in _SAME_WORD_OK and not data and not name:
            return True
    return False


def _flat(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def fact_present(fact: str | Sequence[str], answer: str) -> bool:
    """A fact (or any of its alternatives) is in the answer: case-insensitive,
    whitespace-collapsed, punctuation-insensitive substring match."""
    alternatives = [fact] if isinstance(fact, str) else list(fact)
    flat = _flat(_MARKER.sub(" ", answer))
    return any(_flat(alt) and _flat(alt) in flat for alt in alternatives)


def key_fact_recall(facts: Iterable[str | Sequence[str]], answer: str) -> float | None:
    facts = list(facts)
    if not facts:
        return None
    return sum(fact_present(f, answer) for f in facts) / len(facts)


def answer_row(
    question: Question, text: str, cited: Sequence[str], *, abstained: bool = False
) -> dict[str, float]:
    """The metrics of one answer; ``abstained``: the assistant said the glossary does not
    cover the question (an answerable one: a retrieval miss that no composer can fix)."""
    cited_set = set(cited)
    if not question.relevant:
        return {"no_citation": float(not cited_set)}
    good = cited_set & set(question.relevant)
    row = {
        "abstained": float(abstained),
        "citation_precision": len(good) / len(cited_set) if cited_set else 0.0,
        "answer_hit": float(bool(good)),
        "dirty": float(bool(dirty_reasons(text))),
        "words": float(len(_MARKER.sub("", text).split())),
    }
    recall = key_fact_recall(getattr(question, "must_include", ()), text)
    if recall is not None:
        # A refusal states no fact, even when its list of nearest entries names the term.
        row["key_fact_recall"] = 0.0 if abstained else recall
    return row


METRICS = (
    "citation_precision",
    "answer_hit",
    "key_fact_recall",
    "dirty",
    "abstained",
    "no_citation",
)
TABLE = ("n", *METRICS[:-1], "median_words", "no_citation")


def aggregate(rows: Sequence[tuple[str, Mapping[str, float]]]) -> dict[str, dict[str, float]]:
    """Means per kind and overall ("all"); words as a median."""
    out: dict[str, dict[str, float]] = {}
    for kind in ("all", *sorted({kind for kind, _ in rows})):
        group = [m for kd, m in rows if kind in ("all", kd)]
        values: dict[str, float] = {"n": len(group)}
        for name in METRICS:
            found = [m[name] for m in group if name in m]
            if found:
                values[name] = round(statistics.fmean(found), 4)
        words = [m["words"] for m in group if "words" in m]
        if words:
            values["median_words"] = statistics.median(words)
        out[kind] = values
    return out


def evaluate_answers(
    retriever: SupportsRetrieve, questions: Sequence[Question], *, k: int = 5
) -> dict[str, dict[str, float]]:
    """Answer metrics of the extractive answers, overall and per kind."""
    from rag_glossary.answer import Assistant

    assistant = Assistant(retriever, use_llm=False, k=k)
    rows = []
    for q in questions:
        answer = assistant.ask(q.question)
        abstained = not answer.covered
        rows.append((q.kind, answer_row(q, answer.text, answer.citations, abstained=abstained)))
    return aggregate(rows)


def answer_table(metrics: Mapping[str, Mapping[str, float]]) -> str:
    lines = ["| kind | " + " | ".join(TABLE) + " |", "|---|" + "---:|" * len(TABLE)]
    for kind, values in metrics.items():
        lines.append(f"| {kind} | " + " | ".join(_fmt(values.get(m)) for m in TABLE) + " |")
    return "\n".join(lines) + "\n"


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if float(value).is_integer() and value > 1:
        return str(int(value))
    return f"{value:.3f}"
