"""A data record's long prose beyond its definition (fields.section_of's body).

A glossary kept as data often writes more than one text per term: ``definition`` and then
``explanation`` / ``details`` / ``notes`` / ``studioContext`` / ``history`` paragraphs, and a
``faq: [{q, a}, ...]`` list. Short fields become ``Name: value`` lines (fields._metadata);
the long ones are the entry's text, read after the definition in record order:

- a string field longer than a field line (fields.MAX_FIELD_CHARS) that reads as prose
  (words, mostly letters), its paragraphs kept apart;
- a list of question/answer records (``{q, a}``, ``{question, answer}``, ``{pitanje,
  odgovor}``..., or two texts whose first ends in ``?``) as one ``question\\nanswer``
  paragraph a pair;
- a list of prose strings (``notes: ["...", "..."]``) longer than a field line.

Ids, slugs, categories, dates, URLs, lists of names and bookkeeping (``license``) stay out,
and so do another language's term or definition keys (``definition_de``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from rag_glossary.parsing.clean import markdown_text

# "What is X?" / "answer" keys of a FAQ record, by language (compared as fields.key_name).
QUESTION_NAMES = frozenset(
    (
        "q", "question", "faq question", "query", "frage", "pregunta", "question text",
        "domanda", "vraag", "pergunta", "pitanje", "питање", "вопрос", "питання", "въпрос",
        "pytanie", "otázka", "kysymys", "fråga", "spørgsmål", "spørsmål", "soru", "kérdés",
        "întrebare", "質問", "问题", "問題", "질문", "câu hỏi", "سؤال", "שאלה",
    )
)  # fmt: skip
ANSWER_NAMES = frozenset(
    (
        "a", "answer", "faq answer", "reply", "response", "antwort", "respuesta", "réponse",
        "reponse", "risposta", "antwoord", "resposta", "odgovor", "одговор", "ответ",
        "відповідь", "отговор", "odpowiedź", "odpověď", "vastaus", "svar", "cevap", "válasz",
        "răspuns", "回答", "答案", "답변", "câu trả lời", "جواب", "תשובה",
    )
)  # fmt: skip
_MIN_PROSE_WORDS = 12
_MIN_LETTER_SHARE = 0.6  # of the non-space characters: code and number lists hold fewer
_MIN_ITEM_WORDS = 5  # a list's item that is a sentence, not a name or a slug
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_URL = re.compile(r"https?://\S+")


def prose_paragraphs(
    record: Mapping[str, object], used: Collection[object], definition: str, *, markdown: bool
) -> list[str]:
    """The record's long prose fields and question/answer lists, in record order, as
    paragraphs not said in ``definition``. ``used``: the keys read already (term,
    definition, ids...); bookkeeping and another language's keys stay out."""
    from rag_glossary.parsing import fields  # fields.py imports this module

    plain, long_chars = fields.plain, fields.MAX_FIELD_CHARS
    paragraphs: list[str] = []
    for key, value in record.items():
        if key in used or fields.housekeeping(str(key), value) or fields.language_named(str(key)):
            continue
        if isinstance(value, str):
            paragraphs.extend(_prose(value, plain, long_chars, markdown))
        elif isinstance(value, list | tuple):
            paragraphs.extend(_pairs(value, plain) or _prose_items(value, plain, long_chars))
    said = definition.casefold()
    return [p for p in paragraphs if p.casefold() not in said]


def _prose(
    value: str, plain: Callable[[object], str], long_chars: int, markdown: bool
) -> list[str]:
    """A long text field's paragraphs; none when it is short or no prose."""
    text = markdown_text(value) if markdown else value
    paragraphs = [p for part in _BLANK_LINE.split(text) if (p := plain(part))]
    if sum(map(len, paragraphs)) <= long_chars or not _reads_as_prose(" ".join(paragraphs)):
        return []
    return paragraphs


def _reads_as_prose(text: str) -> bool:
    words = _URL.sub(" ", text).split()
    if len(words) < _MIN_PROSE_WORDS:
        return False
    chars = "".join(words)
    return sum(c.isalpha() for c in chars) >= _MIN_LETTER_SHARE * len(chars)


def _prose_items(
    items: list[object] | tuple[object, ...], plain: Callable[[object], str], long_chars: int
) -> list[str]:
    """``notes: ["A sentence.", "Another one."]``: a list of sentences, not of names."""
    texts = [plain(v) if isinstance(v, str) else "" for v in items]
    if not texts or not all(len(t.split()) >= _MIN_ITEM_WORDS for t in texts):
        return []
    if sum(map(len, texts)) <= long_chars or not _reads_as_prose(" ".join(texts)):
        return []
    return texts


def _pairs(items: list[object] | tuple[object, ...], plain: Callable[[object], str]) -> list[str]:
    """A FAQ list: every item a question and its answer (``question\\nanswer``)."""
    from rag_glossary.parsing.fields import key_name  # fields.py imports this module

    paragraphs = []
    for item in items:
        if not isinstance(item, Mapping):
            return []
        texts = {key_name(str(k)): plain(v) for k, v in item.items() if isinstance(v, str)}
        question = next((t for k, t in texts.items() if k in QUESTION_NAMES and t), "")
        answer = next((t for k, t in texts.items() if k in ANSWER_NAMES and t), "")
        if not (question and answer) and len(texts) == 2:
            first, second = texts.values()
            question, answer = (first, second) if first.rstrip().endswith("?") else ("", "")
        if not (question and answer):
            return []
        paragraphs.append(f"{question}\n{answer}")
    return paragraphs
