"""A name said in a verb-last question that is not the thing asked (round 59 FT).

A language whose clause ends on its verb (question_forms.json ``verb_last``) sets the place
a question asks in first, closed by a postposition (``setting_after``), and says the thing
asked after it: Tamil "reinforcement learning-ல Q-learning எப்படி வேலை செய்யும்" asks how
Q-learning works in reinforcement learning, as English's "in" opens the setting. And it
asks what a described thing is called with the description first and the called form last
("... n-gram match வச்சு அளக்கிற score பேரு என்ன", what is the score called that measures
...): a name the description says on its way is no name asked, unless the dative closes it
("AI chatbot-க்கு ... பேரு என்ன": the name of the AI chatbot is asked). The English grammar
reads neither order, and the glossary's name said first had been taken for the one asked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rag_glossary.coverage.glossary_language import frame_words, question_forms, with_plain
from rag_glossary.forms_data import listed_words


def words_at(full: Sequence[str], name: Sequence[str]) -> int | None:
    """Where ``name``'s words start among ``full`` (None: not said), whether each is a list
    or a tuple."""
    n = len(name)
    return next((i for i in range(len(full) - n + 1) if list(full[i : i + n]) == list(name)), None)


def asked_after_setting(
    full: Sequence[str], name: Sequence[str], language: str, writes: Callable[[str], bool]
) -> str | None:
    """The words after ``name`` and the postposition closing it as a setting (``full``: the
    question's words), up to the next frame word, when one of them is a word no entry
    writes (``writes``): the thing asked, which the glossary lacks ("q learning"; None: the
    name is no setting so closed, or every word after it is written)."""
    forms = question_forms().get(language)
    closers = frozenset(listed_words(language, "setting_after"))
    at = words_at(full, name)
    if forms is None or not forms.verb_last or not closers or at is None:
        return None
    after = at + len(name)
    if after >= len(full) or full[after] not in closers:
        return None
    frame = frame_words(language)
    run: list[str] = []
    for w in full[after + 1 :]:
        if w in frame or w in closers:
            break
        run.append(w)
    if not run or all(writes(w) for w in run):
        return None
    return " ".join(run)


def named_in_description(full: Sequence[str], name: Sequence[str], language: str) -> bool:
    """Whether ``name`` is said inside the description of a thing whose name the question
    asks (its language's ``called`` forms, after the description): other words than the
    frame follow it before the called form, and no dative ending closes it."""
    forms = question_forms().get(language)
    at = words_at(full, name)
    # only a language that lists the endings naming the thing asked (``named_after``)
    if forms is None or not forms.verb_last or at is None or not _named_after(language):
        return False
    called = with_plain(forms.called)
    ask = next((i for i, w in enumerate(full) if w in called), None)
    after = at + len(name)
    if ask is None or ask <= after:
        return False
    if name_asked(full, name, language):
        return False  # "AI chatbot-க்கு ... பேரு என்ன": the chatbot's name is asked
    frame = frame_words(language)
    return any(w not in frame for w in full[after:ask])


def _named_after(language: str) -> frozenset[str]:
    return frozenset(listed_words(language, "named_after"))


def name_asked(full: Sequence[str], name: Sequence[str], language: str) -> bool:
    """Whether the ending right after ``name`` in ``full`` says it is the thing whose name
    is asked (question_forms.json ``named_after``: Tamil's dative "-க்கு", "AI
    chatbot-க்கு ... தமிழ் பேரு என்ன", what is the AI chatbot's Tamil name)."""
    at = words_at(full, name)
    after = len(name) + (at or 0)
    if at is None or after >= len(full):
        return False
    return full[after] in _named_after(language)
