"""Key terms of questions typed without blanks (Chinese, Japanese): no word boundaries to
read a noun phrase by, so the question, its asking cut out, is looked up as characters.

A glossary in those scripts writes a term inside longer runs ("冷钱包是一种..."), so a piece
of the question is found where an entry's text holds it as a substring, not as a word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.models import Entry
from rag_glossary.word_tokens import CJK, CJK_ASKING, CJK_CHARS, HAN_KANA

if TYPE_CHECKING:
    from rag_glossary.coverage.lookup import CoverageIndex

# the parts a question splits into: runs of CJK characters, runs of other letters/digits
_PIECE = re.compile(f"[{CJK_CHARS}]+|[^\\W_{CJK_CHARS}]+")
# a piece not written whole must still share this share of its characters with some entry
# ("无利害关系问题": "无利害关系"): "量子计算机" with only "计算机" written is missing
_FOUND_SHARE = 2 / 3
_SENTENCE_END = re.compile(r"[。．.!?！？]")
_NAME_LINE = 30  # characters: longer is a definition, not a name
_NAME_PARTS = re.compile(r"[；;，,、/（）()：:]|\s[-–—]\s")
# two terms said together ("硬分叉和软分叉"): no one name
_BETWEEN = re.compile("[和与及跟或]")
_LATIN = re.compile("[a-z]{2,}")
# particles and the copula a piece may keep beside a name ("止价盘的"), no part of a word
_PARTICLES = "的是了吗呢吧啊呀"
# spoken Chinese question words the tokenizer's CJK_ASKING leaves in ("止价盘是用来干嘛的"):
# cut here only, so the key term is the name asked about, not the name and the asking
_ASKED_TOO = re.compile("是用来干嘛的?|用来干嘛的?|干嘛|是个啥|是啥|啥")
# spoken Japanese question frames, cut before the tokenizer's shorter ones so that "って"
# inside "どうやって" is no cut: "CoWってなんのこと", "名前付きパイプってどうやって作るの",
# "AとBのちがい"; each asks about the name beside it, none is part of a name
_JA_FRAMES = re.compile(
    "ってなんですか|ってなんのこと|って何のこと|ってなに|って何|ってなん|ってどれ|ってどういう"
    "|とはなんですか|とは何ですか|とは何|とは|どういう意味|の意味|どうやって|どうすれば|どうして"
    "|なんで|なぜ|なにそれ|何それ|なんていう|を教えて|教えて|のちがい|ちがい|の違い|違い"
    "|について|ですか"
)


def cjk_pieces(question: str) -> list[str]:
    """The pieces of a question with CJK characters, asking words cut out, a part mixing
    scripts first whole ("Gas价格是什么": ["gas价格", "价格", "gas"]; "什么是冷钱包？":
    ["冷钱包"]); [] for a question without."""
    if not CJK.search(question):
        return []
    out: list[str] = []
    said = (c for j in _JA_FRAMES.split(question) for c in CJK_ASKING.split(j))
    for part in (p for a in said for p in _ASKED_TOO.split(a)):
        pieces = _PIECE.findall(part)
        joined = "".join(_PIECE.findall(part.replace(" ", ""))).lower()
        if len(pieces) > 1 and not _BETWEEN.search(part) and CJK.search(joined):
            out.append(joined)
        for piece in pieces:  # "硬分叉和软分叉": each side, when both are two characters
            sides = _BETWEEN.split(piece)
            two = len(sides) > 1 and min(map(len, sides)) >= 2
            out.extend(s.lower() for s in (sides if two else [piece]))
    return out


def longest_written(piece: str, texts: Sequence[str]) -> str:
    """The longest part of ``piece`` (two characters or more) some text holds."""
    for size in range(len(piece), 1, -1):
        for start in range(len(piece) - size + 1):
            part = piece[start : start + size]
            if any(part in t for t in texts):
                return part
    return ""


def where_written(
    piece: str, entries: Sequence[Entry], ranked: Sequence[int]
) -> tuple[str, list[int]] | None:
    """How a CJK piece is written in the glossary ("title": whole in a title or alias,
    "text": mostly in some entry's text) and the entries holding it, ranked ones first;
    None when too little of it is written anywhere."""
    named = [cjk_names(e) for e in entries]
    where = [i for i, ns in enumerate(named) if any(piece in n for n in ns)]
    if not where:  # a name and a word after it: "分片技术", "无利害关系问题"
        inside = [(n, i) for i, ns in enumerate(named) for n in ns if _name_and_words(n, piece)]
        size = max((len(n) for n, _ in inside), default=0)
        where = [i for n, i in inside if len(n) == size >= max(2, len(piece) / 2)]
    if where:
        return "title", _ranked_first(where, ranked)
    names = [" ".join((e.title, *e.aliases)) for e in entries]
    texts = [f"{n}\n{e.body}" for n, e in zip(names, entries, strict=True)]
    part = longest_written(piece, texts)
    if len(part) < max(2, _FOUND_SHARE * len(piece)) or len(part) == 2 < len(piece):
        return None  # two of three characters: a two-character word, not the term
    # the entry writing it first names it (a Chinese name on the body's first line), the
    # entries mentioning it further on after; the ranking breaks ties
    order = {i: n for n, i in enumerate(ranked)}
    where = [i for i, t in enumerate(texts) if part in t]
    where.sort(key=lambda i: (texts[i].index(part) > len(names[i]) + 1, order.get(i, len(order))))
    return "text", where


def _name_and_words(name: str, piece: str) -> bool:
    """``piece`` is ``name`` with whole words before or after it ("分片技术", "无利害关系
    问题"), not a longer word built on it: one character more, a particle aside, makes
    another term ("掉期点" is swap points, not 掉期)."""
    if name not in piece:
        return False
    before, _, after = piece.partition(name)
    return all(len(rest.strip(_PARTICLES)) != 1 for rest in (before, after))


def _named_otherwise(piece: str, pieces: Sequence[str], index: CoverageIndex) -> bool:
    """The question writes ``piece`` with a Latin abbreviation the glossary lacks
    ("风险价值VaR") and no title or alias holds ``piece`` whole: a name with a word beside
    it ("风险" and "价值") is then another term, the one the abbreviation names."""
    if any(piece in n for e in index.entries for n in cjk_names(e)):
        return False
    for joined in (p for p in pieces if piece in p and p != piece):
        before, _, after = joined.partition(piece)
        for latin in (before, after):
            if _LATIN.fullmatch(latin) and not index._check_term(KeyTerm(latin, True)).found:
                return True
    return False


def _built_on_name(piece: str, entries: Sequence[Entry]) -> bool:
    """``piece`` is an entry's name and one character more: another term the glossary
    lacks ("掉期点" beside 掉期), which decides over the other pieces of the question."""
    names = {n for e in entries for n in cjk_names(e) if len(n) >= 2}
    return any(n in piece and not _name_and_words(n, piece) for n in names)


def cjk_names(entry: Entry, name_line: bool = True) -> list[str]:
    """An entry's names with CJK characters, blanks dropped and lowercased: its title's,
    aliases' and (``name_line``) name line's parts ("Cash Market - 现货市场": "现货市场";
    "Gas 价格": "gas价格"; "哈希方程；散列函数": both)."""
    said = (entry.title, *entry.aliases, _name_line(entry.body) if name_line else "")
    parts = (p.replace(" ", "").lower() for n in said for p in _NAME_PARTS.split(n))
    return [p for p in parts if CJK.search(p)]


def _name_line(body: str) -> str:
    """A body's first line when it is a name (no sentence end), as bilingual glossaries
    write an English-titled entry's Chinese name: "冷钱包", "哈希方程；散列函数"."""
    first = body.lstrip().split("\n", 1)[0]
    return "" if _SENTENCE_END.search(first) or len(first) > _NAME_LINE else first


def _ranked_first(where: list[int], ranked: Sequence[int]) -> list[int]:
    first = [i for i in ranked if i in set(where)]
    return first + [i for i in where if i not in set(first)]


def cjk_check(index: CoverageIndex, question: str, ranked: Sequence[str]) -> TermCoverage | None:
    """The key-term lookup of a question with CJK characters: its first piece the glossary
    has, CJK pieces before Latin ones ("Gas价格": "价格", not the wider "gas"; a Latin piece
    is looked up as any key term: "EVM"), else its first piece none has; None for a
    question without CJK characters."""
    pieces = cjk_pieces(question)
    ranks = [index._position[r] for r in ranked if r in index._position]
    lacked: TermCoverage | None = None
    for piece in sorted(pieces, key=lambda p: not CJK.search(p)):  # CJK pieces first
        if not CJK.search(piece):
            found = index._check_term(KeyTerm(piece.lower(), True))
        elif written := where_written(piece, index.entries, ranks):
            found = index._found(KeyTerm(piece, True), *written)
            if written[0] == "title" and _named_otherwise(piece, pieces, index):
                return TermCoverage(piece, False, "", (), True)
        elif _built_on_name(piece, index.entries):
            return TermCoverage(piece, False, "", (), True)  # "掉期点": not "计算" after it
        else:
            found = TermCoverage(piece, False, "", (), True)
        if found.found:
            return found
        lacked = lacked or found
    return lacked


_NAME_LETTERS = 12  # Han / Kana letters: terms run 2-10 ("完全公平スケジューラ"), descriptions on


def described_whole(term: str) -> bool:
    """A missing "name" of more Han / Kana letters than a term has is the question's
    description read whole ("毎日決まった時刻にコマンドを自動で実行させたいときに使う仕組み"):
    the refusal says the question is not covered instead of naming it."""
    return len(HAN_KANA.findall(term)) > _NAME_LETTERS
