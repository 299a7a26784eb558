"""Static checks of eval/corpora/statpl-glossary/questions.jsonl (design set, round 43 lane L).

Run from the worktree root: ``python eval/check_statpl-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one reStructuredText file in **Polish** (``statpl-glossary.rst``,
sajjadGG/book-python's ``book/machine-learning/slownik-pojec.rst``, "Słowniczek intuicyjny"):
a Sphinx ``.. glossary::`` directive of 32 statistics terms with one-paragraph definitions
and a closing ``.. note::`` naming the source PDF; the questions are in Polish.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "statpl-glossary"
N = "statpl-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms: none may occur in the
# glossary file. Left out on purpose (they occur in the file in another sense): "mocniejszy"
# (test jednostronny), "normalności" (test parametryczny), "wielkość próby" (rozkład
# dwumianowy), "kwadrat" (metoda najmniejszych kwadratów), "zmienność" (korelacja).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (średnia, rozkład, test, regresja, próba)
    # is in the glossary
    f"{N}023": ["mediana", "medianą", "medianie", "kwartyl", "wartość środkowa"],
    f"{N}024": ["dominanta", "moda", "modalna", "wartość modalna"],
    f"{N}025": ["moc testu", "moc statystyczna", "moc"],
    f"{N}026": [
        "odstająca",
        "odstające",
        "odstającej",
        "outlier",
        "outliery",
        "obserwacja odstająca",
    ],
    f"{N}027": ["skośność", "skośny", "asymetria", "asymetrii", "asymetryczny"],
    f"{N}028": ["anova", "analiza wariancji", "analizy wariancji"],
    f"{N}029": ["współliniowość", "kolinearność", "współliniowe", "multikolinearność"],
    f"{N}030": ["randomizacja", "randomizacji", "grupa kontrolna", "kontrolna", "placebo"],
    f"{N}031": ["wykres pudełkowy", "pudełkowy", "boxplot", "box plot", "wąsy", "wąsami"],
    # named; sharing a word with a title: test (chi kwadrat, Manna-Whitneya,
    # Kołmogorowa-Smirnowa), rozkład (Poissona, jednostajny), błąd (systematyczny), próba
    # (warstwowa); współczynnik zmienności and kurtoza share none
    f"{N}032": ["chi", "chi-kwadrat", "chi kwadrat", "χ2", "χ²"],
    f"{N}033": ["poisson", "poissona"],
    f"{N}034": ["mann", "manna", "whitney", "whitneya", "wilcoxon", "wilcoxona"],
    f"{N}035": ["błąd systematyczny", "systematyczny", "obciążenie", "bias"],
    f"{N}036": ["współczynnik zmienności", "współczynnik", "cv"],
    f"{N}037": ["próba warstwowa", "warstwowa", "warstwowe", "warstwa", "losowanie warstwowe"],
    f"{N}038": ["kurtoza", "kurtozy", "spłaszczenie", "eksces"],
    f"{N}039": ["kołmogorow", "kołmogorowa", "kolmogorov", "smirnow", "smirnowa", "smirnov"],
    f"{N}040": ["jednostajny", "jednostajnego", "równomierny", "uniform"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
