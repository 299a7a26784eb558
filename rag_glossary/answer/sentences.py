"""Sentences of a paragraph: pysbd where a stop may not end one, a plain split elsewhere;
a stray stop inside a phrase ("machine. learning") and a reply to a question ("? No.")
do not start a sentence."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from rag_glossary.lazy_re import lazy_regex

if TYPE_CHECKING:
    import pysbd

# "For square matrices only? No.": the reply keeps the question's meaning, so they stay one
_REPLY = lazy_regex(r"(?i)^(?:no|yes|nope|not really|not always|not quite|correct|wrong)[.!]?$")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


# Where a stop and a space may not end a sentence, pysbd decides: after an abbreviation
# or an initial ("e.g. BERT", "J. Smith"), in an ellipsis, before a closing quote or
# bracket, after a list number, before a lower-case word. Elsewhere a stop, a space
# and a capital end a sentence.
_RISKY = lazy_regex(
    r"\b(?i:e\.g|i\.e|etc|vs|cf|al|approx|dr|mr|mrs|ms|prof|figs?|eqs?|no|st|inc|ltd|jr|sr"
    r"|resp|ca|pp?|vol|eds?)\.|\b[A-Z]\.\s|\.\.|[.!?][\"'”’)\]`]|^\s*\d+\.|[.!?]\s+[a-z]"
)

# A stop and a space, where a sentence may end: ``_plain_split`` looks at what follows
_STOP_SPACE = lazy_regex(r"(?<=[.!?])\s+(?=\S)")
_OPENERS = "\"'“([`"  # a quote or bracket a sentence may open with


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph or item, with a short reply kept with its question."""
    out: list[str] = []
    for sentence in _split(text):
        if out and _abbreviation_stop(out[-1], sentence):
            out[-1] = f"{out[-1]} {sentence}"  # "Ex. string s = ...;", "npr. kuće", "tj. gdy"
        elif _stray_stop(out[-1] if out else "", sentence):
            out[-1] = f"{out[-1][:-1]} {sentence}"  # a stray stop in a phrase: "machine. learning"
        elif out and _goes_on(out[-1], sentence):
            out[-1] = f"{out[-1]}{'' if sentence[0] == ';' else ' '}{sentence}"
        elif out and out[-1].endswith("?") and _REPLY.match(sentence):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out


def abbreviation_goes_on(before: str, after: str) -> bool:
    """Whether the stop ending ``before`` is an abbreviation's that ``after`` continues
    ("Npr." + "možete ...", "(npr." + "mikrofon ...", "bzw." + "ggf. ...") or falls
    inside a bracket ``after`` closes ("(npr." + "Apple Music) preporučuju ...")."""
    if not before or not after:
        return False
    if _abbreviation_stop(before, after):
        return True
    return before.count("(") > before.count(")") and _closes(after)


def _abbreviation_stop(before: str, after: str) -> bool:
    """Whether the stop ending ``before`` is an abbreviation's that ``after`` goes on from
    ("Ex." + "string s = ...;", "npr." + "kuće", "bzw." + "ggf. mehr")."""
    if _ABBREVIATED.search(before) and after[:1].islower():
        return True
    return _short_abbreviation(before, after) or _consonant_abbreviation(before)


def _stray_stop(before: str, after: str) -> bool:
    """Whether the stop ending ``before`` falls inside a phrase ("machine. learning models"):
    the next piece starts lower-case and is no clause or "name: ..." of its own. A lower-case
    name opening a clause ("memberlist is eventually consistent", "etcd stores ...") starts
    a sentence."""
    if not (re.match(r"[a-z]{3,}\b", after) and re.search(r"\b[a-z]{3,}\.$", before)):
        return False
    return not (_CLAUSE.match(after) or _NAME_LABEL.match(after))


def _goes_on(before: str, after: str) -> bool:
    """Whether ``after`` is no sentence but the rest of ``before``: it opens with a semicolon
    ("; barley, 46 lbs."), or it is a fragment of one or two words (up to a
    comma or semicolon) after a number's unit ("Oats weigh 32 lbs." + "Per bu.; barley")."""
    if after[0] == ";":
        return True
    head = re.split(r"[;,]", after, maxsplit=1)[0]
    return len(head.split()) <= _UNIT_TAIL_WORDS and bool(_NUMBER_UNIT.search(before))


# A capitalised word of one to three letters and a stop ("Ex.", "Bsp.", "Np.", "Vgl."), a
# lower-case word after it: an abbreviation, which ends no sentence
_ABBREVIATED = lazy_regex(r"(?<![\w.])[A-Z][a-z]{0,2}\.$")
# A lower-case word of one to three letters and a stop after a comma, a bracket or another
# short abbreviation ("..., npr.", "(tj.", "..., pl.", "pvz. el."): an abbreviation that
# introduces what follows
_LOWER_ABBREVIATED = lazy_regex(r"(?:[,(]|(?<!\w)[^\W\d_]{1,4}\.)\s*[^\W\d_]{1,3}\.$")


def _short_abbreviation(before: str, after: str) -> bool:
    """``before`` ends on a short lower-case abbreviation after a comma or bracket and
    ``after`` opens lower-case, with no clause or "name: ..." of its own."""
    found = _LOWER_ABBREVIATED.search(before)
    if not found or not found.group(0)[-2].islower() or not after[:1].islower():
        return False
    return not (_CLAUSE.match(after) or _NAME_LABEL.match(after))


# A lower-case Latin word of two or three consonants and a stop after a word or a comma
# (Hungarian "például" -> "pl.", Latvian "galvenokārt" -> "gk.", "npr.", "tj.", "bkz."):
# an abbreviation, no word that ends a sentence, also before a capital ("pl. Java", "gk.
# Āzijas"); a unit after a number ("5 kg.") is left to ``_goes_on``; one letter is a
# variable ("of x. T is"), and a word after an article a noun ("a tx. Opposite of")
_CONSONANTS = lazy_regex(
    r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_], ))(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Tt]he )"
    r"[b-df-hj-np-tv-xz]{2,3}\.$"
)


def _consonant_abbreviation(before: str) -> bool:
    """Whether ``before`` ends on such an abbreviation, which the next piece continues."""
    found = _CONSONANTS.search(before)
    return found is not None and not _LIST_END.search(before, 0, found.start())


# The last item of a list of short items ("Python, Ruby, JavaScript, stb.", "int, num,
# str."): the consonants end the list, or are its "etc."
_LIST_END = lazy_regex(r",\s*[^\s,]+(?: [^\s,]+)?,\s*$")


_UNIT_TAIL_WORDS = 2
_NUMBER_UNIT = lazy_regex(r"\d \w{1,4},?\.$")  # "32 lbs.", "12 in.", "5 ft."


# A lower-case name labelling what follows ("valor. arcsin: [−1, 1] → [−π/2, π/2].")
_NAME_LABEL = lazy_regex(r"[a-z][\w-]*:\s")
# A subject word then, within two words, a finite verb: "memberlist is ...", "kubectl can ...".
_CLAUSE = lazy_regex(
    r"[a-z][\w-]*(?:\s+\S+)?\s+(?:is|are|was|were|has|have|had|can|could|will|would|may|might"
    r"|must|should|does|do|did|provides|stores|manages|runs|uses|allows|lets|means|refers)\b"
)


def _split(text: str) -> list[str]:
    flat = re.sub(r"\s*<!>\s*", ". ", " ".join(text.split()))  # "<!>" separates notes
    if "|" in flat:
        flat = _BAR_DANDA.sub("\u0964", flat)
    spans: list[str] = []
    flat = _CODE.sub(lambda m: _hide(m.group(0), spans), flat)
    flat = _DOT_NAME.sub(lambda m: _hide(m.group(0), spans), flat)
    flat = _BRACKET_DOT.sub(lambda m: _hide(m.group(0), spans), flat)
    risky = _RISKY.search(flat)
    flat = _NEVER_FINAL.sub(lambda m: _hide(m.group(0), spans), flat)
    if "." in flat:
        flat = _DOTTED.sub(lambda m: _abbreviated(m, spans), flat)
    if len(flat) < 40 or not re.search(r"[.!?]\s+\S", flat):
        parts = [flat]
    elif not risky:  # plain prose: split at stops, as pysbd would (and faster)
        parts = _plain_split(flat)
    else:
        parts = [s.strip() for s in _segmenter().segment(flat) if s.strip()]
    if _CASELESS_STOP.search(flat):
        parts = [s for part in parts for s in _CASELESS_STOP.split(part) if s]
    return [_HIDDEN.sub(lambda m: spans[int(m.group(1))], part) for part in parts]


def _plain_split(flat: str) -> list[str]:
    """``flat`` split where a stop and a space come before a digit, a bracket, a backtick
    or a capital A-Z, after an opening quote or not ("… here. (See", "… it. \"The"), as
    pysbd would; not inside a bracket that closes later ("(Prevalence and incidence. WHO
    Bulletin 1966;35:783-784)"). Capitals of other scripts start no sentence here (round
    58 CY: splitting Cyrillic prose at ". Х" cost dotnet and backgammon answers)."""
    parts: list[str] = []
    start = 0
    for stop in _STOP_SPACE.finditer(flat):
        first = flat[stop.end()]
        if first not in "(`":
            char = flat[stop.end() + 1 : stop.end() + 2] if first in _OPENERS else first
            if not ("0" <= char <= "9" or "A" <= char <= "Z" or char in "(`"):
                continue
        piece = flat[start : stop.start()]
        if piece.count("(") > piece.count(")") and _closes(flat[stop.end() :]):
            continue  # inside a bracket: "(WHO Simulation Exercise Manual. HO-WHE-…)"
        parts.append(piece.strip())
        start = stop.end()
    parts.append(flat[start:].strip())
    return [part for part in parts if part]


def _closes(rest: str) -> bool:
    """Whether ``rest`` closes a bracket before it opens one."""
    found = re.search(r"[()]", rest)
    return found is not None and found.group(0) == ")"


# A stop that always ends a sentence: the Devanagari danda and double danda (।, ॥), the
# look-alike Bengali pages type for the danda (৷, U+09F7, a currency sign), the
# Arabic question mark and the Urdu full stop (؟, ۔), Armenian's full stop (։), Ethiopic's
# (።); and a Latin stop before a word of a script without capitals (Devanagari to
# Sinhala, Arabic, Hebrew, Ethiopic), which no capital can announce: "... और जानें. यह ...",
# after a word of such a script or a closing bracket or quote (round 59 FT: Tamil's "மதி
# (intellect) + மயக்கம் (delusion). AI ...", "(cache). மாற்றுநர் ...")
_CASELESS_STOP = lazy_regex(
    r"(?<=[\u0964\u0965\u09f7\u061f\u06d4\u0589\u1362])\s+"
    r"|(?<=[\u0900-\u0dff\u0590-\u06ff\u1200-\u137f)\]\"\u201d\u2019][.!?])\s+"
    r"(?=[\u0900-\u0dff\u0590-\u06ff\u1200-\u137f])"
)


# A vertical bar typed for the danda after a word of an Indic script, or its bracket
# ("... তৈরি করা) |"): the danda it stands for (a table's bars sit between Latin cells or
# open a row; rows are no paragraphs)
_BAR_DANDA = lazy_regex(
    r"(?<=[\u0900-\u0dff])\s?\|(?=\s|$)|(?<=[\u0900-\u0dff][)\"”])\s?\|(?=\s|$)"
)


# An abbreviation that introduces what follows never ends a sentence ("GR (aka. Graph
# Reachability)", "cf. Chapter 3", "e.g.", "i.e.", "vs.", "viz."), and "etc." does not
# before a lower-case word, nor "et." before "al." (Texinfo's "Solaris, et.\ al."), nor
# does a dotted one of short parts in any language (Swedish "t.ex. av vatten", Danish
# "f.eks. vælger", "m.fl. faktorer", "U.S. dollars"): like code spans, they are hidden
# while the paragraph is split.
_NEVER_FINAL = lazy_regex(
    r"(?<![\w.])(?:[Aa]\.?[Kk]\.?[Aa]|AKA|[Ee]\.\s?[Gg]|[Ii]\.\s?[Ee]|[Cc]f|vs|viz)\.(?=\s)"
    r"|(?<![\w.])etc\.(?=\s+[a-z])"
    r"|(?<![\w.])et\.(?=\s+al\b)"
)
# A run of short dotted parts, spaced or not, in any script ("t.ex.", "u.c.", "т.е.", "и
# т.д.", Latvian "u. tml.", German "z. B.", "d. h."): an abbreviation, which ends no
# sentence before a lower-case word, a comma, semicolon, colon or closing bracket; before
# a capital its last stop may end one, but its parts stay together (``_abbreviated``).
# Spaced only after a one-letter first part: "it. Ex. A flywheel ..." is two sentences.
_DOTTED = lazy_regex(
    r"(?<![\w.])(?:[^\W\d_]\.(?: ?[^\W\d_]{1,4}\.)+|[^\W\d_]{2,3}\.(?:[^\W\d_]{1,4}\.)+)"
)
# A stop inside a code span ("`.txt` means", "notation `.` (dot)") ends no sentence: the
# spans are hidden behind a word while the paragraph is split.
_CODE = lazy_regex(r"`[^`\n]+`")
# A name that starts with a dot glued to a word (".NET", ".whl", ".gitignore") holds no
# stop: pysbd would end a sentence before it ("implementation of ." + "NET is ..."). Hidden
# like a code span, a stop and a space before it still end one ("... in C#. .NET is ...").
_DOT_NAME = lazy_regex(r"(?<![^\s(\[\"'“‘])\.[^\W_][\w+#-]*(?:\.[^\W_][\w+#-]*)*")
# A dot standing between the items of a bracket ("(A . B)", "(A . ((B . NIL) . (C . NIL)))",
# Lisp's dotted pairs) is notation, no stop.
_BRACKET_DOT = lazy_regex(r"(?<=\S) \.(?= (?:\(|[^\s().]+\)))")
_HIDDEN = lazy_regex(r"Codespan(\d+)x")


def _abbreviated(match: re.Match[str], spans: list[str]) -> str:
    """A dotted abbreviation hidden whole where nothing can start after it (a lower-case
    word, a comma or a bracket); before anything else its parts hidden together and its
    last stop left to end a sentence, unless its parts are a name's initials ("J. R. R.
    Tolkien"), which pysbd keeps with the name."""
    text, rest = match.group(0), match.string[match.end() :]
    goes_on = re.match(r"[,;:)\]]|\s+[(\[\"“]?(\w)", rest)
    after = goes_on.group(1) if goes_on else None
    if goes_on and (not after or after.islower() or after.isdigit()):
        return _hide(text, spans)
    if " " not in text or not text[0].islower():
        return text  # "U.S. Army", "J. R. R. Tolkien": as before
    if re.search(r"(?<!\w)\w\.$", text):  # "z. B. Äpfel", "d. h. Die": a one-letter end
        return _hide(text, spans)
    return _hide(text[:-1], spans) + "."


def _hide(span: str, spans: list[str]) -> str:
    spans.append(span)
    return f"Codespan{len(spans) - 1}x"
