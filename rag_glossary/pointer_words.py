"""The word a glossary writes to send the reader to another entry or page, in the languages
glossaries are written in: "See X" is "Se X" (no / sv / da), "Siehe X" / "s. X" (de), "Voir
X" (fr), "Vedi X" (it), "Véase X" / "Ver X" (es), "Veja X" / "Ver X" (pt), "Zie X" (nl),
"Zob. X" (pl), "Viz X" (cs), "См. X" (ru), "Bkz. X" (tr), "Ks. X" / "Katso X" (fi), "Lásd
X" / "Ld. X" (hu), "Βλ. X" / "Βλέπε X" (el, also unspaced: "βλ.X"), "देखें X" (hi), "Vezi X" /
"Vezi și X" (ro), "Lihat X" / "Lihat juga X" (ms, id).
English "See X" is read where it always was (answer/cleaning.py, answer/stubs.py); this
module adds the other languages.

A sentence that sends the reader to more information elsewhere ("For more information, see
X", "Další informace najdete v tématu X", :func:`points_elsewhere`) is no answer sentence
either, wherever its phrase stands.

A line that opens so states nothing of the term: it is no answer sentence, and an entry whose
whole text is one points at the entry it names (answer/stubs.py)."""

from __future__ import annotations

from rag_glossary.lazy_re import lazy_regex

# Words that are a pointer wherever they open a sentence.
_STRONG = (
    r"siehe(?:\s+auch)?|vgl\.|voir(?:\s+aussi)?|vedi(?:\s+anche)?|v[ée]ase(?:\s+tambi[ée]n)?"
    r"|ver\s+tamb(?:i[ée]n|[ée]m)|veja(?:\s+tamb[ée]m)?|zie(?:\s+ook)?|zob\.(?:\s+te[żz])?"
    r"|viz(?!\.)(?:\s+t[ée][žz])?|см\.(?:\s+также)?|смотри(?:те)?|bkz\.|se\s+(?:ogs[åa]|även)"
    r"|ks\.(?:\s+myös)?|katso(?:\s+myös)?|l[áa]sd(?:\s+m[ée]g)?|ld\.(?:\s+m[ée]g)?"
    r"|βλ(?:έπε|\.)(?:\s+(?:και|επίσης))?|देखें|vezi(?:\s+(?:și|si|ş|şi))?"
    r"|lihat(?:\s+juga)?"
)
# Words that are also everyday words of another language (Spanish and Portuguese "se",
# Spanish "ver" opening "Ver la ...", an initial "S."): a pointer only before a name
# (a capital, maybe quoted or bracketed) in a short line. "Se destina a la conducción de
# las aguas" states; "Se Bivax." points.
_WEAK = r"[Ss]e|[Vv]er|s\.|v\."
_POINTER = lazy_regex(
    rf"^[\W_]{{0,3}}(?:(?i:{_STRONG})|(?P<weak>{_WEAK}))(?:\s*:)?(?:\s+|(?<=[βΒ]λ\.))"
    r"(?P<name>\S.*?)\s*$",
)
_NAME_START = lazy_regex(r"[\W_]*(?P<first>[^\W\d_])")
_WEAK_WORDS = 8


def pointed_name(text: str) -> str | None:
    """What a line that opens with another language's pointer word names ("См. раздел
    CLR" -> "раздел CLR"), or None when the line does not open with one."""
    match = _POINTER.match(" ".join(text.split()))
    if match is None:
        return None
    name = match.group("name")
    if match.group("weak") is not None:
        first = _NAME_START.match(name)
        if first is None or not first.group("first").isupper():
            return None
        if len(text.split()) > _WEAK_WORDS:
            return None
    return name


def opens_with_pointer(text: str) -> bool:
    """The line opens with a pointer word of a language other than English."""
    return pointed_name(text) is not None


# "... двоичными файлами. См. также библиотека.": a pointer closing a paragraph's last
# sentence, which the splitter left inside the unit
_TAIL = lazy_regex(rf"(?<=[.!?])\s+(?=(?i:{_STRONG})\s)")
_TAIL_WORDS = 8


# "For more information, see X", "Další informace najdete v tématu X", "Dekoratörler hakkında
# daha fazla bilgi için X belgelerine bakın": a sentence that sends the reader to more
# information elsewhere, in the languages above; its link's target is gone from the text.
# "extract more information out of data" states: the phrase is the pointer's own.
_MORE = lazy_regex(
    r"(?i)(?:^|\bfor\s+)(?:more|further)\s+(?:information|info|details)\b"
    r"|^(?:to\s+)?(?:learn|read|find\s+out)\s+more\s*(?:[,:\-–—]|(?:about|on|at|in|here)\b)"
    r"|^learn\s+about\b|^seznamte\s+se\s+s\b"  # "Learn about X" (cs as Microsoft's docs say it)
    r"|^(?:další|podrobnější)\s+informace\b|^přečtěte\s+si\s+(?:další|více)\b"
    r"|^weitere\s+informationen\b|\bmehr\s+(?:dazu|informationen)\s+finden\b"
    r"|\bpour\s+(?:plus\s+d['’]informations|en\s+savoir\s+plus)\b"
    r"|\bpara\s+(?:obtener\s+)?(?:más|mais)\s+informaci(?:ón|ones)\b|\bpara\s+saber\s+mais\b"
    r"|\bpara\s+(?:obter\s+)?mais\s+informações\b|\bsaiba\s+mais\b"
    r"|\bper\s+(?:ulteriori|maggiori)\s+informazioni\b|\bper\s+saperne\s+di\s+più\b"
    r"|\bvoor\s+meer\s+informatie\b|^meer\s+informatie\b|^więcej\s+informacji\b"
    r"|^(?:дополнительные\s+сведения|подробнее)\b|\bdaha\s+fazla\s+bilgi\s+için\b"
    r"|\bf(?:ö|o)r\s+mer(?:e)?\s+informa(?:tion|sjon)\b|^mer\s+information\s+finns\b"
    r"|^lisätietoja\b|^további\s+információ\b"
    # Hindi: "X के बारे में और जानें" (learn more about X), "X के बारे में अधिक", "X पर अधिक"
    # (more on X), "अधिक जानकारी" (more information), a short "X का परिचय" (an introduction
    # to X): link texts whose link is gone
    r"|\sके\s+बारे\s+में\s+(?:और\s+)?(?:जानें|जानिए|पढ़ें|अधिक)(?=[\s।.]|$)"
    r"|\sपर\s+अधिक\s*[।.]?$|(?<!\S)अधिक\s+जानकारी(?=[\s।.]|$)"
    r"|^(?:\S+\s+){1,4}(?:का|की|के)\s+परिचय\s*[।.]?$"
)


def points_elsewhere(text: str) -> bool:
    """The sentence sends the reader to more information elsewhere ("Learn more about X",
    "Další informace najdete v tématu X"): it states nothing of the term."""
    return _MORE.search(" ".join(text.split())) is not None


def without_pointer_tail(text: str) -> str:
    """The text without a short closing sentence that only points elsewhere."""
    for found in _TAIL.finditer(text):
        rest = text[found.end() :]
        if len(rest.split()) <= _TAIL_WORDS and "?" not in rest:
            return text[: found.start()]
    return text
