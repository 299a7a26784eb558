"""Static checks of eval/corpora/trmalzeme-glossary/questions.jsonl (round 44, lane L's design set).

Run from the worktree root: ``python eval/check_trmalzeme-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file in **Turkish** (``trmalzeme-glossary.md``,
arch-yunus/ileri-malzemeler-muhendisligi's ``SOZLUK.md``, an advanced materials engineering
glossary, MIT): 36 ``*   **Term (English):** definition`` bullets under one-letter ``###``
headings, LaTeX formulas in display blocks, two nested sub-bullets (Fick's two laws). The
questions are in Turkish too, typed as Turkish users do (some without ı ş ğ ç ö ü).

Turkish inflects, and the negative-term check matches whole words: every negative lists the
inflected forms of its key words and their usual synonyms.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "trmalzeme-glossary"
N = "trmalzeme-glossary-"
# The key term(s) of each negative, lower case, with inflected forms and usual synonyms: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Dislokasyon,
    # Süperalaşım, Kriyojenik Sıcaklıklar, Karakterizasyon, Nanoteknoloji, Metamalzemeler,
    # Fermi Seviyesi, ROMP, TTT Diyagramı)
    f"{N}023": ["yorulma", "yorulması", "yorulmaya", "fatigue", "çatlak", "çatlayıp", "çatlama"],
    f"{N}024": ["camsı", "cam", "camın", "glass", "yumuşama", "yumuşamaya", "tg"],
    f"{N}025": ["süneklik", "sünek", "sünekliği", "ductility", "uzama", "uzayabildiği"],
    f"{N}026": ["sertlik", "sertliği", "brinell", "vickers", "rockwell", "bilye", "hardness"],
    f"{N}027": ["toz", "metalurjisi", "metalurji", "sinterleme", "sinter", "pres", "preste"],
    f"{N}028": ["fiber", "lif", "lifler", "optik", "cam", "teller"],
    f"{N}029": ["süperiletken", "süperiletkenlik", "dirençsiz", "superconductor", "sıfır direnç"],
    f"{N}030": ["çapraz", "vulkanizasyon", "vulkanize", "kauçuk", "kauçuktaki", "crosslink"],
    f"{N}031": ["tavlama", "tavlanması", "annealing", "gerilim giderme", "iç gerilmeleri"],
    # named; several share a word with a title: karbon nanotüp (Grafen's neighbourhood),
    # Miller indisleri (Metamalzemeler' "kırılma indisli"), Schottky kusuru (Dislokasyon's
    # "kafes kusuru"), Hume-Rothery (HEA), Pourbaix diyagramı (TTT Diyagramı), Young modülü
    # (the "Young açısı" of the wetting models), Hall-Petch (Peierls-Nabarro Kayma
    # Gerilmesi), Seebeck etkisi (Piezoelektriklik's "etki"), perovskit güneş hücresi
    # (Anot's "elektrokimyasal bir hücrede")
    f"{N}032": ["nanotüp", "nanotüpü", "nanotube", "cnt"],
    f"{N}033": ["miller", "indisleri", "indeksleri"],
    f"{N}034": ["schottky", "frenkel", "boşluk kusuru"],
    f"{N}035": ["hume-rothery", "hume", "rothery"],
    f"{N}036": ["pourbaix", "potansiyel-ph"],
    f"{N}037": ["modülü", "modül", "modulu", "elastisite", "elastik", "esneklik"],
    f"{N}038": ["hall-petch", "petch", "hall", "tane boyutu", "tane"],
    f"{N}039": ["seebeck", "termoelektrik", "peltier"],
    f"{N}040": ["perovskit", "perovskite", "güneş", "fotovoltaik", "solar"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
