"""Static checks of eval/corpora/grafy-glossary/questions.jsonl (blind, round 43).

Run from the worktree root: ``python eval/check_grafy-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file in **Polish** (``grafy-glossary.md``,
milleniumbug/slownik-grafowy's ``slownik.md``, a graph-theory cheat sheet, CC0-1.0): 41
``- TERM - definition`` bullets with UPPER-CASE terms, a plain hyphen between term and
definition, CRLF line endings, no headings, ordered so each definition uses only earlier
terms. The questions are in Polish too, typed as Polish users do (diacritics dropped).

Polish inflects, and the negative-term check matches whole words: every negative lists the
inflected forms of its key words (cases, plurals) and their usual synonyms.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "grafy-glossary"
N = "grafy-glossary-"
# The key term(s) of each negative, lower case, with inflected forms and usual synonyms: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Graf / Krawędź,
    # Dopełnienie, Graf Spójny, Kolorowanie Krawędziowe, Drzewo / Las, Ścieżka)
    f"{N}023": [
        "skierowany",
        "skierowanego",
        "skierowanym",
        "skierowane",
        "skierowanych",
        "digraf",
        "digrafu",
        "digrafie",
        "łuk",
        "łuki",
        "łuku",
        "łuków",
        "kierunek",
        "kierunkiem",
        "kierunku",
        "strzałka",
        "strzałki",
        "directed",
    ],
    f"{N}024": [
        "ważony",
        "ważonego",
        "ważonym",
        "ważone",
        "ważonych",
        "waga",
        "wagi",
        "wagę",
        "wag",
        "wagami",
        "koszt",
        "kosztem",
        "weighted",
        "weight",
    ],
    f"{N}025": [
        "izomorfizm",
        "izomorfizmu",
        "izomorficzne",
        "izomorficzny",
        "izomorficznych",
        "izomorficzność",
        "isomorphism",
    ],
    f"{N}026": [
        "planarny",
        "planarnego",
        "planarnym",
        "planarne",
        "planarność",
        "płaski",
        "płaskiego",
        "przecinają",
        "przecina",
        "krzyżują",
        "planar",
    ],
    f"{N}027": [
        "skojarzenie",
        "skojarzenia",
        "skojarzeniem",
        "skojarzeń",
        "matching",
        "dopasowanie",
        "dopasowania",
    ],
    f"{N}028": [
        "macierz",
        "macierzy",
        "macierzą",
        "sąsiedztwa",
        "sąsiedztwo",
        "sąsiedni",
        "sąsiednie",
        "sąsiad",
        "sąsiadów",
        "adjacency",
    ],
    f"{N}029": [
        "most",
        "mostem",
        "mostu",
        "mosty",
        "mostek",
        "przegub",
        "rozspójnia",
        "rozspajająca",
        "cięcia",
        "bridge",
    ],
    f"{N}030": [
        "najkrótsza",
        "najkrótszej",
        "najkrótszą",
        "najkrótszych",
        "dijkstra",
        "dijkstry",
        "odległość",
        "odległości",
        "shortest",
    ],
    f"{N}031": [
        "rozpinające",
        "rozpinającego",
        "rozpinającym",
        "spinające",
        "spinającego",
        "spanning",
    ],
    # named; several share a word with a title: Graf Petersena (Graf), liczba klikowa
    # (Liczba Chromatyczna, Klika), drzewo binarne (Drzewo), stopień wejściowy (Stopień
    # Wierzchołka), ścieżka krytyczna (Ścieżka), kolorowanie listowe (Kolorowanie
    # Krawędziowe), twierdzenie Königa (Graf Dwudzielny's neighbourhood), komiwojażer, BFS
    f"{N}032": ["petersena", "petersen", "petersenowi"],
    f"{N}033": ["klikowa", "klikowej", "klikową", "klikowy", "omega", "clique number"],
    f"{N}034": ["binarne", "binarnego", "binarnym", "binarny", "dwójkowe", "binary"],
    f"{N}035": [
        "wejściowy",
        "wejściowego",
        "wejściowym",
        "wyjściowy",
        "wyjściowego",
        "indeg",
        "outdeg",
        "in-degree",
        "indegree",
    ],
    f"{N}036": ["krytyczna", "krytycznej", "krytyczną", "krytyczny", "cpm", "critical"],
    f"{N}037": ["listowe", "listowego", "listowym", "listowa", "list coloring", "choosability"],
    f"{N}038": ["königa", "könig", "koniga", "konig", "egerváry", "egervary"],
    f"{N}039": [
        "komiwojażer",
        "komiwojażera",
        "komiwojażerem",
        "komiwojazera",
        "tsp",
        "travelling salesman",
    ],
    f"{N}040": [
        "wszerz",
        "bfs",
        "dfs",
        "przeszukiwanie",
        "przeszukiwania",
        "w głąb",
        "breadth",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
