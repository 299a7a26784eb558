"""Words that name the speech a thing is said in, by an ending of the question's language
(data/question_forms.json ``said_in``): Basque "euskaraz" (in Basque), "gaztelaniaz" (in
Spanish), "ingelesez" (in English), "bermiotarrez" (in the speech of Bermeo). A question
"tobogan nola esaten da bermiotarrez" asks how "tobogan" is said; the speech is its frame,
no name it asks of (asked_in_language.asked_words, language_words._inflected_name).
"""

from __future__ import annotations

import functools

from rag_glossary.everyday import everyday_words

# the fewest letters a word keeps before a ``said_in`` ending ("eusk" of "euskaraz")
_SPEECH_BASE = 3


def speech(word: str, language: str) -> bool:
    """Whether the word names the speech a thing is said in, by an ending of the language's
    (question_forms ``said_in``): Basque "tobogan nola esaten da bermiotarrez" (how is
    "tobogan" said in Bermeo speech), "euskaraz", "gaztelaniaz", "ingelesez"; the name
    asked is the other words (round 56 FB)."""
    # glossary_language imports this module
    from rag_glossary.coverage.glossary_language import function_words, question_forms

    forms = question_forms().get(language)
    return (
        forms is not None
        and bool(forms.said_in)
        and word not in _english(function_words("en"))
        and any(word.endswith(e) and len(word) - len(e) >= _SPEECH_BASE for e in forms.said_in)
    )


@functools.cache
def _english(function_words: frozenset[str]) -> frozenset[str]:
    return everyday_words() | function_words
