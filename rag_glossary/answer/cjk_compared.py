"""A comparison asked in Japanese, Chinese or Korean, read as the English one (round 49).

question.py reads a comparison by English words and language_cues.py by a spaced
language's joining words; Japanese and Chinese write no blanks, so "コンテキストスイッチと
モード切替のちがい" or "交易日和交割日有什么区别" was read as one term and answered by
one side. A contrast word (違い, 区别, 차이) and a joiner between two names say the
comparison: Japanese と, Chinese 和 / 与 / 跟, written inside the run; Korean 와 / 과 /
랑 / 이랑 / 하고, attached to the first noun as a particle; "vs" in any of them, blanks
or none ("多头vs空头"). It is then read as "difference between X and Y".
"""

from __future__ import annotations

import re

from rag_glossary.lazy_re import lazy_regex
from rag_glossary.word_tokens import CJK, HANGUL, KANA

_CONTRAST = re.compile(
    "違い|ちがい|違う|ちがう|差異|区别|區別|不同|差别|差別|差异"
    "|차이|다른가|다른지|다른 점|다른점|다르|달라|다름|비교"
)
_HIRAGANA = re.compile("[\u3040-\u309f]")
_PUNCT = re.compile(r"[\s、。，,;；:：!！?？「」『』()（）]+")
_CLAUSE = re.compile("[、。，,;；:：!！?？「」『』]")
_VS = lazy_regex(r"(?i)(?<![a-z])(?:vs\.?|versus)(?![a-z])")
# what closes a side before the contrast word: "AとBの違い", "A和B有什么区别", "A与B之间的区别"
_JA_TAIL = re.compile("(?:の|は|って|とは|が|で|何|なに|どう|どこ|どんな|どのように)+$")
_ZH_TAIL = re.compile("(?:的|之间|之間|间|間|有什么|有什麼|有何|有啥|有哪些|什么|什麼|是|在)+$")
_ZH_JOINS = "和与與跟"
# a Korean word that asks or contrasts ends the second side: "유출로 차이", "심근염 뭐가 달라요"
_KO_ASKING = re.compile(
    "^(?:차이|다른|다르|달라|다름|비교|구별|구분|뭐|무엇|무슨|어떻|어떤|어케|왜)"
)
_KO_JOINS = ("이랑", "하고", "랑", "와", "과")


def compared_in_script(question: str) -> str | None:
    """The comparison the question asks, as "difference between X and Y" (None: it is
    not written in Kana, Hangul or Chinese characters, or says no contrast word and no
    "vs", or no two sides are joined)."""
    if not CJK.search(question):
        return None
    sides = _versus(question) or _joined(question)
    return f"difference between {sides[0]} and {sides[1]}" if sides else None


def _versus(question: str) -> tuple[str, str] | None:
    """ "多头vs空头", "ext4 vs XFS ジャーナリングのやり方はどう違う": the runs either side of
    "vs" (Korean's spaced questions are read by question.py)."""
    if HANGUL.search(question) or len(found := list(_VS.finditer(question))) != 1:
        return None
    before, after = question[: found[0].start()], question[found[0].end() :]
    left = _script_run(_last_clause(before).strip()[::-1])[::-1]
    right = _trimmed(_script_run(_first_clause(after).strip()), question)
    return (left, right) if left and right else None


def _joined(question: str) -> tuple[str, str] | None:
    cue = _CONTRAST.search(question)
    if cue is None:
        return None
    if HANGUL.search(question) and not KANA.search(question):
        return _korean(question)
    said = _last_clause(question[: cue.start()])
    if KANA.search(question):
        said = _JA_TAIL.sub("", said)
        # と joins two names when a name follows it (not "こと", "ひとつ"): its next
        # letter is no Hiragana
        at = [i for i, c in enumerate(said) if c == "と" and 0 < i < len(said) - 1]
        at = [i for i in at if not _HIRAGANA.match(said[i + 1])]
    else:
        said = _ZH_TAIL.sub("", said)
        at = [i for i, c in enumerate(said) if c in _ZH_JOINS and 1 < i < len(said) - 2]
    if len(at) != 1:
        return None  # none, or a joiner inside a name too: which one joins is unsaid
    left, right = said[: at[0]].strip(), said[at[0] + 1 :].strip()
    return (left, right) if left and right else None


def _korean(question: str) -> tuple[str, str] | None:
    """ "우심실 유출로랑 좌심실 유출로 차이": the words up to the one a joining particle
    ends, that particle cut, and the words after it up to an asking word."""
    said = _PUNCT.sub(" ", question).split()
    for i, word in enumerate(said[:-1]):
        join = next((p for p in _KO_JOINS if word.endswith(p) and len(word) > len(p)), "")
        if not join or not _fits(word[: -len(join)], join):
            continue
        if not _CONTRAST.search(" ".join(said[i + 1 :])):
            continue  # "심근염과 관련된 다른 질환": no two sides compared
        right: list[str] = []
        for w in said[i + 1 :]:
            if _KO_ASKING.match(w):
                break
            right.append(w)
        if right and len(right[-1]) > 1 and _closing(right[-1]):
            right[-1] = right[-1][:-1]  # "심낭염의 차이", "심낭염은 다른가요"
        if right and len(right) < len(said) - i - 1:
            return " ".join((*said[:i], word[: -len(join)])), " ".join(right)
    return None


def _closing(word: str) -> bool:
    """The word ends in 의, or in the topic particle 은 / 는 as its noun takes it."""
    ending = word[-1]
    return ending == "의" or (
        ending in "은는" and _fits(word[:-1], "과" if ending == "은" else "와")
    )


def _fits(noun: str, join: str) -> bool:
    """Korean writes 과 and 이랑 after a syllable ending in a consonant, 와 and 랑 after
    one ending in a vowel ("유출로랑", "심근염과"); 하고 after either. A word whose last
    syllable does not fit is no noun and particle ("결과" is no 결 + 과 only by chance)."""
    last = noun[-1]
    if not HANGUL.match(last) or join == "하고":
        return bool(HANGUL.match(last)) or join == "하고"
    closed = (ord(last) - 0xAC00) % 28 != 0
    return closed if join in ("과", "이랑") else not closed


def _last_clause(text: str) -> str:
    return _CLAUSE.split(text.strip())[-1].strip()


def _first_clause(text: str) -> str:
    return _CLAUSE.split(text, maxsplit=1)[0]


def _script_run(text: str) -> str:
    """``text`` up to a blank between two scripts ("XFS ジャーナリング...": XFS)."""
    for m in re.finditer(r"\s+", text):
        before, after = text[m.start() - 1], text[m.end()] if m.end() < len(text) else ""
        if after and bool(CJK.match(before)) != bool(CJK.match(after)):
            return text[: m.start()]
    return text


def _trimmed(side: str, question: str) -> str:
    cue = _CONTRAST.search(side)
    side = side[: cue.start()] if cue else side
    return (_JA_TAIL if KANA.search(question) else _ZH_TAIL).sub("", side).strip()
