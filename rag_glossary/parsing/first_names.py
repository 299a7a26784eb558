"""Other names a definition's first sentence gives its own term (round 48): an opening
phrase (``Also known as APY, it indicates ...``, ``Short for pull request.``), an
apposition after the term's name (``Chromatic aberration, also known as color fringing,
is ...``, ``Deep fat frying (or simply "deep frying") is ...``), a name spelled out by the
term's short form (``GIF stands for Graphics Interchange Format.``), and an acronym with
its expansion opening the sentence as its subject (``Protokol AMQP (Advanced Message
Queueing Protocol) je ...``, ``The Adversarial Robustness Toolbox (ART) is ...``), and a
subject that is the title with one word put another way (round 54: ``Přímá metoda je ...``
under ``Direct – metoda``). The phrases are English's and the glossary language's
(data/name_phrases.json)."""

from __future__ import annotations

import re
from collections.abc import Collection

from rag_glossary.acronyms import looks_like_acronym, spelled_by, word_list
from rag_glossary.everyday import everyday_in, everyday_words
from rag_glossary.loose_acronyms import loosely_spelled
from rag_glossary.parsing.body_names import MAX_ALIAS_SOURCE, opening_names
from rag_glossary.parsing.inline import display_title
from rag_glossary.parsing.name_phrases import NamePhrases, has_phrases, name_phrases

__all__ = ["first_sentence_names"]

_MAX_WORDS = 5
_SENTENCE_END = re.compile(r"[.!?](?=\s+[^\W\d_]|\s*$)|\n")
_QUOTES = "\"'“”‘’«»„"
# "In linear algebra, a QR decomposition, also known as ...": a context the sentence opens with
_CONTEXT = re.compile(r"^in\s+[^,()]{1,40},\s+", re.IGNORECASE)
_ADVERBS = r"(?:(?:sometimes|often|also|commonly|more\s+commonly|occasionally|usually)\s+)*"
_OPEN_SUBJECT = re.compile(r"^(?P<subject>[^,()\n—–]{1,60}?)\s*(?P<mark>,|\(|—|–)\s*")
# "X (Y) is ...": a name, a bracketed name, the sentence's verb
_PAIR = re.compile(r"^(?P<x>[^()\n,:;]{2,80}?)\s*\((?P<y>[^()\n,;:]{2,80})\)\s*,?\s+(?P<verb>\w+)")


def first_sentence_names(
    title: str, body: str, language: str | None = None, titled: Collection[str] = ()
) -> list[str]:
    """The other names the definition's first sentence gives the term titled ``title``
    (and those it opens with in brackets before a dash: body_names.opening_names); a
    name that is another entry's title (``titled``, casefolded) is that entry's."""
    said = name_phrases(language)
    sentence = _first_sentence(body)
    found = [
        *(n for n in _opening_names(sentence, said) if _expands(title, n)),
        *_apposition_names(title, sentence, said),
        *_pair_names(title, sentence, said),
        *(_swapped_names(title, sentence, body, said, language) if has_phrases(language) else []),
    ]
    own = {_key(display_title(title)), _key(re.sub(r"\s*\([^()]*\)", "", title))}
    common = everyday_words() | everyday_in(language)
    kept = [
        n
        for n in dict.fromkeys(found)
        if _key(n) not in own
        and n.casefold() not in titled
        and _is_name(n, said)
        and (n.casefold() not in common or looks_like_acronym(n))
    ]
    return [*opening_names(title, body), *kept]


def _key(name: str) -> str:
    """``Markov Decision Processes`` and ``Markov Decision Process`` are one name."""
    return " ".join(name.casefold().split()).removesuffix("s")


def _first_sentence(body: str) -> str:
    text = " ".join(body[: 2 * MAX_ALIAS_SOURCE].strip().split(" "))
    end = _SENTENCE_END.search(text)
    return (text[: end.start()] if end else text).strip()


def _phrases(said: NamePhrases) -> str:
    words = sorted({*said.called_words, *said.short_words}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


def _opening_names(sentence: str, said: NamePhrases) -> list[str]:
    """``Also known as APY, it indicates ...``, ``Short for pull request.``, ``GIF stands
    for Graphics Interchange Format.``: the names up to the clause that goes on."""
    verbs = "|".join(map(re.escape, sorted(said.verbs, key=len, reverse=True)))
    opening = re.match(
        rf"^(?:(?:[^\W\d_][\w.-]{{0,15}}|[{_QUOTES}][^{_QUOTES}]{{1,20}}[{_QUOTES}])\s+"
        rf"(?:(?:{verbs or 'is'})\s+)?)?{_ADVERBS}(?:{_phrases(said)})\s*:?\s+(?P<rest>.+)$",
        sentence,
        re.IGNORECASE,
    )
    if opening is None:
        return []
    lead = sentence[: opening.start("rest")].split()
    if len(lead) > 2 and not _phrase_only(lead, said):  # "Corticosteroids are well known as"
        return []
    return _names_in(opening.group("rest"), said)


def _expands(title: str, name: str) -> bool:
    """An acronym title's other name is what it spells (``RSA staat voor Rowans (...) ...``
    names no ``Rowans``); another title's may be any."""
    acronym = display_title(title)
    if not (re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", acronym) and looks_like_acronym(acronym)):
        return True
    return spelled_by(acronym, word_list(name)) or loosely_spelled(acronym, name, compound=True)


def _phrase_only(lead: list[str], said: NamePhrases) -> bool:
    """The words before the name are the phrase, maybe after the term (``GIF stands for``)."""
    spoken = " ".join(lead).casefold()
    return any(spoken.endswith(p) for p in (*said.called_words, *said.short_words))


def _apposition_names(title: str, sentence: str, said: NamePhrases) -> list[str]:
    """``Vector search, also known as similarity search or nearest neighbor search, is``:
    the sentence opens with the term's name, then the phrase and the other names."""
    sentence = _CONTEXT.sub("", sentence)
    subject = _OPEN_SUBJECT.match(sentence)
    if subject is None or not _names_title(subject.group("subject"), title, said):
        return []
    rest = sentence[subject.end() :]
    phrase = re.match(rf"{_ADVERBS}(?:or\s+)?(?:{_phrases(said)})\s+", rest, re.IGNORECASE)
    simply = re.match(r"or\s+(?:simply|just)\s+", rest, re.IGNORECASE)
    found = phrase or simply
    if found is None:
        return _template_names(rest, said)
    return _names_in(rest[found.end() :], said, closing=subject.group("mark"))


def _template_names(rest: str, said: NamePhrases) -> list[str]:
    """``De tentpaal, ook wel tentstok genoemd is ...`` (``ook wel {name} genoemd``)."""
    for before, after in said.templates:
        said_so = r"\s+".join(map(re.escape, before.split()))
        ends = r"\s+".join(map(re.escape, after.split()))
        found = re.match(rf"{said_so}\s+(?P<name>[^,()\n]{{1,60}}?)\s+{ends}\b", rest, re.I)
        if found:
            return [_without_article(found.group("name"), said)]
    return []


def _pair_names(title: str, sentence: str, said: NamePhrases) -> list[str]:
    """``Protokol AMQP (Advanced Message Queueing Protocol) je ...``: the acronym and the
    words it spells, when the pair opens the sentence as its subject (a verb follows) and
    shares a word with the title or an acronym with it."""
    pair = _PAIR.match(_without_article(sentence, said))
    if pair is None or pair.group("verb").casefold() not in said.verbs:
        return []
    x, y = pair.group("x").strip(_QUOTES + " "), pair.group("y").strip(_QUOTES + " ")
    names: list[str] = []
    if _acronym_of(y, x):
        if _same_name(x, display_title(title)):
            return []  # the title's own acronym after it: text_acronyms.acronym_after_title's
        names = [x, y]
    else:
        short = [w for w in x.split() if _acronym_of(w, y)]
        if short and len(x.split()) <= 3:
            names = [short[0], y]
    if not names or not _related(title, names):
        return []
    return names


def _swapped_names(
    title: str, sentence: str, body: str, said: NamePhrases, language: str | None
) -> list[str]:
    """``Přímá metoda je způsob, jak ...`` under ``Direct – metoda``: the sentence's subject
    (as many plain words as the title, then a verb of the glossary's language) is the title
    with one word put another way, a word the definition never uses: an English word in the
    heading of a glossary in another language (a heading left half in English), or the word
    spelled another way (``Accrual accounting is ...`` under ``Accural accounting``). A
    code (``Portable /P``) is no word to put another way, nor is another word ("Mini batch
    is ..." under "Batch size") another name."""
    own = word_list(re.sub(r"\([^()]*\)", " ", display_title(title)))
    words = _without_article(sentence, said).split()
    if len(own) < 2 or len(words) <= len(own) or words[len(own)].casefold() not in said.verbs:
        return []
    subject = [w.strip(_QUOTES) for w in words[: len(own)]]
    if not all(re.fullmatch(r"[^\W\d_]+", w) for w in subject):
        return []
    swapped = [t for t in own if not any(_same_word(t, w) for w in subject)]
    put = [w for w in subject if not any(_same_word(t, w) for t in own)]
    used = {w.casefold() for w in word_list(body)}
    if len(swapped) != 1 or len(put) != 1 or swapped[0].casefold() in used:
        return []
    word, other = swapped[0].casefold(), put[0].casefold()
    if not (len(word) >= 3 and word.isalpha() and not swapped[0].isupper()):
        return []
    english = language not in (None, "en") and word in everyday_words()
    if not (english and other not in everyday_words()) and word[:3] != other[:3]:
        return []
    return [" ".join(subject)]


def _same_word(one: str, other: str) -> bool:
    """One word in two inflections (``metoda``, ``metody``): the same first five letters."""
    a, b = one.casefold(), other.casefold()
    return a == b or (min(len(a), len(b)) >= 4 and a[:5] == b[:5])


def _same_name(one: str, other: str) -> bool:
    """The same words, but for a plural ending (``Markov Decision Process(es)``)."""
    a, b = sorted((" ".join(one.casefold().split()), " ".join(other.casefold().split())), key=len)
    return b.startswith(a) and len(b) - len(a) <= 2


def _acronym_of(acronym: str, words: str) -> bool:
    if not (re.fullmatch(r"[A-Za-z][A-Za-z0-9&-]{1,9}", acronym) and looks_like_acronym(acronym)):
        return False
    plain = acronym.rstrip("s") if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    return spelled_by(plain, word_list(words)) or loosely_spelled(plain.upper(), words)


def _related(title: str, names: list[str]) -> bool:
    """A name shares a word of four or more letters with the title, or is its acronym."""
    own = {w.casefold()[:5] for w in word_list(title) if len(w) >= 4}
    for name in names:
        if own & {w.casefold()[:5] for w in word_list(name) if len(w) >= 4}:
            return True
    return any(_acronym_of(n, title) or _acronym_of(title, n) for n in names)


def _names_title(subject: str, title: str, said: NamePhrases) -> bool:
    """The subject names the title: each title word (of two or more letters) opens one of
    its words (``Multi Level Index``: ``Multi-level indexing``)."""
    words = [w.casefold() for w in word_list(_without_article(subject, said))]
    own = [w.casefold() for w in word_list(re.sub(r"\([^()]*\)", " ", title))]
    if not own or len(words) > len(own) + 2:
        return False
    return all(any(w.startswith(t[:5]) for w in words) for t in own if len(t) >= 2)


def _names_in(text: str, said: NamePhrases, closing: str = "") -> list[str]:
    """The names a phrase lists: up to the bracket, dash or comma that closes them, or the
    clause that goes on (``APY, it indicates``); ``habitat, wildlife, or ecological
    corridors`` share their last word."""
    quoted = re.match(rf"^[{_QUOTES}](?P<name>[^{_QUOTES}\n]{{2,60}})[{_QUOTES}]", text)
    if quoted and not closing:  # 'Stands for "Perl, version 5" and is used ...'
        return [quoted.group("name").strip(" .,;:")]
    stop = {"(": r"\)", "—": "—", "–": "–"}.get(closing, "")
    end = re.search(rf"{stop}|[.;:()\n]" if stop else r"[.;:()\n]|\s[—–-]\s", text)
    text = text[: end.start()] if end else text
    parts = [p.strip() for p in re.split(r"\s*,\s*", text)]
    joins = "|".join(map(re.escape, said.joins))
    kept: list[str] = []
    for n, part in enumerate(parts):
        joined = re.match(rf"^(?:{joins})\s+", part, re.IGNORECASE)
        listed = closing == "(" and len(part.split()) <= _MAX_WORDS  # "(aka Russell's ..., RTD)"
        if n and not joined and not listed and not _listed_on(parts, n, joins):
            break
        kept.append(part[joined.end() :] if joined else part)
    names = [
        name
        for part in kept
        for name in re.split(rf"\s+(?:{joins})\s+", _cut_clause(part, said))
        if name
    ]
    names = [_without_article(n.strip(_QUOTES + " "), said).strip(_QUOTES + " ") for n in names]
    names = [_without_end(n, said) for n in names]
    return _shared_head([n for n in names if n])


def _listed_on(parts: list[str], n: int, joins: str) -> bool:
    """Part ``n`` is a name of a list that a later part closes with "or" (``a, b, or c``),
    or the list's close itself, written without the comma (``hash tables, hash maps or
    dictionaries``: two names of a few words each)."""
    later = parts[n + 1 :]
    closed = any(re.match(rf"^(?:{joins})\s+", p, re.IGNORECASE) for p in later[:3])
    sides = re.split(rf"\s+(?:{joins})\s+", parts[n], flags=re.IGNORECASE)
    closes = len(sides) == 2 and all(0 < len(side.split()) <= _MAX_WORDS for side in sides)
    return (closed or closes) and all(len(p.split()) <= _MAX_WORDS for p in parts[n : n + 1])


def _cut_clause(part: str, said: NamePhrases) -> str:
    """``Adaption Tuning or Domain Adaption is the process`` -> up to the verb."""
    words = part.split()
    for i, word in enumerate(words):
        if i and word.casefold() in said.clause_words:
            kept = words[:i]
            if len(kept) > 1 and _small(kept[-1]):  # "... Infrastructure and is used"
                kept = kept[:-1]
            return " ".join(kept)
    return part


def _small(word: str) -> bool:
    return word.islower() and len(word) <= 4 and word.isalpha()


def _without_end(name: str, said: NamePhrases) -> str:
    """``tentstok genoemd`` (``ook wel {name} genoemd``) -> ``tentstok``."""
    head, _, last = name.rpartition(" ")
    return head if head and last.casefold() in said.name_ends else name


def _shared_head(names: list[str]) -> list[str]:
    if (
        len(names) >= 2
        and all(len(n.split()) == 1 for n in names[:-1])
        and len(names[-1].split()) == 2
    ):
        head = names[-1].split()[-1]
        return [*(f"{n} {head}" for n in names[:-1]), names[-1]]
    return names


def _without_article(text: str, said: NamePhrases) -> str:
    first, _, rest = text.strip().partition(" ")
    return rest if rest and first.casefold() in said.articles else text.strip()


def _is_name(name: str, said: NamePhrases) -> bool:
    words = name.casefold().split()
    return (
        0 < len(words) <= _MAX_WORDS
        and not said.clause_words.intersection(words)
        and len(name) >= 2
        and not name[0].isdigit()
    )
