"""Static checks of eval/corpora/trachtas-glossary/questions.jsonl (blind, round 60).

Run from the worktree root: ``python eval/check_trachtas-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring), that the loader read the one ``.md`` file, and that
no negative's key term is in the glossary.

The glossary is one **Markdown file** in **Irish** (``trachtas-glossary.md``: Jeffrey
Seathrún Sardina's "Foclóir Tráchtais v1.7", the Irish-language terminology of his PhD
thesis on knowledge graph embeddings and machine learning, copied from
Jeffrey-Sardina/Focl-ir-Tr-chtais ``builds/downloads/focloir-trachtais-v1.7-ga.md``,
CC BY 4.0 per the repository's README and LICENSE.txt). A title, the author and date as two
bold lines ending in ``<br>``, then ``## Achoimre na dTéarmaí``: one pipe table
``| **Gaeilge** | **Béarla** |`` of 363 rows (the Irish term, its English source term), then
``## Téarmaí`` with a letter navigation line of links and one ``### A`` .. ``### V`` heading a
letter (``### #`` for the digit), under which 363 entries each open with a level-4 heading
``#### IRISH (PART OF SPEECH): ENGLISH<br>`` (``#### ceangal (ainmfhocal): edge<br>``; the
part of speech in Irish: ainmfhocal, aidiacht, briathar; parentheses inside the Irish term:
``(bun-)chód``, ``graf eolais (GE)``, ``(frása le 'toise')``) followed by
``*Sainmhíniú (ga):*`` (the Irish definition), ``<br>``, ``*Sainmhíniú (en):*`` (the English
one), ``*Tagairtí:*`` (bullets ``- word: dictionaries`` citing De Bhaldraithe, Dineen, Ó
Dónaill, Williams et al., or ``féach ar an téarma 'x / y'``) and ``*Nótaí Aistriúcháin:*``
(bullets of translation notes in Irish, with ``\\*`` footnote marks, TeX maths ``$(a,f,c)$``
and ``--`` dashes). Several English terms have two Irish entries or one Irish term two
English ones (``ceangal``: edge, relation(ship); ``frith-shampla``: negative (sample),
counterexample; ``domhan``: world, universe).

Written blind while the parser read 805 entries from the file: the author line, the 363 table
rows (ids the slug of the Irish column, body the English term), 354 of the 363 ``####``
sections (ids the slug of the whole heading, ``ceangal-ainmfhocal-edge``) and 87 entries
from the reference bullets of the 9 other sections (``- il-: De Bhaldraithe (1978) ...``
read as term: definition; those 9 sections have no entry of their own; none is keyed). So
the script checks the parser's entries; ``--by-hand`` (or a loader that reads nothing)
checks its own reading of the table rows and the ``####`` sections, keyed the same way.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import (
    OUTSIDE_KINDS,
    OUTSIDE_NEGATIVES,
    ROOT,
    corpus_plan,
    flat,
    slug,
)

FOLDER = ROOT / "eval" / "corpora" / "trachtas-glossary"
GLOSSARY = FOLDER / "trachtas-glossary.md"
N = "trachtas-glossary-"
TERMS = 363
# The key term(s) of each negative, lower case, with usual synonyms in English and Irish:
# none may occur in the glossary file (whole words, case-insensitive). Not "athfhillteach"
# (recurrent: the file uses it), not "leictreach" (electric: "lucht leictreach" in a note),
# not "the matrix" (a note says "the matrix"), not "cuimhne" / "memory" / "timpeallacht".
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (optimiser /
    # learning rate / neural network; validation set / testing set; evaluation / class /
    # hits@k; dataset / training set; dimensionality / dimension; query / knowledge graph /
    # linked data; efficiency / performance; supervised / unsupervised / loss; neural
    # network / language model)
    f"{N}023": [
        "backpropagation",
        "back-propagation",
        "gradient",
        "gradient descent",
        "grádán",
        "cúliomadú",
        "cúl-leathadh",
    ],
    f"{N}024": [
        "cross-validation",
        "cross validation",
        "k-fold",
        "fold",
        "tras-bhailíochtú",
        "tras-deimhniú",
    ],
    f"{N}025": ["confusion matrix", "precision", "recall", "beachtas", "aisghairm", "f1"],
    f"{N}026": ["data augmentation", "augmentation", "augment", "rothlú", "rotate"],
    f"{N}027": [
        "pca",
        "principal component",
        "principal component analysis",
        "príomhchomhpháirteanna",
        "príomhchomhpháirt",
        "dimensionality reduction",
    ],
    f"{N}028": ["sparql", "rdf", "sql", "cypher"],
    f"{N}029": ["gpu", "gpus", "graphics", "cárta grafaicí", "cuda", "nvidia"],
    f"{N}030": [
        "reinforcement",
        "reinforcement learning",
        "reward",
        "luach saothair",
        "gníomhaire",
        "agent",
    ],
    f"{N}031": ["lstm", "rnn", "recurrent", "recurrent neural network", "seicheamh", "sequence"],
    # named; several share a word with a title: ozone layer ("ciseal": ciseal, ciseal airde),
    # blood sample ("sampla": sampla, sampla fánach), credit score ("scór": scór, scór
    # inchreidteachta), World Cup ("domhan": domhan x2), ADHD ("aird": aird, ceann airde),
    # Christmas tree ("crann": crann, crann cinnte), The Matrix (maitrís / matrix), mountain
    # walk ("siúlóid": siúlóid, siúlóid fhánach), electrical transformer (transformer)
    f"{N}032": ["ózóin", "ózón", "ozone"],
    f"{N}033": ["fola", "fuil", "blood"],
    f"{N}034": ["creidmheasa", "creidmheas", "credit", "credit score", "banc", "bank"],
    f"{N}035": ["corn an domhain", "world cup", "peil", "football", "soccer"],
    f"{N}036": ["adhd", "neamhord", "hyperactivity", "attention deficit"],
    f"{N}037": ["nollag", "christmas", "maisiú"],
    f"{N}038": ["scannán", "film", "movie", "keanu", "reeves"],
    f"{N}039": ["sléibhe", "sliabh", "conamara", "connemara", "hiking", "hike"],
    f"{N}040": ["stáisiún cumhachta", "power station", "electrical", "electrical transformer"],
}

PLAN = corpus_plan(
    FOLDER,
    OUTSIDE_KINDS,
    NEGATIVE_TERMS,
    formats=True,
    two_sided_comparisons=True,
    negative_ranges=OUTSIDE_NEGATIVES,
    unique_questions=True,
    glossary_files={".md": 1},
    glossary_phrases=("Sainmhíniú (ga)", "Achoimre na dTéarmaí"),
)

# The Irish term of a heading ``IRISH (PART OF SPEECH): ENGLISH``.
LABELLED = re.compile(r"^(.+?) \([a-záéíóú]+\): ")
# One entry: a level-4 heading ``#### IRISH (PART OF SPEECH): ENGLISH<br>``.
HEAD = re.compile(r"^#### (.+?)<br>$", re.M)


def hand_entries() -> dict[str, str]:
    """id -> flat(title + text): the 363 ``####`` sections, as the parser keys them since
    PARSER_VERSION 154 (round 60 lane FG: the summary table's rows name the sections' terms,
    so they are no entries of their own): ANCHOR = the slug of the Irish term, the heading
    before `` (PART OF SPEECH): ENGLISH``, a repeat getting -1; text = the lines up to the
    next ``####`` or ``###`` heading."""
    text = GLOSSARY.read_text(encoding="utf-8")
    _, _, terms = text.partition("## Téarmaí")
    entries: dict[str, str] = {}
    heads = list(HEAD.finditer(terms))
    assert len(heads) == TERMS, len(heads)
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(terms)
        body = re.split(r"(?m)^### ", terms[head.end() : end])[0]
        irish = LABELLED.match(head.group(1))
        term = irish.group(1) if irish else head.group(1)
        anchor, n = f"trachtas-glossary#{slug(term)}", 0
        while anchor in entries:  # a repeated Irish term (ceangal, domhan, frith-shampla)
            n += 1
            anchor = f"trachtas-glossary#{slug(term)}-{n}"
        entries[anchor] = flat(f"{head.group(1)} {body}")
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(PLAN, hand_entries(), GLOSSARY, "the #### sections")


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
