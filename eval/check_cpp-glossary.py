"""Static checks of eval/corpora/cpp-glossary/questions.jsonl (blind, round 50).

Run from the worktree root: ``python eval/check_cpp-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file in **Hungarian** (``cpp-glossary.md``,
Seeker04/elte-ik-cpp's ``fogalomtar_kidolgozott.md``, the worked-out glossary of ELTE's
"Programozási nyelvek C++" course, MIT): an HTML licence comment, an H1 intro, ``#``
topic headings and 209 ``## Term<a id='ascii-id'></a>`` headings whose bodies carry C++
code fences. The parser reads it (210 entries: the intro and the 209 terms; ids from the
titles, not from the ``<a id>`` anchors). The questions are in Hungarian too, typed as
Hungarians do (accents often dropped, suffixed forms such as "c++ban", "szonak").

Hungarian is agglutinative and the negative-term check matches whole words: every negative
lists the suffixed forms of its key words, their unaccented spellings and usual synonyms.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "cpp-glossary"
N = "cpp-glossary-"
# The key term(s) of each negative, lower case, with suffixed forms and usual synonyms: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary
    # 023 threads (main függvény, Hívási verem)
    f"{N}023": [
        "szál",
        "szálak",
        "szálakon",
        "szalakon",
        "szálon",
        "szálat",
        "szálakat",
        "többszálú",
        "thread",
        "threads",
        "std::thread",
        "párhuzamos",
        "párhuzamosan",
        "parhuzamosan",
        "mutex",
        "konkurens",
        "concurrency",
        "multithreading",
    ],
    # 024 name mangling (Függvény túlterhelés, Tárgykód, Szignatúra, Összeszerkesztés)
    f"{N}024": [
        "mangling",
        "mangled",
        "name mangling",
        "névdekorálás",
        "dekorálás",
        "dekorált",
        "névmanipuláció",
    ],
    # 025 copy elision / RVO (Másoló konstruktor, Visszatérési típus)
    f"{N}025": [
        "elision",
        "copy elision",
        "rvo",
        "nrvo",
        "return value optimization",
        "visszatérési érték optimalizáció",
        "másolás elhagyása",
    ],
    # 026 variadic functions (Formális paraméter lista, Paraméter default értéke)
    f"{N}026": [
        "variadic",
        "va_list",
        "va_arg",
        "va_start",
        "va_end",
        "változó számú",
        "valtozo szamu",
        "változó paraméterszámú",
        "ellipszis",
    ],
    # 027 two's complement (Egész típusok, Bit, Méret szabályok); unaccented "negativ" is left
    # out: it is a string in the Ternáris operátor code example, not the concept
    f"{N}027": [
        "kettes komplemens",
        "komplemens",
        "two's complement",
        "complement",
        "negatív",
        "negatívak",
        "negatív számok",
    ],
    # 028 coroutines (Hívási verem, Ugrások, Függvények)
    f"{N}028": [
        "coroutine",
        "coroutines",
        "korutin",
        "korutinok",
        "co_await",
        "co_yield",
        "co_return",
        "yield",
        "generator",
        "generátor",
        "felfüggeszt",
        "felfüggesztheti",
    ],
    # 029 reflection (Adattag, Altípusos polimorfizmus: dinamikus típus)
    f"{N}029": [
        "reflection",
        "reflexió",
        "reflexio",
        "introspection",
        "introspekció",
    ],
    # 030 C++20 modules (#include, Fejállomány, Preprocesszor)
    f"{N}030": [
        "modul",
        "modult",
        "modulok",
        "modulokat",
        "module",
        "modules",
        "import",
        "importál",
        "importalok",
    ],
    # 031 allocators (Memória allokálás, new operátor; Sablonparaméter lista; Adatszerkezetek)
    f"{N}031": [
        "allokátor",
        "allokátort",
        "allokator",
        "allocator",
        "std::allocator",
        "memóriafoglaló",
        "memoriafoglalo",
    ],
    # named; several share a word with a title: virtuális destruktor (Virtuális metódus,
    # Destruktor), constexpr (Konstans), iterátor invalidáció (Iterátor fogalma), placement
    # new (Memória allokálás, new operátor), bináris keresés (Bináris operátor), virtuális
    # memória (Virtuális metódus, Memória cím), dinamikus programozás (Dinamikus tömb,
    # Generikus programozás), static_assert (static kulcsszó), SFINAE (Template specializáció)
    f"{N}032": [
        "virtuális destruktor",
        "virtualis destruktor",
        "virtual destructor",
        "virtuális destruktort",
    ],
    f"{N}033": ["sfinae", "substitution failure", "enable_if"],
    f"{N}034": [
        "constexpr",
        "consteval",
        "konstans kifejezés",
        "constant expression",
    ],
    f"{N}035": [
        "invalidáció",
        "invalidacio",
        "invalidálódik",
        "invalidálódnak",
        "invalidated",
        "invalidation",
        "érvénytelen",
        "érvénytelenné",
    ],
    f"{N}036": ["placement", "placement new"],
    f"{N}037": [
        "bináris keresés",
        "binaris kereses",
        "binary_search",
        "lower_bound",
        "upper_bound",
        "felezéses keresés",
        "binary search",
    ],
    f"{N}038": [
        "virtuális memória",
        "virtualis memoria",
        "virtual memory",
        "lapozás",
        "lapozas",
        "page fault",
        "laphiba",
    ],
    f"{N}039": [
        "dinamikus programozás",
        "dinamikus programozas",
        "dynamic programming",
        "memoizáció",
        "memoization",
    ],
    f"{N}040": ["static_assert", "assert", "fordítási idejű assert"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
