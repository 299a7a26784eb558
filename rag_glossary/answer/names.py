"""Entry names: the clean title, the acronyms and qualifier an entry goes by, whether a
text or a question's term names an entry, and whether two entries of one acronym say
the same thing."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rag_glossary.answer.overlap import stem
from rag_glossary.answer.segment import entry_units
from rag_glossary.coverage.names import defined_aliases, names_field, source_words
from rag_glossary.lazy_re import cached_regex, lazy_regex
from rag_glossary.lexical import tokenize
from rag_glossary.models import Entry, Hit
from rag_glossary.terms import normalize
from rag_glossary.title_parts import name_words
from rag_glossary.word_marks import ends_word, whole_word


@lru_cache(maxsize=16384)
def core(name: str) -> str:
    # "638. Contamination": a glossary's list number is no part of the name
    name = _LIST_NUMBER.sub("", unicodedata.normalize("NFKC", name))  # "SO₂" is "so2"
    words = normalize(re.sub(r"\(.*?\)", " ", name)).split()
    # "Type II Error" and "type 2 error" are one name: a numeral after a word, in digits
    words = [w if at == 0 else _ROMAN.get(w, w) for at, w in enumerate(words)]
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


_LIST_NUMBER = lazy_regex(r"^\s*\d{1,4}[.)]\s+(?=\S)")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}


_ACRONYM_WORD = lazy_regex(r"[A-Z][A-Za-z0-9-]{1,7}")


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM_WORD.fullmatch(text)) and sum(c.isupper() for c in text) >= 2


def qualifier(title: str) -> str:
    """What a title's parentheses add when they are neither an acronym nor the expansion
    of one: "Transformers (Hugging Face)" -> "hugging face", "LSTM (Long ...)" -> ""."""
    outside = re.sub(r"\s*\(.*?\)", "", title).strip()
    found = [p for p in re.findall(r"\(([^)]*)\)", title) if not _is_acronym(p.strip())]
    return "" if not found or _is_acronym(outside) else normalize(" ".join(found))


def acronyms(hit: Hit) -> set[str]:
    """The acronyms an entry goes by: upper-case aliases and "(MoE)" in its title."""
    found = {a for a in hit.entry.aliases if re.fullmatch(r"[A-Z][A-Za-z0-9-]{1,7}", a)}
    found.update(re.findall(r"\(([A-Z][A-Za-z0-9-]{1,7})\)", hit.title))
    return {a.upper() for a in found if sum(c.isupper() for c in a) >= 2}


# A short title whose stop closes an abbreviation is a name ("ibid.", "id.", "infra.",
# "Opus/Op."); a longer one ending in "." is a sentence or a cut quotation.
_ABBREVIATION_TITLE = lazy_regex(r"(?:\S+\s)?[^\s.]*\b\w{1,6}\.")


def clean_title(title: str) -> str:
    """The title when it is a name (not a sentence or a cut quotation), else ""."""
    title = " ".join(title.split())
    words = title.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        title = " ".join(words[:half])  # "Sales process Sales process": a caption read twice
    sentence_like = re.search(r"(?i)\b(is|are|was|were|can|should|will|we|you)\b", title)
    sentence_like = sentence_like or _USE_AS_VERB.search(title)
    # "Step down / LOC length of cut / DOC depth of cut / ...": as long as its longest name
    cut = title.endswith(("…", ":", "?")) or name_words(title) > 10
    cut = cut or (title.endswith(".") and not _ABBREVIATION_TITLE.fullmatch(title))
    cut = cut or bool(re.search(r"[<>=|]|--", title))
    return "" if cut or sentence_like else title


# "use" is a verb when an object follows it ("Model uses attention"); a noun at the end
# ("Off-label use"), before "of" ("Compassionate use of a medicinal product") or in
# Title Case inside a name ("Public Use Microdata Area")
_USE_AS_VERB = re.compile(r"(?:^(?i:use|uses)|\b(?:use|uses))\b(?! *$| of\b| *[)\],;])")


def mentions(text: str, name: str) -> bool:
    """The text names the term, give or take a category word ("... Algorithm")."""
    name_core = core(name)
    if not name_core:
        return False
    text_core = core(text)
    one_word = len(name_core.split()) == 1
    if one_word and (also := qualifier(name)) and core(also) not in _bracket_words(text):
        return False  # "transformer-based" does not name "Transformers (Hugging Face)"
    word = rf"(?<![a-z0-9]){re.escape(name_core)}(?:es?|s|e?d|ing)?(?![a-z0-9])"
    if name_core in text_core and cached_regex(word).search(text_core):
        return True  # a whole word ("poaching" names "poach"); "lipoly" is no "lipo"
    short = TRAILING_KIND.sub("", name_core)  # "monte carlo tree search algorithm"
    if short == name_core or short not in text_core:
        return False  # (the pattern says the name as written: no text without it matches)
    opens = cached_regex(rf"(?:(?:a|an|the)\s+)?{re.escape(short)}{ends_word(short)}").match(
        text_core
    )
    return opens is not None  # its subject


def _bracket_words(text: str) -> str:
    """The text's core with its brackets' words kept: "Matka (trip) kuvaa ..." says "trip"."""
    return core(re.sub(r"[()]", " ", text))


def given_names(hit: Hit) -> tuple[str, ...]:
    """Title, aliases, and the other names the definition's opening sentence gives ("also
    called the cubitus"): the names the coverage lookup finds the entry by."""
    return (hit.title, *hit.entry.aliases, *defined_aliases(hit.entry.body))


def names_term(hit: Hit, term: str) -> bool:
    """The entry is titled (or aliased) ``term`` in any word order and give or take a
    category word ("Markov Chain Monte Carlo (MCMC) Algorithm"), or ``term`` is its acronym."""
    return _names_term(hit.title, hit.entry, term)


@lru_cache(maxsize=8192)
def _names_term(title: str, entry: Entry, term: str) -> bool:
    # asked of the same hits again and again while one answer is composed
    hit = _as_hit(title, entry)
    term_core = core(term)
    if not term_core:
        return False
    names, bags = _entry_names(hit.title, tuple(hit.entry.aliases), hit.entry.body)
    said = [term_core, *_field_dropped(term_core, hit.entry.source)]
    return any(t in names or (_bag(t) and _bag(t) in bags) for t in said) or names_acronym(
        hit, term
    )


@lru_cache(maxsize=4096)
def _entry_names(
    title: str, aliases: tuple[str, ...], body: str
) -> tuple[frozenset[str], frozenset[frozenset[str]]]:
    """The cores of an entry's given names and of its title's qualifier, and their bags
    (the same hits recur from question to question; answer_first.py composes per search)."""
    names = {core(n) for n in (title, *aliases, *defined_aliases(body))}
    also = qualifier(title)  # "Type II error (false negative)" is also "false negative"
    if also and not re.match(r"(?:in|for|of|on|with|as|e g|i e|see)\b", also):
        names.add(core(also))
    return frozenset(names), frozenset(map(_bag, names))


def _field_dropped(term_core: str, source: str) -> list[str]:
    """ "gpu dram" in the gpu glossary: the term without a first or last word that names
    the glossary's field (a word of its file's name), as the coverage lookup reads it."""
    field = frozenset(source_words(source))
    said = term_core.split()
    ends = [(said[n:], said[:n], False) for n in (1, 2)]
    ends += [(said[:-n], said[-n:], True) for n in (1, 2)]
    return [
        " ".join(kept)
        for kept, end, at_end in ends
        if kept and names_field(end, field, field, at_end=at_end)
    ]


def dropped_category(hit: Hit, term: str) -> str:
    """The category words the term adds to the entry's name when the entry is named only
    by dropping them ("image layer" names Image give or take "layer"), else ""."""
    term_core = core(term)
    names = {core(n) for n in (hit.title, *hit.entry.aliases)}
    if not term_core or term_core in names or names_acronym(hit, term):
        return ""
    said = {w for n in names for w in n.split()}
    return " ".join(w for w in term_core.split() if w in _CATEGORY and w not in said)


# after the term that opens a text: a label's colon, a copula, a bracket or the sentence's end
_DEFINES_AFTER = r"\s*(?:[:(—–,.]|-\s|$|\s+(?:is|are|refers|means|stands)\b)"


def opens_with_term(hit: Hit, term: str) -> bool:
    """The entry's text opens with the term as its label or subject ("mTLS: Mutual TLS:
    both sides authenticate ..."): the entry defines the term its title abbreviates, where
    another entry only mentions it ("... with retries and mutual TLS")."""
    words = [re.escape(w) for w in re.findall(r"[a-z0-9]+", term.lower())]
    words = words[1:] if words[:1] in (["a"], ["an"], ["the"]) else words
    if not words:
        return False
    name = r"[\s_-]+".join(words)
    opening = rf"(?i)\W*(?:(?:a|an|the)\s+)?{name}{_DEFINES_AFTER}"
    return cached_regex(opening).match(hit.entry.body.lstrip()) is not None


HEAD_CONTEXT_WORDS = 4  # "false negative in hypothesis testing": the context's words at most
_CONTEXT_WORD = r"(?:in|for|within|when|during|under|inside|on|at|of|used|applied)"


def heads_term(hit: Hit, term: str) -> bool:
    """The entry's name opens the term and the rest is context: "false negative in
    hypothesis testing" is about "Type II error (false negative)", not hypothesis testing."""
    return _heads_term(hit.title, hit.entry, term)


@lru_cache(maxsize=8192)
def _heads_term(title: str, entry: Entry, term: str) -> bool:
    hit = _as_hit(title, entry)
    term_core = re.sub(r"^(?:a|an|the)\s+", "", core(term))
    names = {core(n) for n in given_names(hit)}
    names.update(a.lower() for a in acronyms(hit))  # "ARD in earth observation"
    if also := qualifier(hit.title):
        names.add(core(also))
    # a long rest asks something of the term ("convolution in the spatial domain equal to
    # in the frequency domain"), it does not qualify it
    context = rf"\s+{_CONTEXT_WORD}(?:\s+\S+){{1,{HEAD_CONTEXT_WORDS}}}$"
    # "ARD meaning in earth observation": a word asking what the name means may follow it
    asks = r"(?:\s+(?:meaning|definition|abbreviation|acronym))?"
    return any(
        n
        and term_core.startswith(n)
        and cached_regex(rf"{re.escape(n)}{asks}{context}").match(term_core)
        for n in names
    )


_CATEGORY = frozenset(
    (
        *("algorithm", "model", "method", "function", "architecture", "system", "technique"),
        *("process", "loss", "dataset", "benchmark", "mechanism", "metric", "layer"),
        *("framework", "the", "of", "a", "an"),
    )
)


_KIND = frozenset(("agent", "system", "architecture", "approach", "loss", "function", "model"))


# matched against ``core`` names, which drop a plural "s": "process" reads "proces"
TRAILING_KIND = lazy_regex(
    r"(?:\s+(?:algorithm|model|architecture|method|function|system|technique|process?))+$"
)


def names_something(words: str) -> bool:
    """The words hold more than category words and articles ("model" names nothing)."""
    return bool(_bag(core(words)))


def _bag(name: str) -> frozenset[str]:
    return frozenset(stem(t) for t in name.split() if t not in _CATEGORY)


def names_acronym(hit: Hit, acronym: str) -> bool:
    """The entry is the acronym's: an alias, "(ACRONYM)" in a title that is a name, or
    its text opens by spelling the title out with it ("The Vision Transformer (ViT) ...")."""
    return _names_acronym(hit.title, hit.entry, acronym)


@lru_cache(maxsize=8192)
def _names_acronym(title: str, entry: Entry, acronym: str) -> bool:
    # the same hits recur from question to question (answer_first.py composes per search)
    hit = _as_hit(title, entry)
    if any(alias.lower() == acronym.lower() for alias in hit.entry.aliases):
        return True
    title = " ".join(hit.title.split())
    spelled = rf"{re.escape(title)}\s*\({re.escape(acronym)}\)"
    one_word = re.fullmatch(r"[A-Za-z][A-Za-z0-9-]{1,7}", acronym) is not None
    body = hit.entry.body[:300]
    bracketed = f"({acronym})"
    if (
        one_word
        and "(" in body
        and may_say(bracketed, body)
        and may_say(title, body)
        and cached_regex(spelled, re.IGNORECASE).search(body)
    ):
        return True
    bracket = rf"\({re.escape(acronym)}\)"  # compiled only for a title that may say it
    said = "(" in hit.title and may_say(bracketed, hit.title)
    in_title = said and cached_regex(bracket, re.IGNORECASE).search(hit.title)
    if in_title and clean_title(hit.title) and not hit.title.endswith(":"):
        return True
    return one_word and initials_spell(hit, acronym)


def may_say(part: str, text: str) -> bool:
    """``text`` may hold ``part`` ignoring case: False only when both are ASCII and it does
    not. A test before compiling a case-blind pattern from a name: a question's term met
    with each hit's title compiled a pattern per pair (``re`` also folds "ı" and "K" to
    ASCII letters, hence no verdict on other text)."""
    return not (part.isascii() and text.isascii()) or part.lower() in text.lower()


def said_words(hit: Hit) -> frozenset[str]:
    """The stems of every word the entry's title, aliases and text say."""
    return _said_words(hit.title, hit.entry)


@lru_cache(maxsize=4096)
def _said_words(title: str, entry: Entry) -> frozenset[str]:
    return frozenset(stem(t) for t in tokenize(" ".join((title, *entry.aliases, entry.body))))


def _as_hit(title: str, entry: Entry) -> Hit:
    return Hit(entry.id, title, entry.source, entry.url, "", 0.0, entry)


def initials_spell(hit: Hit, acronym: str) -> bool:
    """ "Astronomical unit" is AU when its text writes "AU": the title's words, by their
    initials, spell the acronym and the text uses it in capitals."""
    title = re.sub(r"\s*\(.*?\)", "", clean_title(hit.title))
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z0-9]+", title)).lower()
    if len(initials) < 2 or initials != acronym.lower():
        return False
    return re.search(whole_word(acronym.upper()), hit.entry.body) is not None


SAME_EXPANSION = 2 / 3  # share of the shorter expansion's words the other must contain
SAME_TEXT = 0.5  # share of the shorter body's words the other must contain


def alike(a: Hit, b: Hit) -> bool:
    """Two entries of one acronym say the same thing: their expansions mostly agree
    ("Mixture Of Local Experts", "Mixture-Of-Experts Architecture") or their texts
    mostly overlap. Otherwise the acronym has several meanings (MAE)."""
    bags = [_bag(core(re.sub(r"\(.*?\)", " ", h.title))) - _KIND for h in (a, b)]
    if all(bags) and len(bags[0] & bags[1]) >= SAME_EXPANSION * min(map(len, bags)):
        return True
    return texts_alike(a, b)


def texts_alike(a: Hit, b: Hit) -> bool:
    texts = [{stem(t) for t in tokenize(h.entry.body)} for h in (a, b)]
    return all(texts) and len(texts[0] & texts[1]) >= SAME_TEXT * min(map(len, texts))


def says_name(name: list[str], text: str) -> bool:
    """The text says every word of the name, some of them perhaps by their initials
    ("IV regression" says "instrumental variable regression")."""
    said = {stem(t) for t in tokenize(text)}
    for start in range(len(name)):
        for end in range(start + 2, len(name) + 1):
            if "".join(w[0] for w in name[start:end]) in said:
                said.update(name[start:end])
    return set(name) <= said


_ARROW = lazy_regex(r"\s*<-+\s*|\s*-+>\s*")


def entry_label(hit: Hit) -> str:
    """How to name an entry in a list: its title, or, when the title is a cut
    quotation ("…never make it to…"), the entry's first sentence if short. A title of
    marks only (Python's "..." and ">>>" prompts) is quoted: bare, "..." reads as a cut."""
    title = " ".join(hit.title.split())
    if title and not any(c.isalnum() for c in title):
        return f'"{title}"'
    if not title.endswith("…"):
        return _ARROW.sub(": ", title)  # "simplicity <--- pythonic": "simplicity: pythonic"
    first = next((u.text for u in entry_units(hit.entry) if u.kind == "sentence"), "")
    if first and len(first.split()) <= 20:
        return first.rstrip(".")
    return title.rstrip("…").rsplit(" ", 1)[0]


# "Acronym for Open Scalable Request Framework ...", "The International Standard ...": what
# may come before a text's opening expansion
_SPELLS_FOR = lazy_regex(r"(?i)(?:(?:a|an|the)\s+|(?:acronym|abbreviation|short|stands)\s+for\s+)")
_BRACKETED = lazy_regex(r"(.+?)\s*\(([^()]+)\)")


def short_lead(name: str, text: str) -> str:
    """The name that leads ``text``: without its bracketed expansion when the text opens
    with it ("ISSN: International Standard Serial Number is ...", not "ISSN (International
    Standard Serial Number): International Standard Serial Number is ...")."""
    found = _BRACKETED.fullmatch(name)
    if found is None or len(found.group(2).split()) < 2:
        return name
    opening = text[m.end() :] if (m := _SPELLS_FOR.match(text)) else text
    expansion = normalize(found.group(2))
    said = normalize(opening[: len(found.group(2)) + 8])
    return found.group(1) if f"{said} ".startswith(f"{expansion} ") else name
