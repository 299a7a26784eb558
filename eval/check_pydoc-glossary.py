"""Static checks of eval/corpora/pydoc-glossary/questions.jsonl (blind, round 44).

Run from the worktree root: ``python eval/check_pydoc-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one gettext PO file (``pydoc-glossary.po``, python/python-docs-tr's
``glossary.po``: the **Turkish** translation of the Python 3.12 documentation's glossary,
PSF licence): ``msgid`` (English source) / ``msgstr`` (Turkish) pairs, one per paragraph of
``glossary.rst``, with ``#:`` location comments and ``#, fuzzy`` flags. The parser reads
127 entries, but their titles and bodies come from the English ``msgid`` side; the Turkish
``msgstr`` text is not read. The questions are in Turkish (diacritics often dropped), so
every answerable fact lists the Turkish phrase of the ``msgstr`` first and the English
phrase of the ``msgid`` as an alternative (the one the check can find in the parsed body);
a few facts are code or numbers the two sides share.

Turkish inflects, and the negative-term check matches whole words: every negative lists
inflected forms of its key words and the English terms (the file holds both languages).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "pydoc-glossary"
N = "pydoc-glossary-"
# The key term(s) of each negative, lower case, Turkish (with inflected forms) and English:
# none may occur in the glossary file (msgid or msgstr).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (list, mutable,
    # nested scope, coroutine / awaitable, special method, GIL, virtual environment,
    # text encoding, type)
    f"{N}023": [
        "deepcopy",
        "deep copy",
        "shallow copy",
        "shallow",
        "kopya",
        "kopyası",
        "kopyalama",
        "derin kopya",
        "sığ kopya",
        "yüzeysel kopya",
        "copy",
    ],
    f"{N}024": [
        "recursion",
        "recursive",
        "recursionerror",
        "özyineleme",
        "özyinelemeli",
        "rekürsif",
        "recursion limit",
    ],
    f"{N}025": ["event loop", "olay döngüsü", "olay döngüsünü", "asyncio", "run_until_complete"],
    f"{N}026": [
        "unittest",
        "pytest",
        "doctest",
        "unit test",
        "birim test",
        "test framework",
        "test çerçevesi",
    ],
    f"{N}027": ["mangling", "name mangling", "isim bozma", "ad bozma", "private", "özel üye"],
    f"{N}028": [
        "multiprocessing",
        "processpoolexecutor",
        "çoklu işlem",
        "süreç havuzu",
        "subprocess",
        "multiple processes",
    ],
    f"{N}029": ["pip", "pypi", "paket yöneticisi", "package manager", "pip install"],
    f"{N}030": [
        "regex",
        "regular expression",
        "regular expressions",
        "düzenli ifade",
        "düzenli ifadeler",
        "kurallı ifade",
        "re modülü",
    ],
    f"{N}031": ["casting", "cast", "typecast", "type conversion", "tip dönüşümü", "tür dönüşümü"],
    # named; several share a word with a title: data class (class), abstract method
    # (abstract base class), generational garbage collection (garbage collection), magic
    # number (magic), type narrowing (type), ThreadPoolExecutor (thread: GIL's neighbourhood)
    f"{N}032": ["walrus", "assignment expression", "atama ifadesi"],
    f"{N}033": ["dataclass", "dataclasses", "data class", "veri sınıfı"],
    f"{N}034": ["abstractmethod", "abstract method", "soyut metot", "soyut yöntem"],
    f"{N}035": ["generational", "generation", "generations", "nesil", "nesiller", "kuşak"],
    f"{N}036": ["pypy"],
    f"{N}037": ["wheel", "whl"],
    f"{N}038": ["magic number", "sihirli sayı"],
    f"{N}039": ["narrowing", "type narrowing", "daraltma", "tip daraltma"],
    f"{N}040": ["threadpoolexecutor", "thread pool", "iş parçacığı havuzu", "executor"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
