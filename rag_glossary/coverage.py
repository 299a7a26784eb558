"""Head-term coverage: does the glossary have the term a question asks about?

A glossary question usually names one term ("what is batch normalization",
"how does beam search decoding work"). We strip the question's scaffolding to
find that key term, then look for it, strongest first: as a title or alias
(normalized, or a near spelling), then as a phrase in some entry's text, with
typos corrected word by word against the corpus vocabulary. Every word of the
term must stand together: a shared word ("batch", "search") is not coverage.

A question that describes instead of naming ("copying the look of a painting
onto a photo") has no key term worth checking; ``TermCoverage.term_style`` is
then False and the retriever judges it by how clearly the best entry stands
out (see calibration.py).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from rag_glossary.calibration import Calibration, confidence_of
from rag_glossary.models import Entry

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Dropped when comparing phrases: "theory of mind" and "theory mind" match.
_FILLER = frozenset(
    str.split(
        "a an the of to in on for and or with by is are as at its it s"
        " i you we my your our me they them this these those"
    )
)
# Question scaffolding around the key term, stripped repeatedly from the front.
_LEAD = re.compile(
    r"^(?:"
    r"(?:can|could|would) you|please|pls|hey|ok|so|quick question|question|eli5|tldr"
    r"|what (?:causes|caused|happens|makes|determines|affects|controls|decides|limits|drives)"
    r"|whats|wats|what s|hows|who \w+ed|who (?:invented|wrote|made|coined|built|came up with)"
    r"|how (?:to|do i|do you|do we|can i|can we|can you|should i|should you|would i|would you"
    r"|could i|could you|does one|can one) \w+"
    r"|who (?:first )?\w+"
    r"|how (?:much|many|often|far|long|big|large|small|well|fast|good)"
    r"|(?:in|for|according to|on|with) [\w ]+?(?= (?:what|how|why|which|who|when|where) )"
    r"|i (?:want|need|would like) to (?:know|understand|learn)(?: about| what| how)?"
    r"|help me understand|tell me (?:about|what|how)|give me (?:an? )?(?:overview|intro|definition)"
    r"|(?:what|how|why|when|where|who|which)(?: s| is| are| was| were| does| do| did| can| could"
    r"| should| would| will| exactly| actually)?"
    r"|explain|define|describe|summarize|clarify|meaning of|definition of|what is meant by"
    r"|(?:an? )?(?:overview|introduction|intro|explanation|summary) (?:of|to)"
    r"|(?:the )?(?:difference|differences|distinction) between"
    r"|(?:is|are) there|(?:is|are|does|do|did|can|should|would|will|was|were)"
    r"|(?:the )?(?:idea|concept|notion|point|purpose|role|use|uses|meaning|definition|intuition"
    r"|formula|equation|goal|advantages?|disadvantages?|benefits?|drawbacks?|pros|cons"
    r"|limitations?|history|origin|inventor|output|input|size|shape|name|applications?"
    r"|components?|parts?|steps?|math|maths|mathematics|main idea|example)s? (?:of|behind)"
    r"|(?:two|three|four|five|several|various|different|common|main|basic|typical|popular)"
    r"|(?:kind|kinds|type|types|examples?) of|an?|the|some|any|my|your|this|that"
    r")\s+"
)
_TRAIL = re.compile(
    r"\s+(?:work|works|working|mean|means|meaning|stand for|stands for|do|does|is|are"
    r"|explained|explanation|exactly|pls|please|thanks|in simple terms|in plain english"
    r"|in a nutshell|for beginners|simply|briefly|used for|good for|about|actually|definition)$"
)
# The key term ends where a preposition, a clause or a verb starts.
_BOUNDARY = frozenset(
    str.split(
        """
        in for with between on from into using via when where that which who so to by
        vs versus compared against like than if while because whether without after before
        under over during within across through per as at
        work works prevent prevents learn learns help helps affect affects handle handles
        treat treats differ differs improve improves reduce reduces cause causes avoid
        solve solves use uses make makes do does relate relates compute
        computes preserve preserves tell tells become becomes get gets
        happen happens apply applies perform performs detect detects generate generates
        predict predicts need needs choose chooses calculate calculates deal deals
        is are was were can could should would will has have had be being been
        matter matters exist exists compare combine combines
        correlate require requires automate automates come comes mention mentions try
        tries maximize minimize go goes say says show shows include includes contain
        contains involve involves depend depends refer refers represent represents
        allow allows enable enables produce produces give
        gives take takes called compared different similar
        better worse related useful important popular necessary possible good bad
        just really only actually always also still more less much very and or
        according add adds did what how why which whom whose load loads supports
        returns equals plus minus
        """
    )
)
# Words that name a kind of thing; "mamba architecture" is covered by "Mamba".
# Words that name a kind of thing: "mamba architecture" is covered by "Mamba".
# A kind that names a product or project may drop even when only the text has
# the name ("pycaret model"); a kind that makes a new term may not ("focal loss").
_NAME_KINDS = frozenset(
    str.split(
        """
        algorithm architecture method technique approach model framework library tool
        system network entry team paper project package benchmark dataset
        """
    )
)
_GENERIC = _NAME_KINDS | frozenset(
    str.split(
        """
        function layer process metric concept problem handling idea strategy
        procedure task job loss score measure term definition principle classifier
        regressor estimator test statistic distribution coefficient value analysis
        regression plot chart curve matrix graph
        """
    )
)
_SENTENCE_END = re.compile(r"[?!:;]|\.\s")
_CONTRAST = re.compile(r"\b(?:difference|differences|distinction|vs|versus)\b")
_WH = re.compile(
    r"(?:what|which|how many|how much) "
    r"(?!(?:s|is|are|was|were|does|do|did|can|could|should|would|will)\b)"
)
_ASKED_ABOUT = re.compile(
    r"(\S+(?: \S+){0,3}?) (?:does|do|did|is|are|was|were|has|have|can) (\S.*)"
)
# "what does nprobe control", "how is an MDP solved": the last word may be a verb.
_DOES = re.compile(
    r"(?:what|how|why|where|when) (?:does|do|did|is|are|was|were|can|should|could) "
)
_PREPOSITIONS = frozenset(str.split("in for with on from into using via at by of to"))
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ing", "er", "or", "ism", "ance", "ence")
_TERM_MAX_WORDS = 4  # a key term longer than this is a description, not a term
_REST_MAX_WORDS = 3  # content words outside the term that still leave it term-style
_MIN_FUZZY_LEN = 6  # shorter words are corrected into other words too often


def words(text: str) -> list[str]:
    """Lowercased words, hyphens and punctuation as spaces."""
    return [w.lower() for w in _WORD.findall(text)]


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def phrase_key(tokens: Sequence[str]) -> tuple[str, ...]:
    """What a phrase is compared by: stemmed words without fillers."""
    return tuple(_stem(w) for w in tokens if w not in _FILLER)


@dataclass(frozen=True)
class KeyTerm:
    """The term a question asks about, and whether the question is mostly that term."""

    text: str
    term_style: bool
    # "what does nprobe control in an index": the term's last word may be a verb.
    may_end_in_verb: bool = False


def strip_scaffolding(question: str) -> str:
    text = " ".join(words(question))
    for _ in range(6):
        stripped = _TRAIL.sub("", " " + _LEAD.sub("", text + " ").strip()).strip()
        if stripped == text:
            break
        text = stripped
    return text


def extract_key_terms(question: str) -> list[KeyTerm]:
    """The key term(s) of a question; two for "difference between X and Y".

    Only the first sentence or clause counts ("markov chain: ...", "what is
    RLHF? I keep hearing ..."): the term comes before the first ?, !, : or ;.
    """
    for part in _SENTENCE_END.split(question):
        rest = strip_scaffolding(part)
        if phrase_key(rest.split()):
            question = part
            break
    else:
        return []
    pair = re.fullmatch(r"(.+?) (?:and|vs|versus|or) (.+)", rest)
    if pair and _CONTRAST.search(question.lower()):
        return [_key_term(strip_scaffolding(part)) for part in pair.groups() if part.strip()]
    # "what extra parameters does batchnorm add": the term may be either side.
    asked = _ASKED_ABOUT.fullmatch(rest)
    if asked and _WH.match(" ".join(words(question))):
        return [_key_term(asked.group(1)), _key_term(strip_scaffolding(asked.group(2)))]
    return [_key_term(rest, bool(_DOES.match(" ".join(words(question)))))]


def _key_term(rest: str, verb_may_follow: bool = False) -> KeyTerm:
    tokens = rest.split()
    cut = len(tokens)
    for i, token in enumerate(tokens[1:], start=1):
        if token in _BOUNDARY:
            cut = i
            break
        # "null space of a matrix" ends at "of"; "theory of mind" is one term;
        # "a step the optimizer takes" is a clause.
        if (token == "of" and i >= 2) or token == "the":
            cut = i
            break
    term = tokens[:cut]
    # A term cut by a preposition, not by a known verb, may still end in a verb.
    by_preposition = cut < len(tokens) and tokens[cut] in _PREPOSITIONS
    content_rest = [w for w in tokens[cut:] if w not in _FILLER]
    n_term = len(phrase_key(term))
    term_style = (
        0 < n_term <= _TERM_MAX_WORDS
        and len(content_rest) <= _REST_MAX_WORDS
        # "input, hidden and output layers": a list of short terms, not one term
        and not (n_term <= 2 and cut < len(tokens) and tokens[cut] in ("and", "or"))
        # "removing unneeded connections from a network": an action described
        and not (n_term >= 2 and term[0].endswith("ing") and content_rest)
    )
    verb_last = by_preposition or cut == len(tokens)
    return KeyTerm(" ".join(term), term_style, verb_may_follow and verb_last)


@dataclass(frozen=True)
class TermCoverage:
    """Whether the glossary has the question's key term, and where."""

    key_term: str | None
    found: bool | None
    how: str  # "title", "fuzzy-title", "text", "" (missing or no term)
    entry_ids: tuple[str, ...]
    term_style: bool
    generic: bool = False  # found, but as a word too common to single out an entry


class CoverageIndex:
    """Titles, aliases and entry texts as phrase keys, for key-term lookups."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = list(entries)
        names: dict[tuple[str, ...], set[int]] = defaultdict(set)
        texts: list[str] = []
        doc_freq: dict[str, int] = defaultdict(int)
        joined: dict[str, tuple[str, str]] = {}
        for i, entry in enumerate(self.entries):
            for name in (entry.title, *entry.aliases):
                key = phrase_key(words(name))
                if key:
                    names[key].add(i)
            body = phrase_key(words(" ".join((entry.title, *entry.aliases, entry.body))))
            texts.append(" " + " ".join(body) + " ")
            for w in set(body):
                doc_freq[w] += 1
            for a, b in itertools.pairwise(body):
                joined.setdefault(a + b, (a, b))
        self._names = {k: tuple(sorted(v)) for k, v in names.items()}
        self._name_strings = {" ".join(k): k for k in self._names}
        self._texts = texts
        self._doc_freq = dict(doc_freq)
        self._vocab = [w for w in self._doc_freq if len(w) >= _MIN_FUZZY_LEN - 1]
        self._joined = joined
        self._joined_sorted = sorted(joined)

    def check(self, question: str) -> TermCoverage:
        """The first key term the glossary lacks, else the (first) one it has."""
        terms = extract_key_terms(question)
        if not terms:
            return TermCoverage(None, None, "", (), False)
        results = [self._check_term(t) for t in terms]
        if _CONTRAST.search(question.lower()):
            missing = [r for r in results if r.found is False]
            return missing[0] if missing else results[0]
        found = [r for r in results if r.found]
        return found[0] if found else results[-1]

    def _check_term(self, term: KeyTerm) -> TermCoverage:
        key = self._correct(phrase_key(term.text.split()))
        if not key:
            return TermCoverage(term.text, None, "", (), False)
        named = self._names.get(key)
        if named:
            return self._found(term, "title", named)
        fuzzy = self._fuzzy_name(key)
        if fuzzy:
            return self._found(term, "fuzzy-title", fuzzy)
        in_text = self._in_text(key)
        if not in_text and len(key) >= 2 and key[-1] in _GENERIC:
            shorter = self._check_term(KeyTerm(" ".join(term.text.split()[:-1]), term.term_style))
            if shorter.found and (shorter.how != "text" or len(key) >= 3 or key[-1] in _NAME_KINDS):
                return shorter
        if in_text:
            generic = len(key) == 1 and len(in_text) > max(3, len(self.entries) // 50)
            return self._found(term, "text", in_text, generic=generic)
        if term.may_end_in_verb and len(key) >= 2 and not key[-1].endswith(_NOUN_ENDINGS):
            subject = self._check_term(KeyTerm(" ".join(term.text.split()[:-1]), term.term_style))
            if subject.found and not subject.generic:
                return subject
        return TermCoverage(term.text, False, "", (), term.term_style)

    def _found(
        self, term: KeyTerm, how: str, where: Sequence[int], *, generic: bool = False
    ) -> TermCoverage:
        ids = tuple(self.entries[i].id for i in list(where)[:10])
        return TermCoverage(term.text, True, how, ids, term.term_style, generic)

    def _correct(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """Each unknown word: split if it is two joined corpus words, else its near spelling."""
        out: list[str] = []
        for word in key:
            if word in self._doc_freq or word.isdigit():
                out.append(word)
            elif word in self._joined:
                out.extend(self._joined[word])
            elif joined := self._joined_prefix(word):
                out.extend(joined)  # "batchnorm": "batch normalization"
            else:
                out.append(self._near_word(word) or word)
        return tuple(out)

    def _joined_prefix(self, word: str) -> tuple[str, str] | None:
        if len(word) < 6 or not word.isalpha():
            return None
        at = bisect.bisect_left(self._joined_sorted, word)
        for joined in self._joined_sorted[at : at + 20]:
            if not joined.startswith(word):
                break
            first, second = self._joined[joined]
            if len(first) < len(word):
                return (first, second[: len(word) - len(first)])
        return None

    def _near_word(self, word: str) -> str | None:
        if len(word) < _MIN_FUZZY_LEN or not word.isalpha():
            return None
        limit = 1 if len(word) < 8 else 2
        best = process.extractOne(word, self._vocab, scorer=OSA.distance, score_cutoff=limit)
        return str(best[0]) if best else None

    def _fuzzy_name(self, key: tuple[str, ...]) -> tuple[int, ...]:
        text = " ".join(key)
        if len(text) < 6:
            return ()
        best = process.extractOne(
            text, list(self._name_strings), scorer=fuzz.ratio, score_cutoff=90.0
        )
        return self._names[self._name_strings[best[0]]] if best else ()

    def _in_text(self, key: tuple[str, ...]) -> tuple[int, ...]:
        needle = " " + " ".join(key) + " "
        if len(key) >= 2 and len(key[-1]) >= 3:
            needle = needle[:-1]  # "recurrent neural net" finds "... neural network"
        found = tuple(i for i, text in enumerate(self._texts) if needle in text)
        if found or len(key) < 3:
            return found
        # A long term may add a word the glossary words differently ("manifold
        # learning isomap"): enough if one entry has a two-word part of it as a
        # phrase and every other word somewhere in its text.
        for a, b in itertools.pairwise(key):
            pair = f" {a} {b} "
            for i, text in enumerate(self._texts):
                if pair in text and all(f" {w} " in text for w in key):
                    found += (i,)
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Verdict:
    """Whether the glossary covers a question, how sure, and why."""

    covered: bool
    confidence: float
    reason: str


_FOUND_CONFIDENCE = {"title": 0.95, "fuzzy-title": 0.9, "text": 0.8}


def judge(
    term: TermCoverage, standout: float, calibration: Calibration, threshold: float = 0.5
) -> Verdict:
    """A named term decides on its own; otherwise the best entry must stand out.

    A term-style question whose term the glossary lacks is covered only if its
    best entry stands out past the strict bar (it may use other words for the
    same thing); a described question needs the lenient bar.
    """
    if term.key_term is None:
        return Verdict(False, 0.0, "nothing to look up")
    if term.found and not term.generic:
        return Verdict(True, _FOUND_CONFIDENCE[term.how], f"key term found ({term.how})")
    if term.found is False and term.term_style:
        confidence = confidence_of(standout, calibration.strict)
        rescued = confidence >= threshold
        reason = "key term missing" + (", but one entry stands out" if rescued else "")
    else:
        confidence = confidence_of(standout, calibration.lenient)
        reason = "best entry stands out" if confidence >= threshold else "no entry stands out"
    return Verdict(confidence >= threshold, round(confidence, 4), reason)
