"""Static checks of eval/corpora/fret-glossary/questions.jsonl (blind, round 40).

Run from the worktree root: ``python eval/check_fret-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one PostgreSQL seed script in **French** (``fret-glossary.sql``,
Kader93600/projet_mft's ``supabase/glossary_gotrm.sql`` at db236dd, the road-freight
operations glossary of a French vocational training platform): a PL/pgSQL ``DO $glo_gotrm$
... $glo_gotrm$;`` block (``DECLARE`` a variable, ``SELECT ... INTO`` it, ``RAISE
EXCEPTION`` / ``RAISE NOTICE``) around one multi-row ``INSERT INTO public.glossary_terms
(term, definition_md, formation_id, synonyms, source) VALUES`` of 50 tuples: single-quoted
strings with ``''`` escapes, the bare variable ``v_formation``, ``ARRAY['CMR']`` /
``ARRAY[]::text[]`` synonym arrays, a source string, ten ``-- ─── Section ───`` comment rows
between tuples, then ``ON CONFLICT (lower(term)) DO NOTHING``.

Written blind while round 39's parser read no file of the folder (``.sql`` is no glossary
suffix: "no glossary files ... in eval/corpora/fret-glossary"): until the parser reads SQL
INSERT tuples, ``rag-glossary entries`` exits with an error and this check stops there (and
the negative-term grep reads only files with a glossary suffix); the anchors are the slugs
(shared corpus README rule, accents kept) of each tuple's ``term`` ("Taux de retour à vide"
-> ``taux-de-retour-à-vide``, "TIPP/TICPE" -> ``tippticpe``), and
eval/corpora/fret-glossary/README.md lists them.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "fret-glossary"
N = "fret-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Bon de livraison / Émargement, ADR,
    # Empotage / Taux de remplissage, Tachygraphe numérique, Eurovignette's "poids" / Carte
    # conducteur's "> 3,5 T", Groupage / Plate-forme logistique, Cabotage / Licence
    # communautaire, Commissionnaire / Lettre de voiture's "prix", ADR's "Formation conducteur
    # certifiée" / Carte conducteur) is in the glossary
    f"{N}023": [
        "réserves",
        "réserve",
        "protestation",
        "avarie",
        "avaries",
        "litige",
        "litiges",
        "abîmé",
        "endommagé",
    ],
    f"{N}024": [
        "atp",
        "frigorifique",
        "frigo",
        "température",
        "périssable",
        "périssables",
        "denrées",
        "froid",
    ],
    f"{N}025": ["palette", "palettes", "epal", "supports de charge", "support de charge"],
    f"{N}026": ["disque", "disques", "analogique", "chronotachygraphe"],
    f"{N}027": [
        "ptac",
        "ptra",
        "44 tonnes",
        "40 tonnes",
        "masse maximale",
        "poids total",
        "semi-remorque",
    ],
    f"{N}028": [
        "ferroutage",
        "combiné",
        "rail",
        "ferroviaire",
        "multimodal",
        "intermodal",
        "train",
        "trains",
    ],
    f"{N}029": ["détachement", "détaché", "détachés", "sipsi", "paquet mobilité"],
    f"{N}030": ["action directe", "gayssot", "impayé", "impayés", "paiement", "garant du paiement"],
    f"{N}031": [
        "fimo",
        "fco",
        "qualification initiale",
        "formation continue",
        "permis c",
        "permis ce",
    ],
    # named; several share a word with a title: taux de service (Taux de remplissage / de
    # retour à vide), lettre de transport aérien (Lettre de voiture), carte entreprise (Carte
    # conducteur), clause de réserve de propriété (Clause de révision), bon de commande (Bon
    # de livraison), inspection du travail (Médecine du travail), carnet ATA (Carnet TIR),
    # hayon élévateur, bourse de fret
    f"{N}032": ["taux de service", "service level", "otif"],
    f"{N}033": ["lettre de transport aérien", "lta", "awb", "air waybill", "aérien"],
    f"{N}034": ["carte entreprise", "carte d'entreprise", "carte de contrôle", "carte atelier"],
    f"{N}035": ["réserve de propriété", "clause de réserve"],
    f"{N}036": ["bon de commande", "commande", "purchase order"],
    f"{N}037": ["inspection du travail", "inspection", "inspecteur", "dreets"],
    f"{N}038": ["ata", "carnet ata", "admission temporaire"],
    f"{N}039": ["hayon", "élévateur", "hayon élévateur", "tail lift"],
    f"{N}040": ["bourse de fret", "bourse", "fret", "bourses"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
