"""Static checks of eval/corpora/obra-glossary/questions.jsonl (blind, round 39).

Run from the worktree root: ``python eval/check_obra-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one JavaScript file in **Spanish** (``obra-glossary.js``,
JonatanIsui/TT2019-B019's ``front/src/componentes/Glosario.js`` at d1ab2b2): a React class
component whose ``render()`` returns JSX, one ``<p>Term: definition</p>`` per term (37),
an ``<h2>`` banner and a react-router ``<Link>``; no array or object literal of records.

Written blind while round 38's parser read 0 entries from the file ("read as dialect
javascript: no array or object literal of glossary records"): until the parser reads JSX
paragraphs, ``rag-glossary entries`` exits with an error and this check stops there; the
anchors are the slugs (shared corpus README rule, accents kept) of the text before the
first colon of each ``<p>`` ("Coeficiente de ocupación de suelo" ->
``coeficiente-de-ocupación-de-suelo``), and eval/corpora/obra-glossary/README.md lists them.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "obra-glossary"
N = "obra-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and regional variants:
# none may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Mampostería, Adquisición de suelo /
    # Administración pública, Concreto reforzado, Carga muerta, Drenaje / Tubería, Acotamiento /
    # Colindancia, Concreto ligero / reforzado, Fleje, Boca de tormenta) is in the glossary
    f"{N}023": [
        "aplanado",
        "enjarre",
        "repellado",
        "revoque",
        "zarpeo",
        "enlucido",
        "pañete",
        "revestimiento",
    ],
    f"{N}024": ["licencia", "licencia de construcción", "permiso", "permiso de construcción"],
    f"{N}025": ["curado", "curar", "fraguado", "fraguar", "colado", "colar"],
    f"{N}026": ["losa", "entrepiso", "forjado", "techo", "azotea"],
    f"{N}027": ["pendiente", "desnivel", "inclinación", "inclinado"],
    f"{N}028": [
        "escritura",
        "escrituras",
        "título",
        "título de propiedad",
        "notario",
        "escrituración",
    ],
    f"{N}029": ["resistencia", "compresión", "f'c", "kg/cm2", "kg/cm²"],
    f"{N}030": ["castillo", "castillos", "varilla", "corrugada", "columna de amarre"],
    f"{N}031": ["cisterna", "captación", "aljibe", "reuso", "reúso", "reutilizar", "reutilización"],
    # named; several share a word with a title: carga sísmica (Carga muerta / viva),
    # concreto premezclado (Concreto ligero / reforzado), zapata combinada (Zapatas),
    # superficie de desplante (Superficie construida / útil), tubería de PVC (Tubería),
    # casa de interés social (Casa), fosa séptica, servidumbre de paso, plusvalía
    f"{N}032": ["sísmica", "sismica", "sismo", "sísmico", "sismo-resistente"],
    f"{N}033": ["premezclado", "premezclada", "concreto premezclado"],
    f"{N}034": ["combinada", "zapata combinada"],
    f"{N}035": ["desplante", "superficie de desplante"],
    f"{N}036": ["pvc", "cpvc", "polivinilo", "cobre"],
    f"{N}037": ["interés social", "interes social", "infonavit", "vivienda social"],
    f"{N}038": ["séptica", "septica", "fosa", "biodigestor"],
    f"{N}039": ["servidumbre", "servidumbre de paso", "colindantes"],
    f"{N}040": ["plusvalía", "plusvalia", "revalorización"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
