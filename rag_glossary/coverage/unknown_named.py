"""A short question in a non-English glossary's language whose key term, a word or name the
glossary writes, follows a word no entry writes in any form: "pourbaix diyagramı nasıl okunur"
(TTT Diyagramı is another diagram), "winui 3 чем отличается" (the texts say "отличается" of
other things). The unknown word names the thing asked; the glossary word after it only says
what kind of thing it is or what is asked of it, so no entry covers the question (round 54
lane UM; English: unknown_modifier.py; a name then one unknown word: name_rest.relation_unsaid).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from rag_glossary.coverage.name_rest import name_at
from rag_glossary.word_marks import lettered

_MOST_WORDS = 3  # "pourbaix diyagramı okunur": the most content words of such a question


def unknown_before(
    said: Sequence[str],
    key_term: str,
    frame: Collection[str],
    unknown: Callable[[str], bool],
) -> str | None:
    """The phrase from the word before the key term to the term's end when ``said`` (the
    question's words) has at most ``_MOST_WORDS`` content words (``frame`` dropped, numbers
    dropped: "winui 3") and the content word just before the term is ``unknown`` (None: not
    such a question); the phrase keeps the words said between them. The caller asks this
    only of a key term some entry's text writes and no entry is named by: before an
    entry's name an unknown word is as often what is asked of it ("απο τι υλικα
    φτιαχνοταν το ρετσινοπαλαμισμα", "wie dick ist ein b schlauch")."""
    places = [i for i, w in enumerate(said) if w not in frame and lettered(w)]
    content = [said[i] for i in places]
    term = key_term.split()
    if len(content) > _MOST_WORDS:
        return None
    at = name_at(content, term)
    if not at or not unknown(content[at - 1]):
        return None
    # the words as said, from the unknown one to the term's end ("winui 3 чем отличается")
    return " ".join(said[places[at - 1] : places[at + len(term) - 1] + 1])


_AROUND = 3  # "value based [adoption]": the most words a spelled name opens with before the name
_HYPHENS = 1  # "value-based" is one letter of VAM: the most words an acronym may leave out


def spelled_around(said: Sequence[str], name: Sequence[str]) -> str | None:
    """ "value-based adoption model (VAM) itu apa": up to three words, the name, up to three
    more, then the acronym of them all (a hyphened word one letter: "value-based" is V)
    spells out a name the glossary lacks, which its own name is only a part of (None: no
    such acronym; name_rest.spelled_longer reads the spelled names opening with the name)."""
    at = name_at(said, name)
    if at is None:
        return None
    after = at + len(name)
    for end in range(after, min(len(said), after + _AROUND + 1)):
        acronym = said[end]
        for start in range(max(0, at - _AROUND), at):
            if _spells(acronym, [w[0] for w in said[start:end]]):
                return " ".join(said[start:end])
    return None


def _spells(acronym: str, initials: Sequence[str]) -> bool:
    """Whether ``acronym`` is the initials, or them but for one inner letter (a hyphened
    word's second half), opening and closing with theirs."""
    if "".join(initials) == acronym:
        return True
    if len(acronym) < _AROUND or not 0 < len(initials) - len(acronym) <= _HYPHENS:
        return False
    if acronym[0] != initials[0] or acronym[-1] != initials[-1]:
        return False
    rest = iter(initials)
    return all(letter in rest for letter in acronym)
