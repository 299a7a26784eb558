"""What judgement.py asks of a query's key term (coverage/): whether it reads as a
name, is judged as a description, may be answered by an owned entry, or names a bare kind;
and the question asked in a setting the glossary names. Split from judgement.py (round 33)."""

from __future__ import annotations

import re

from rag_glossary.coverage import CoverageIndex, TermCoverage, missing_sibling, standout_decides
from rag_glossary.coverage.bare_kind import kind_unsaid
from rag_glossary.coverage.glossary_language import frame_words, function_words, question_forms
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.question_forms import NO_NAME_WORDS, asks_for_a_name
from rag_glossary.coverage.scaffolding import setting_of
from rag_glossary.coverage.wordclasses import NOT_NAME_OPENERS, PREPOSITIONS
from rag_glossary.everyday import everyday_words
from rag_glossary.forms_data import listed_words
from rag_glossary.greeklish import GREEK
from rag_glossary.judgement_cyrillic import says_words
from rag_glossary.language_stems import index_token
from rag_glossary.lexical import tokenize
from rag_glossary.marks import plain
from rag_glossary.models import Entry, Hit
from rag_glossary.word_forms import fold, undoubled
from rag_glossary.word_tokens import CJK

_DETERMINERS = frozenset(str.split("a an the my your our their its his her this that these those"))
_SUBJECT_OPENERS = frozenset(("when", "whenever"))
_DESCRIPTION_OPENERS = frozenset(("a", "an", "the"))
# the fewest words a description opened by a determiner says besides its missing "term"
_DESCRIPTION_REST = 4
# the most words of a setting after a bare name ("[maximum measurement range] of a wind lidar")
# and the prepositions that open one (English questions only: "[x] the colour information" is
# the object of a verb read into the name)
_SETTING_WORDS = 4
_SETTING_OPENERS = frozenset(str.split("of in on for at by with within from under"))
# languages whose names put the head noun first ("tasa de interés")
_HEAD_FIRST = frozenset(("es", "fr", "it", "pt", "ro", "ca"))
# "ratio of [what a plant generates ...]": a preposition ending the "term", then a clause
_CLAUSE_OPENERS = frozenset(str.split("what how which who whom where when whether why"))


def not_a_name(term: TermCoverage, query: str = "", language: str | None = None) -> bool:
    """A missing "term" that opens with a pronoun, quantifier or determiner ("it tricky",
    "few big institutions") and reads as no name, or that is one adverb, preposition,
    pronoun or determiner alone ("now"): the extractor caught part of a description, so the
    question is judged as described, not refused as a missing name (round 31); so is an
    everyday-word "term" opening a long description (``everyday_description``, round 41)."""
    if term.found is not False or not term.term_style or not term.key_term:
        return False
    said = term.key_term.split()
    if len(said) == 1 and said[0] in NO_NAME_WORDS:
        return True
    if not term.clean and said[0] in NOT_NAME_OPENERS:
        return True
    if asks_in_term(said, language):
        return True
    if language is None and clause_after(said, words(query)):
        return True
    return not term.wrong_kind and everyday_description(query, said)


def clause_after(said: list[str], question: list[str]) -> bool:
    """A "term" ending in a preposition whose object, in the question, is a clause opened by
    a wh-word ("ratio of what a plant actually generates compared to ..."): what is asked is
    described by that clause, no name the glossary lacks (round 45 F; English words)."""
    if len(said) < 2 or said[-1] not in PREPOSITIONS:
        return False
    n = len(said)
    return any(
        question[i : i + n] == said and question[i + n] in _CLAUSE_OPENERS
        for i in range(len(question) - n)
    )


def asks_in_term(said: list[str], language: str | None) -> bool:
    """A missing "term" holding a word that asks what a thing is called, in the glossary's
    own language ("jak się nazywa wartość, która ...": what the value is called): the
    extractor kept the question's frame, so the words are a description's, not a name the
    glossary lacks (round 44 N). Other question words ("wofür") stay: "lse oszillator 32
    khz wofür" names what it asks about."""
    forms = question_forms().get(language or "")
    if forms is None:
        return False
    return any(word in forms.called for word in said)


def everyday_description(query: str, said: list[str]) -> bool:
    """A question opened by "a", "an" or "the" whose missing term is everyday English words
    only and that says at least _DESCRIPTION_REST more words ("the button on the microphone
    you hold down so you can talk", "the exact clock time when the rupture started"): a
    user describing in plain words what the glossary names otherwise, not a name the
    glossary lacks; a glossary's names are seldom everyday words alone (round 41 A)."""
    asked = query.lower().split()
    if not asked or asked[0] not in _DESCRIPTION_OPENERS:
        return False
    if len(asked) - len(said) < _DESCRIPTION_REST:
        return False
    return all(everyday_form(word) for word in words(" ".join(said)))


def everyday_form(word: str) -> bool:
    """Whether ``word`` is an everyday English word or a form of one (-ing, -ed, a plural
    -s, a superlative -est: "dumbest"): a user's plain words, however inflected (round 43 F)."""
    known = everyday_words()
    if word in known or fold(word) in known:
        return True
    if word.endswith("est") and undoubled(word[:-3]) in known:
        return True
    return word.endswith("s") and word[:-1] in known


def bare_kind(
    query: str, term: TermCoverage, hits: tuple[Hit, ...], language: str | None = None
) -> bool:
    """A generic one-word key term opening a description, answered by the entry titled by
    that word alone, which says too few of the describing words (coverage/bare_kind.py),
    the frame words of the glossary's ``language`` no describing words."""
    if not (term.found and term.generic and term.key_term and hits):
        return False
    frame = frame_words(language)
    return " " not in term.key_term and kind_unsaid(query, term.key_term, hits[0].entry, frame)


def owned_may_rescue(term: TermCoverage) -> bool:
    """A refused description, or a named term the glossary lacks (no sibling's part, no
    other name asked): the first hit's owning the question's words may answer it."""
    if not standout_decides(term) or term.other_name or missing_sibling(term):
        return False
    return described(term) or named_missing(term)


def named_missing(term: TermCoverage) -> bool:
    return term.found is False and term.term_style


def described(term: TermCoverage) -> bool:
    """Judged by the standout as a description (not a named term the glossary lacks)."""
    return standout_decides(term) and not (term.found is False and term.term_style)


def asked_in_named_setting(query: str, coverage: CoverageIndex) -> str | None:
    """What the question asks in its setting ("in an mdp whats the number ..." -> "whats
    the number ..."), when the glossary names the setting (the answering entry or
    another); None otherwise."""
    setting = setting_of(query)
    if setting is None:
        return None
    return setting[1] if coverage.check(setting[0]).found else None


def entry_text(entry: Entry) -> str:
    return " ".join((entry.title, *entry.aliases, entry.body))


def name_in_description(query: str, term: TermCoverage, hits: tuple[Hit, ...]) -> bool:
    """ "what is it called when a function calls itself": a described question asking for a
    name whose described act has the answering entry's own name as its subject ("when a
    function ..."); the entry is what does the act, not the name asked. A name said
    elsewhere is often where or what the act touches ("service on the ramp", "says the
    warning"), and the answer then comes from another entry (round 37 follow-up FN)."""
    said = words(query)
    if not hits or not described(term) or not asks_for_a_name(" ".join(said)):
        return False
    entry = hits[0].entry
    names = [words(n) for n in (entry.title, *entry.aliases)]
    return any(name and _said_as_subject(said, phrase_key(name)) for name in names)


def _said_as_subject(said: list[str], name: tuple[str, ...]) -> bool:
    """Whether the name's words are said together right after "when" (a determiner between)."""
    n = len(name)
    for at in range(len(said) - n + 1):
        if n == 0 or phrase_key(said[at : at + n]) != name:
            continue
        before = [w for w in said[max(0, at - 2) : at] if w not in _DETERMINERS]
        if before and before[-1] in _SUBJECT_OPENERS:
            return True
    return False


def unit_rescuable(
    query: str, term: TermCoverage, hits: tuple[Hit, ...], language: str | None
) -> bool:
    """Whether one close unit of the best entry may answer a question the standout refused:
    not a missing name whose sibling the glossary has, nor one asked by another name, nor
    a bare missing name (``bare_missing_name``), nor a question written in Han, Kana or
    Hangul (``written_without_blanks``), nor a missing name said in Cyrillic, nor a
    Cyrillic description whose first hit says too few of its words (judgement_cyrillic)."""
    if missing_sibling(term) or term.other_name:
        return False
    if written_without_blanks(query) or read_by_letters(query):
        return False
    if _mostly(query, _CYRILLIC) and (
        named_missing(term) or not hits or not says_words(query, hits[0].entry, language)
    ):
        return False  # see _CYRILLIC
    return not bare_missing_name(query, term, hits, language)


def written_without_blanks(query: str) -> bool:
    """Whether most of the question's letters are Han, Kana or Hangul. The unit cosine
    the rescue reads is the packaged English model's, which meets such text character by
    character: a Chinese description lands on whichever unit shares its common characters
    (价格, 平, 仓), not on the one that says it (round 48 X: forex's 6 negatives and 3
    answerables it rescued were all answered from a wrong entry, no right one)."""
    return _mostly(query, CJK)


def read_by_letters(query: str) -> bool:
    """Whether most of the question's letters are Greek: the packaged model's vocabulary
    holds Greek as single letters, so its unit cosine meets a Greek question letter by
    letter too (round 50 G: boatyard's negatives "σπινακερ", "ποσο κοστιζει ... καικι"
    rescued by a hub entry's unit, as forex's Chinese was). So it holds Armenian, Hebrew,
    Arabic, the Indic scripts, Thai, Lao, Georgian and Ethiopic, or none of them (round 51
    HI: ethereum's Hindi negatives "मर्कल ट्री का रूट कैसे बनता है", "solidity किस तरह की
    प्रोग्रामिंग भाषा है" rescued by units sharing no word with them)."""
    return _mostly(query, GREEK) or _mostly(query, _LETTER_BY_LETTER)


# Armenian, Hebrew, Arabic (and its supplements), Devanagari to Sinhala, Thai, Lao,
# Georgian, Ethiopic
_LETTER_BY_LETTER = re.compile("[\u0530-\u08ff\u0900-\u0eff\u10a0-\u10ff\u1200-\u139f]")


# The packaged model's vocabulary splits a Cyrillic word into its letters ("хипергемън":
# х ##и ##п ##е ...): a name the glossary never writes, said in Cyrillic, meets a unit by
# its letters, not by what it names (round 54 PB: backgammon's Bulgarian "хипергемън
# какво е", "какво е контейнмънт в таблата" rescued by Барабино's and Табла's units). A
# Cyrillic description keeps the rescue when its first hit says two of its words or more
# (judgement_cyrillic.says_words: round 54 WR; dotnet's "операционка вместе с железом ...":
# platform's "Операционная система и оборудование ...").
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _mostly(query: str, script: re.Pattern[str]) -> bool:
    """Whether more than half of the question's letters are of ``script``."""
    letters = [c for c in query if c.isalpha()]
    return sum(bool(script.match(c)) for c in letters) * 2 > len(letters)


def bare_missing_name(
    query: str, term: TermCoverage, hits: tuple[Hit, ...], language: str | None
) -> bool:
    """A question that is only a name of two or more words the glossary lacks, after the
    language's function words and before at most a short setting an English preposition
    opens ("transport and general workers union", "maximum measurement range of a wind
    lidar"), whose best entry's own name is no part of it: the unit that resembles it is a
    neighbour's (another union, Measurement Principles), not the thing named (round 45 N).
    A best entry named inside it keeps the rescue ("usual easing functions": Easing)."""
    if not named_missing(term) or not term.key_term or not hits:
        return False
    said = [plain(w) for w in words(query)]
    name = [plain(w) for w in words(term.key_term)]
    at = _run_at(said, name)
    if len(phrase_key(name)) < 2 or at is None:
        return False
    frame = frame_words(language) | function_words(language or "en")
    before, after = said[:at], said[at + len(name) :]
    if not frame.issuperset(before):
        return False
    if frame_words(language).issuperset(after) or _closed_setting(after, language):
        after = []  # "μετακεντρικο υψος τι ειναι": the frame closes it (none in English)
    openers = _SETTING_OPENERS if language is None else frozenset()
    if after and (after[0] not in openers or len(after) > _SETTING_WORDS):
        return False
    key = set(phrase_key(name))
    entry = hits[0].entry
    return not any(
        (own := phrase_key(words(n))) and key.issuperset(own) for n in (entry.title, *entry.aliases)
    )


def _closed_setting(after: list[str], language: str | None) -> bool:
    """The words after a name are frame words around one short setting its language's
    postposition closes (question_forms.json ``setting_after``): "rolling update কি,
    kubernetes এ কিভাবে হয়" asks of the name "in kubernetes", as English's "in" opens it."""
    closers = frozenset(listed_words(language or "", "setting_after"))
    if not closers:
        return False
    frame = frame_words(language)
    run = [i for i, w in enumerate(after) if w not in frame and w not in closers]
    if not run or len(run) > _SETTING_WORDS or run != list(range(run[0], run[-1] + 1)):
        return False
    return run[-1] + 1 < len(after) and after[run[-1] + 1] in closers


def headless_bare_name(
    query: str, term: TermCoverage, hits: tuple[Hit, ...], language: str | None
) -> bool:
    """A question that is only a missing name of two or more words (``bare_missing_name``,
    nothing after it: "what is risk appetite", "binärt sökträd") whose answering entry does
    not say the name's head word (the last word; the first in a Romance language): the
    entry that stands out shares a modifier ("risk", "binärt"), not the thing named
    (round 48 X)."""
    if not bare_missing_name(query, term, hits, language) or not term.key_term:
        return False
    said = [plain(w) for w in words(query)]
    name = [plain(w) for w in words(term.key_term)]
    at = _run_at(said, name)
    if at is None or said[at + len(name) :]:
        return False
    head = {index_token(t, language) for t in tokenize(name[0 if language in _HEAD_FIRST else -1])}
    entry = hits[0].entry
    text = " ".join((entry.title, *entry.aliases, entry.body))
    return bool(head) and head.isdisjoint(index_token(t, language) for t in tokenize(text))


def _run_at(said: list[str], run: list[str]) -> int | None:
    """Where ``run`` starts as consecutive words of ``said``; None if it is not there."""
    n = len(run)
    return next((i for i in range(len(said) - n + 1) if said[i : i + n] == run), None)
