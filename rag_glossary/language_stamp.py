"""What the index's language was detected with, as a stamp its manifest keeps (round 54).

The index build detects its glossary's language once (coverage/glossary_language.py,
``corpus_language``) and stores it: it picks the BM25 stems, the question forms and the
refusal phrases. An index built before the detection's code or data changed keeps the
language it found then, so the stamp is a freshness input (index/freshness.py) like the
parser's and the stems' versions: ``DETECTION_VERSION``, bumped by hand when the detection's
code changes (its shares, its folding, which words it counts), and a digest of its data,
taken on its own: each language's function-word and letter fields of
data/question_forms.json and the ``stop-words`` package's version. An edit to the other
fields of question_forms.json (question words, contrasts) leaves indexes fresh.

Cheap enough for the query path: one small JSON read, once a process, no import of the
coverage package and no parse of the corpus.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

# 1: round 54, the first stamp (the detection as round 53 left it)
# 2: round 56, question_forms.json's own function-word lists of languages the stop-words
# package lacks are counted too (Basque, "eu"), and Malay and Indonesian are told apart by
# their own spellings and endings (lane ID)
# 3: round 58, a glossary whose words are mostly in a script question_forms.json gives
# (``script``: Devanagari) is in that script's language whose function words it writes most,
# though they are fewer than MIN_FUNCTION_SHARE (Marathi, lane FM)
# and a language named in half the entries' words (a bilingual term base's
# "Estonian: andmevõrk" lines, parsing/record_names.py) names the glossary's language when
# neither its function words nor its letters do (lane PE)
DETECTION_VERSION = 3

# the fields of data/question_forms.json that ``corpus_language`` reads: the function words
# it counts (``function_words``) and adds (``more_function_words``), the letters a language
# is told by (``letters``) and which languages are known for comparisons only, whose letters
# it does not read (``comparisons_only``), and the spellings and endings that tell two
# sister languages apart (``own_words``, ``own_endings``: coverage/sister_language.py), and
# the script a language is told by (``script``: glossary_language._scripted_language)
DETECTION_FIELDS = (
    "function_words",
    "more_function_words",
    "letters",
    "comparisons_only",
    "own_words",
    "own_endings",
    "script",
)

FORMS = Path(__file__).resolve().parent / "data" / "question_forms.json"


@functools.cache
def detection_stamp() -> str:
    """ "<DETECTION_VERSION>-<digest of the detection's data>": what a manifest records."""
    return f"{DETECTION_VERSION}-{_detection_digest(FORMS.read_text(encoding='utf-8'))}"


def _detection_digest(forms_text: str) -> str:
    raw = json.loads(forms_text)
    used = {
        code: {field: forms[field] for field in DETECTION_FIELDS if field in forms}
        for code, forms in raw.items()
        if not code.startswith("_") and isinstance(forms, dict)
    }
    said = json.dumps([_stop_words_version(), used], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(said.encode("utf-8")).hexdigest()[:16]


def _stop_words_version() -> str:
    """The installed ``stop-words`` package's version (its lists are the detection's data)."""
    try:
        from stop_words._version import __version__
    except ImportError:  # a build without setuptools-scm's module: the slower lookup
        from importlib.metadata import version

        return version("stop-words")
    return str(__version__)
