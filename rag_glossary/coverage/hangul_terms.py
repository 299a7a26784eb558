"""Key terms of Korean questions. Korean writes blanks between words, unlike Chinese and
Japanese, but attaches particles ("청색증이", "단백질에는") and endings ("뭐야", "알려줘")
to them: a question is read word by word, particles cut from a word's end, the asking at
its end cut off, and what is left named as a term ("황달 뜻": 황달; "대동맥 박리 증상
알려줘": 대동맥 박리, not the title 대동맥 축착 it shares a word with).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rag_glossary.coverage.cjk_terms import cjk_check, cjk_names
from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.other_language import SAID_NAME
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.coverage.thai_terms import thai_check
from rag_glossary.models import Entry
from rag_glossary.word_tokens import HAN_KANA, HANGUL

if TYPE_CHECKING:
    from rag_glossary.coverage.lookup import CoverageIndex


def _listed(words: str) -> tuple[str, ...]:
    return tuple(words.split())


_WORD = re.compile(r"[^\W_]+(?:\([^()]*\))?[^\W_]*")
_BRACKETED = re.compile(r"\(([^()]*)\)")
_LATIN = re.compile("[a-z][a-z0-9-]*")
# case particles, the copula and connective endings a noun takes, longest first: cut one
# from a word's end to read the noun ("심근염이랑": 심근염; "백혈병에서": 백혈병)
_PARTICLES = tuple(
    sorted(
        _listed(
            "은 는 이 가 을 를 에 의 도 로 와 과 만 랑 이랑 하고 으로 에서 에게 한테 께서 까지 "
            "부터 처럼 보다 에는 에서는 에서도 으로는 에게서 한테서 이라고 라고 이라는 라는 "
            "이란 란 이나 나 이야 야 인데 인지 이고 이에요 예요 이예요 입니다 이며 며"
        ),
        key=len,
        reverse=True,
    )
)
# particles that join two terms ("심낭염이랑 심근염", "A vs B")
_JOINING = ("이랑", "랑", "하고", "와", "과")
_JOIN_WORDS = frozenset(("vs", "및", "또는", "그리고", "대"))
# words that ask rather than name: question words, "meaning", "tell me", and what a
# question asks of a term (its symptoms, cause, difference)
_ASKING = frozenset(
    _listed(
        "뭐 뭔 뭘 뭐야 뭐임 뭐지 뭔지 뭐고 뭐가 뭔가요 뭐에요 뭐예요 뭐라고 뭐라 무엇 무엇인가요 "
        "무엇입니까 무엇인지 무슨 어떤 어떤게 어떻게 어떤지 어떠한 왜 언제 누구 누가 어디 얼마 "
        "몇 뜻 의미 정의 설명 이름 개념 알려줘 알려주세요 알려주세여 알려줄래 설명해줘 "
        "설명해주세요 가르쳐줘 궁금해요 궁금합니다 궁금 이걸 이것 증상 원인 치료 치료법 종류 "
        "예시 예 특징 차이 차이점 같은 같은거 같은거임 다른 다른거 달라요 좀 정확히 이거 이건 "
        "이게 그거 그게"
    )
)
# the stems asking words are built on ("뭐라고해", "몇번", "알려주실래요")
_ASKING_STEMS = ("뭐", "무엇", "어떻", "어떤", "알려", "설명해", "몇")
# endings of a verb or adjective: the word says something of the term, never names it
_PREDICATE = re.compile("(?:요|까|줘|임|냐|니|야|해|래|죠|지|면|서|고|데|어|아|여|음|함|됨|게)$")
_SHORT = 3  # words of a term asked by name ("확장성 심근병증이 뭐야"): more is a description
_TYPO_LENGTH = 3  # syllables: a shorter name one letter off is another word


def korean(question: str) -> bool:
    """A question in Hangul, without Chinese characters or Kana."""
    return bool(HANGUL.search(question)) and not HAN_KANA.search(question)


def bare_forms(word: str) -> list[str]:
    """The word and its forms with one particle or ending cut off ("청색증이": "청색증이",
    "청색증"), the word first."""
    forms = [word]
    forms.extend(word[: -len(p)] for p in _PARTICLES if word.endswith(p) and len(word) > len(p))
    return forms


def _asking(word: str) -> bool:
    return any(f in _ASKING for f in bare_forms(word)) or any(
        word.startswith(a) for a in _ASKING_STEMS
    )


def _typo_of(word: str, names: Sequence[str]) -> str | None:
    """The one name ``word`` writes with one letter (jamo) of one syllable mistyped
    ("심근엽": 심근염), for words of three syllables or more."""
    if len(word) < _TYPO_LENGTH or not all(HANGUL.match(c) for c in word):
        return None
    near = {n for n in names if len(n) == len(word) and _one_jamo_off(word, n)}
    return near.pop() if len(near) == 1 else None


def _one_jamo_off(a: str, b: str) -> bool:
    off = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(off) != 1 or not HANGUL.match(off[0][1]):
        return False
    x, y = (ord(c) - 0xAC00 for c in off[0])
    jamo = ((x // 588, y // 588), (x % 588 // 28, y % 588 // 28), (x % 28, y % 28))
    return sum(p != q for p, q in jamo) == 1


def _name_of(words: Sequence[str], names: Mapping[str, list[int]]) -> str | None:
    """The name ``words`` write, blanks dropped, their last word's particle cut off
    ("적혈구 침강속도가": 적혈구침강속도), a bracketed part aside."""
    if not words:
        return None
    head = "".join(_BRACKETED.sub("", w) for w in words[:-1])
    for last in bare_forms(_BRACKETED.sub("", words[-1])):
        if head + last in names:
            return head + last
    return None


def _tables(entries: Sequence[Entry]) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    names: dict[str, list[int]] = {}
    titled: dict[str, list[int]] = {}
    for i, entry in enumerate(entries):
        for name in cjk_names(entry):
            names.setdefault(name, []).append(i)
        for name in cjk_names(entry, name_line=False):
            titled.setdefault(name, []).append(i)
    return names, titled


class _Reading:
    """A Korean question against a glossary's names (blanks dropped, lowercased)."""

    def __init__(self, index: CoverageIndex, question: str) -> None:
        self.index = index
        tables = index.__dict__.setdefault("_hangul_names", _tables(index.entries))
        # with the names a body's first line gives (read as a name line), and without
        self.names, self.titled = tables
        self.words = _WORD.findall(question.lower())

    def name_at(self, start: int, end: int, titled: bool = False) -> str | None:
        """The name the words ``start:end`` write (``titled``: a title's or alias's)."""
        return _name_of(self.words[start:end], self.titled if titled else self.names)

    def titles(self) -> list[tuple[int, int, str]]:
        """The longest names the question writes, left to right: (start, end, name)."""
        out: list[tuple[int, int, str]] = []
        at = 0
        while at < len(self.words):
            for end in range(min(len(self.words), at + 6), at, -1):
                if name := self.name_at(at, end, titled=True):
                    out.append((at, end, name))
                    at = end
                    break
            else:
                at += 1
        return out

    def asked_terms(self) -> list[str] | None:
        """The terms a short question asks by name, each the words before the asking
        ("심낭염이랑 심근염 같은거임": 심낭염, 심근염); None for a question saying more."""
        words = self.words
        cut = next((i for i, w in enumerate(words) if _asking(w)), len(words))
        if not 0 < cut <= _SHORT or not all(self._says(w) for w in words[cut:]):
            return None
        terms: list[list[str]] = [[]]
        for n, word in enumerate(words[:cut]):
            joined = next((p for p in _JOINING if word.endswith(p) and len(word) > len(p)), "")
            if word in _JOIN_WORDS or (joined and word not in self.names):
                terms[-1].extend([word[: -len(joined)]] if joined else [])
                terms.append([])
            elif n < cut - 1 and (len(bare_forms(word)) > 1 or _PREDICATE.search(word)):
                return None  # "빠른부정맥은 심박수가 분당 ...": more than a name is said
            else:
                terms[-1].append(word)
        return [" ".join(t) for t in terms if t]

    def _says(self, word: str) -> bool:
        """An asking word or a verb's ending: it says something, names nothing."""
        return _asking(word) or (word not in self.names and bool(_PREDICATE.search(word)))

    def check_term(self, term: str) -> TermCoverage:
        """Whether the glossary names ``term`` (or, mistyped, one name), or its Latin name
        ("CRP검사": crp) some entry writes."""
        words = term.split()
        if name := _name_of(words, self.names):
            return self._title(name)
        head = "".join(_BRACKETED.sub("", w) for w in words[:-1])
        for last in bare_forms(_BRACKETED.sub("", words[-1])):
            if typo := _typo_of(head + last, list(self.names)):
                return self._title(typo)
        for latin in _LATIN.findall(term):
            found = self.index._check_term(KeyTerm(latin, True))
            if found.found:
                return found
        return TermCoverage(term, False, "", (), True)

    def writes_a_word(self, entry: Entry) -> bool:
        """Whether ``entry`` writes one of the question's words of two syllables or more
        that name rather than ask, a particle cut off ("손톱에": 손톱)."""
        text = f"{entry.title}{entry.body}".replace(" ", "").lower()
        said = (min(bare_forms(w), key=len) for w in self.words if not self._says(w))
        return any(len(w) >= 2 and w in text for w in said)

    def _title(self, name: str) -> TermCoverage:
        # a name said without an English frame, as "vad är propolis" says one: the entry
        # it names is ranked by that name (query_names.by_other_name)
        return self.index._found(KeyTerm(name, True), SAID_NAME, self.names[name])


def hangul_check(
    index: CoverageIndex, question: str, ranked: Sequence[str] = ()
) -> TermCoverage | None:
    """The key-term lookup of a Korean question; None for a question in another script.

    A short question asking by name decides on the terms it names: the first the glossary
    lacks is missing ("폐색전증 뜻"), else the first it has. A longer one decides on the
    first name it writes whole ("... 심실 중격 결손이 정확히 어떤 병인지 알려주세요"); one
    writing no name is a description, judged on its hits, and refused when the best of
    them (``ranked``: entry ids, best first) writes none of its words: the packaged encoder
    reads no Korean, so a resemblance in meaning is no evidence on its own."""
    if not korean(question):
        return None
    reading = _Reading(index, question)
    if not reading.words:
        return None
    asked = reading.asked_terms()
    if asked:
        results = [reading.check_term(t) for t in asked]
        missing = [r for r in results if r.found is False]
        return (missing or results)[0]
    titles = reading.titles()
    if titles:  # the topic ("빠른부정맥은 ..."), else the first name written
        topic = [name for _, end, name in titles if reading.words[end - 1][-1] in "은는"]
        return reading._title((topic or [titles[0][2]])[0])
    for latin in (w for w in reading.words if _LATIN.fullmatch(w)):
        if (found := index._check_term(KeyTerm(latin, True))).found:
            return found  # "ALT 수치가 높게 나왔는데 ALT가 뭐야"
    described = " ".join(reading.words)
    best = index._position.get(ranked[0]) if ranked else None
    if best is not None and not reading.writes_a_word(index.entries[best]):
        return TermCoverage(described, False, "", (), True, clean=False)
    return TermCoverage(described, False, "", (), False)


def east_asian_check(
    index: CoverageIndex, question: str, ranked: Sequence[str] | None
) -> TermCoverage | None:
    """The key-term lookup of a question in Korean (read by its words), in Chinese or
    Japanese (read by its characters: cjk_terms.py) or in Thai with Latin-letter names
    (thai_terms.py); None for a question in none of them."""
    ranked = ranked or ()
    return (
        hangul_check(index, question, ranked)
        or cjk_check(index, question, ranked)
        or thai_check(index, question, ranked)
    )
