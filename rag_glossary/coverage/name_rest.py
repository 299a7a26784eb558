"""A name then words its own entry never writes, asked in a language that puts the modifier
second: "casa de interés social" is a kind of house, and Casa ("Edificación construida para
ser habitada") says nothing of it; "tubería de pvc o de cobre" asks what Tubería never says.
modifier_after.py refuses such a phrase when no entry writes its words; here the named
entry's own text is the test, so a word some other entry uses ("social") does not save it
(round 39 follow-up N; the English "X of Y" is of_qualifier.py's)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Container, Sequence

from rag_glossary.coverage.glossary_language import frame_words, question_forms, unaccented
from rag_glossary.coverage.phrases import phrase_key
from rag_glossary.everyday import everyday_in
from rag_glossary.word_marks import lettered

_MIN_WORD = 3  # shorter words ("en", "d") are no modifier
_MOST_WORDS = 3  # "de interés social", "de pvc o de cobre para el agua": a short qualifier
_GAP = 2  # "de la", "para el": the function words joining a qualifier to its name
_MIN_MODIFIER = 4  # "örtlicher": a shorter word before a name is rarely its modifier
_STEM = 4  # "bina" and "bin", "soci" of "social": a word's forms share this many letters
_PAIR = 2  # "grand slam": the words of an unwritten name side by side
_RELATION_WORDS = 5  # "podporuje iot hub lorawan": the most content words of such a question


def name_at(said: Sequence[str], name: Sequence[str]) -> int | None:
    """Where the name's words start among the question's (None: not said)."""
    return next((i for i in range(len(said)) if said[i : i + len(name)] == list(name)), None)


def after_quantity(said: Sequence[str], name: Sequence[str]) -> Sequence[str]:
    """ "0 gráður celsius er hvað mikið í kelvin": the words after a name said right after a
    number, or a number and its measure word ("0 gráður"), a quantity the question gives
    (not what it asks); none when the name follows no number."""
    at = name_at(said, name)
    if not at or not any(w.isdigit() for w in said[max(0, at - 2) : at]):
        return ()
    return said[at + len(name) :]


def rest_unsaid(
    said: Sequence[str],
    name: Sequence[str],
    frame: Collection[str],
    texts: Sequence[str],
    names: Container[tuple[str, ...]],
) -> str | None:
    """The phrase ``said`` names (from the name on) when it is only the name then at most
    three content words, none of which any of ``texts`` (the name's entries) writes in any
    form and none a name of ``names`` (None: not such a question)."""
    content = [w for w in said if w not in frame]
    if content[: len(name)] != list(name):
        return None
    rest = content[len(name) :]
    if not 1 <= len(rest) <= _MOST_WORDS:
        return None
    if any(not lettered(w) or len(w) < _MIN_WORD for w in rest):
        return None
    if any(phrase_key([w]) in names for w in rest):
        return None  # "humlor och solitärbin": the other side of a comparison
    # "interes" for "interés": a user's missing accent is no word the entry lacks
    keys = [unaccented(w) for w in rest]
    written = {w for text in texts for w in unaccented(text).split()}
    if any(same_stem(k, w) for k in keys for w in written):
        return None
    return " ".join(said[name_at(said, name) or 0 :])


def relation_unsaid(
    said: Sequence[str],
    name: Sequence[str],
    frame: Collection[str],
    unknown: Callable[[str], bool],
    asked_before: bool = False,
) -> str | None:
    """ "podporuje iot hub lorawan", "nasazení iot edge na kubernetes": a short question whose
    content words are a word asking something of the name (its verb or noun), the name, then
    one word no entry of the glossary writes in any form (``unknown``) asks how the name
    stands to a thing the glossary never mentions (None: not such a question). The name and
    one such word alone ("epamprrage vigne") is as often the setting the name is asked in;
    the word before the name makes the question a relation of the two. After a question
    word before the name (``asked_before``: "für welche pins ist CRH zuständig", "que
    densidad tiene el concreto ligero segun el glosario") the word closes what that question
    word asks of the name, a predicate or a setting, no other thing."""
    if asked_before:
        return None
    content = [w for w in said if w not in frame]
    at = name_at(content, name)
    if not at or len(content) > _RELATION_WORDS:
        return None
    after = content[at + len(name) :]
    if len(after) != 1 or not unknown(after[0]):
        return None
    return " ".join(said[name_at(said, name) or 0 :])


def unknown_before(
    said: Sequence[str], name: Sequence[str], language: str | None, unknown: Callable[[str], bool]
) -> str | None:
    """ "que es un gimme en match play": a question asking what a thing is or means (one of
    the language's ``meaning`` forms, accents dropped: "qué", "significa") whose content words
    before the name are one or two words no entry of the glossary writes in any form
    (``unknown``) nor the language's everyday words list (everyday.py: "exactamente" in
    "que es exactamente el acotamiento" is no term), then a function word ("en") joining
    the name: the name is the setting they are asked in, and what is asked is those words,
    which the glossary lacks (None: not such a question, or a language without a list).
    The English frame reads "a gimme in match play" so (scaffolding.py); here the name
    alone was read, and its entry answered another thing. Without a meaning form ("como se
    juega en match play") the unknown word is as often the verb asking something of the name."""
    forms, common = question_forms().get(language or ""), everyday_in(language)
    frame = frame_words(language or "")
    at = name_at(said, name)
    if forms is None or not common or not at or said[at - 1] not in frame:
        return None
    if {unaccented(w) for w in forms.meaning}.isdisjoint(map(unaccented, said)):
        return None
    asked = [w for w in said[: at - 1] if w not in frame]
    if not 1 <= len(asked) <= _GAP or any(w in common or not unknown(w) for w in asked):
        return None
    return " ".join(asked)


def unknown_run(
    said: Sequence[str], language: str | None, unknown: Callable[[str], bool]
) -> str | None:
    """ "cuales son los torneos del grand slam de golf": a short question in the glossary's
    language (``said``: at most _RELATION_WORDS content words, no function or frame word)
    naming no entry whose words hold a run of two, side by side with no function
    word between ("grand slam", not "torneos del grand"), that no entry writes in any form
    (``unknown``) and that are none of the language's everyday words (everyday.py): that
    run names a thing the glossary never mentions, the term asked (None: no such run, or
    a language without a list). Read as a description instead, the question's one
    glossary word ("golf") let a neighbour stand out. A run of three or more is as often a
    clause of an inflected language whose forms the list lacks ("camın ısıtılınca
    yumuşamaya", Turkish) as a name."""
    frame = frame_words(language or "")
    # "najczesciej": an everyday word typed without its marks is as everyday
    common = {unaccented(w) for w in everyday_in(language)}
    if not common or sum(w not in frame for w in said) > _RELATION_WORDS:
        return None
    runs = itertools.groupby(
        said, key=lambda w: w not in frame and unaccented(w) not in common and unknown(w)
    )
    found = [list(run) for rare, run in runs if rare]
    longest = max(found, key=len, default=[])
    return " ".join(longest) if len(longest) == _PAIR else None


def modifier_unsaid(
    said: Sequence[str],
    name: Sequence[str],
    frame: Collection[str],
    texts: Sequence[str],
    known: Container[str],
) -> str | None:
    """ "örtlicher einsatzleiter": the word just before the name (no function word between),
    a word no entry of the glossary writes (``known``: its words) and the name's entries
    (``texts``) write in no form, makes the phrase a kind of the name the glossary lacks
    (None: not such a question)."""
    at = name_at(said, name)
    if not at or said[at - 1] in frame:
        return None
    word = said[at - 1]
    if at > 1 and said[at - 2].isdigit():
        return None  # "0 gráður celsius": a number's measure word said with a unit's name
    # "fcr reserve": a short word without a vowel is an abbreviation, a kind's name
    short = len(word) < _MIN_MODIFIER and not (len(word) >= _MIN_WORD and voiceless(word))
    if not lettered(word) or short:
        return None
    key = phrase_key([word])
    if not key or key[0] in known or word in known:
        return None
    written = {w for text in texts for w in unaccented(text).split()}
    if any(same_stem(unaccented(word), w) for w in written):
        return None
    return " ".join(said[at - 1 : at + len(name)])


def voiceless(word: str) -> bool:
    """Whether the word has no vowel of a Latin-script language ("fcr", "pv"): letters
    said one by one, an abbreviation, no word."""
    return word.isalpha() and not set(unaccented(word)) & set("aeiouyæøœ")


def spelled_longer(said: Sequence[str], name: Sequence[str]) -> str | None:
    """ "technology readiness level (trl) itu apa": the name, up to three more words, then
    the acronym of them all, spells out a longer name than the glossary's (None: no such
    acronym follows the name)."""
    at = name_at(said, name)
    if at is None:
        return None
    for end in range(at + len(name) + 1, min(len(said), at + len(name) + _MOST_WORDS + 1)):
        if said[end] == "".join(w[0] for w in said[at:end]):
            return " ".join(said[at:end])
    return None


def joined(said: Sequence[str], frame: Collection[str]) -> bool:
    """Whether the content words of ``said`` (all but ``frame``) run with at most two
    function words between any two of them: one phrase, not a second clause."""
    at = [i for i, w in enumerate(said) if w not in frame]
    return all(b - a - 1 <= _GAP for a, b in itertools.pairwise(at))


def same_stem(key: str, word: str) -> bool:
    """Whether two words share their first letters (up to ``_STEM``, no more than either
    has): the forms of one word in a language the stemmer does not know ("bina", "bin")."""
    n = min(_STEM, len(key), len(word))
    return n >= _MIN_WORD and key[:n] == word[:n]


def setting_after(
    full: Sequence[str], name: Sequence[str], frame: Collection[str], doc_freq: Container[str]
) -> bool:
    """ "que significa scratch en golf": the question closes on the name, one function word
    and one word the glossary writes elsewhere (``doc_freq``): the setting the name is asked
    in (its entry need not say "golf"), not a thing the glossary lacks ("condor en golf":
    no name said; "gimme en match play": the name last)."""
    at = name_at(full, name)
    tail = [] if at is None else list(full[at + len(name) :])
    if len(tail) != 2 or tail[0] not in frame or tail[1] in frame:
        return False
    key = phrase_key([tail[1]])
    return bool(key) and key[0] in doc_freq


def asked_of_longer(pair: str, name: Sequence[str] | None) -> bool:
    """ "quanto mede cada angulo interno de um triangulo equilatero": a family head's pair
    no name goes on with (Ângulo interno) beside a name of two or more words the question
    says whole (Triângulo equilátero), on another head word, is what is asked of that
    named thing, no kind of the head the glossary lacks; a pair sharing a word with the
    name ("zařízení značky" by Aplikace zařízení) is no other phrase beside it."""
    said = phrase_key(name or ())
    return len(said) >= 2 and not set(phrase_key(pair.split())) & set(said)
