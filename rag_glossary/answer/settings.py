"""The question's words that only set where its term applies ("... in a knowledge graph",
"time to live on a clickhouse table"): they name no second thing the answer leaves open."""

from __future__ import annotations

from rag_glossary.answer.question import Question, second_part
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit

_FIELD = lazy_regex(r"(?i)\b(?:in|within)\s+(?:an?|the)?\s*([\w\s-]+?)\s*[?.!]*$")
# the entry's name, then where it applies
_NAME_IN_SETTING = lazy_regex(
    r"(?i)^(.+?)\s+(?:on|in|within|for)\s+(?:an?\s+|the\s+)?([\w\s-]+?)\W*$"
)


def setting_words(q: Question, hit: Hit) -> set[str]:
    """The words of a trailing field, and of the setting after the whole question says
    only ``hit``'s name. The field of a two-part question ends where its second question
    begins ("what is fire in a diamond and what causes it": "causes" is asked)."""
    last = (second_part(q.text) if q.two_part else None) or q.text
    words = set(tokenize(m.group(1))) if (m := _FIELD.search(last)) else set()
    return words | _setting_of_name(last, hit)


def _setting_of_name(text: str, hit: Hit) -> set[str]:
    """The setting's words, when all the text says before it is the entry's name (its
    title or alias words: "time to live" of "TTL (Time To Live)")."""
    if (m := _NAME_IN_SETTING.match(text)) is None:
        return set()
    head = set(tokenize(m.group(1)))
    names = set(tokenize(" ".join((hit.title, *hit.entry.aliases))))
    return set(tokenize(m.group(2))) if head and head <= names else set()
