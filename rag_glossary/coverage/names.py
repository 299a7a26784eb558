"""What entries' names and definitions say: acronyms, both halves of a
"BLEU (Bilingual Evaluation Understudy)" title, and a definition's genus."""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Sequence

from rag_glossary.coverage.keyterms import phrase_key, words
from rag_glossary.models import Entry

_GENUS_WORDS = 6
_GENUS_KINDS = frozenset(str.split("type kind form class family sort variant"))
_MIN_INNER_WORD = 4  # a word inside a compound: inter|quartile
_GENUS_END = frozenset(str.split("that which who whose where when used to for of in with is are"))
_PARENTHESIS = re.compile(r"^(.+?)\s*\(([^()]+)\)\s*$")
# "A company previously known as Facebook", "also called a bridge table or ...":
# the other names a definition gives its term.
_ALIAS_CUE = re.compile(
    r"\b(?:(?:also|previously|formerly|commonly|sometimes|often) (?:known as|called|named"
    r"|referred to as)|known as|referred to as|aka|a\.k\.a\.?)\s+([^\n.,;:()\[\]]+)",
    re.IGNORECASE,
)
_ALIAS_MAX_WORDS = 4
_OPENING_CHARS = 300


def entry_names(entry: Entry) -> list[str]:
    """Title and aliases, both halves of a "BLEU (Bilingual Evaluation Understudy)"
    title, and the names the definition's opening sentence gives ("also known as X")."""
    names = [entry.title, *entry.aliases]
    for name in list(names):
        if parts := _PARENTHESIS.match(name):
            names.extend(parts.groups())
    names += defined_aliases(entry.body)
    return names + [v for n in names if (v := numeral_variant(n)) != n]


_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
_ARABIC = {v: k for k, v in _ROMAN.items()}


def numeral_variant(name: str) -> str:
    """ "Type II Error" is also "type 2 error", "Type 1 Error" also "type i error": a
    numeral after a word, said the other way (a first word is a name: "IV regression")."""
    said = name.split()
    swapped = [
        w if at == 0 else _ROMAN.get(w.lower(), _ARABIC.get(w, w)) for at, w in enumerate(said)
    ]
    return " ".join(swapped) if swapped != said else name


def defined_aliases(body: str) -> list[str]:
    """ "A company previously known as Facebook": ["Facebook"]; only the opening sentence."""
    opening = re.split(r"(?<=[.!?])\s", body.strip()[:_OPENING_CHARS], maxsplit=1)[0]
    found: list[str] = []
    for match in _ALIAS_CUE.finditer(opening):
        for alias in re.split(r"\s+(?:or|and)\s+", match.group(1).strip(" \"'*")):
            said = [w for w in words(alias) if w not in ("a", "an", "the")]
            if 1 <= len(said) <= _ALIAS_MAX_WORDS and len("".join(said)) >= 2:
                found.append(" ".join(said))
    return found


def describes_a_kind(question: str) -> bool:
    """ "a test to compare ...", "the distribution you use when ...": a bare description."""
    said = words(question)
    return len(said) >= 4 and said[0] in ("a", "an", "the", "some", "any")


def genus(body: str) -> tuple[str, ...]:
    """What a definition says its term is: "A continuous probability distribution [that]",
    "An Autoencoder is a [type of] Neural Network model [whose] ..."."""
    said = words(body)[: _GENUS_WORDS * 2]
    opening = list(itertools.takewhile(lambda w: w not in _GENUS_END, said[:_GENUS_WORDS]))
    if len(opening) < len(said) and said[len(opening)] in ("is", "are"):
        said = said[len(opening) + 1 :]  # "X is a ...": what follows
    head: list[str] = []
    for word in said:
        if word == "of" and head and head[-1] in _GENUS_KINDS:
            head.pop()  # "a type of network": a network
            continue
        if word in _GENUS_END or len(head) >= _GENUS_WORDS:
            break
        head.append(word)
    return phrase_key(head)


def spells(acronym: str, key: Sequence[str], known: Container[str] = frozenset()) -> bool:
    """Whether each word of ``key``, in order, gives ``acronym`` its first letter and maybe
    the first letter of a ``known`` word inside it ("iqr": inter|quartile range; "sem":
    standard error mean). "MSE" is not Matryoshka Embeddings, nor "MLE" Mutually exclusive."""
    if not key or len(acronym) < len(key) or acronym[0] != key[0][0]:
        return False
    if len(key) == 1:
        return _inner(acronym[1:], key[0], known)
    return any(
        _inner(acronym[1:cut], key[0], known) and spells(acronym[cut:], key[1:], known)
        for cut in range(1, len(acronym) - len(key) + 2)
    )


def _inner(letters: str, word: str, known: Container[str]) -> bool:
    """Each letter starts a known word inside ``word`` (a compound: "interquartile")."""
    start = 1
    for letter in letters:
        at = next(
            (
                j
                for j in range(start, len(word) - _MIN_INNER_WORD + 1)
                if word[j] == letter and word[j:] in known
            ),
            None,
        )
        if at is None:
            return False
        start = at + 1
    return True


# "Automatic Mixed Precision", "[Local Interpretable Model-agnostic Explanations]": a run of
# capitalized words (a hyphenated one is one word); its initials are an acronym it spells out
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|[^\sA-Za-z]+|\n")
_RUN_OPENERS = frozenset(str.split("the a an this these in on for of and or see"))
_RUN_WORDS = range(2, 7)


def spelled_acronyms(text: str) -> set[str]:
    """The acronyms a text spells out by a run of 2 to 6 capitalized words."""
    found: set[str] = set()
    run: list[str] = []
    for token in [*_TOKEN.findall(text), "\n"]:
        if token[0].isupper() or (run and token[0].isalpha() and not token.islower()):
            run.append(token)  # "SHapley Additive exPlanations": a capital inside counts
            continue
        if run and run[0].lower() in _RUN_OPENERS:
            run = run[1:]
        if len(run) in _RUN_WORDS:
            found.add("".join(w[0] for w in run).lower())
            found.add("".join(c for w in run for c in w if c.isupper()).lower())
        run = []
    return found


# "neuro" begins neuroscience and neurological; a shorter file-name word ("ml", "ux",
# "gpu") begins too many unrelated words to be read as their stem
_FIELD_STEM_LEN = 5
_FIELD_SHARE = 0.5  # a word in more than half the entries is the glossary's subject


def field_words(entries: Sequence[Entry], doc_freq: dict[str, int]) -> frozenset[str]:
    """The words naming the glossary's own field: those of its files' names
    ("ux-glossary.md", "docker-glossary.yaml") and any word most of its entries use.

    A user adds such a word to say which field a term is from ("edge cases ux",
    "dropout ml"); it is no word of the term's name."""
    named = {w for e in entries for w in source_words(e.source)}
    shared = {w for w, n in doc_freq.items() if n > _FIELD_SHARE * len(entries)}
    return frozenset(named | shared)


def source_words(source: str) -> set[str]:
    """The words of a source's name ("ux-glossary" -> ux, glossary), numbers left out."""
    return {w for w in words(source) if len(w) >= 2 and not w.isdigit()}


def names_field(
    said: Sequence[str], field: frozenset[str], named: frozenset[str], *, at_end: bool = False
) -> bool:
    """Whether these words name the glossary's field: one field word, two words a file
    name writes as one ("game dev" for "gamedev-glossary"), or, after the name, a word a
    long enough file-name word begins ("double dissociation neuroscience"; before a name
    such a word modifies it: "bayesian information criterion" is no criterion)."""
    if len(said) == 2:
        return "".join(said) in named
    word = said[0]
    if word in field:
        return True
    return at_end and any(len(f) >= _FIELD_STEM_LEN and word.startswith(f) for f in named)
