"""Static checks of eval/corpora/dental-glossary/questions.jsonl (blind, round 26).

Run from the worktree root: ``python eval/check_dental-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one file (``dental-glossary.html``, mahinnellickal/vdentist's
``glossary.php``, a PHP page whose glossary is a run of ``<h3>`` term / ``<p>`` definition
pairs), saved under a suffix in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "dental-glossary"
N = "dental-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file (including the page's sidebar and PHP lines).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary
    # Bridge, Prosthodontist
    f"{N}023": ["dental implant", "implant", "implants", "titanium", "jawbone", "screw"],
    # Enamel, Composites
    f"{N}024": ["whitening", "teeth whitening", "bleaching", "bleach", "peroxide"],
    # Molars, Fluoride, Pedodontist
    f"{N}025": ["sealant", "sealants", "fissure", "fissures", "pit and fissure"],
    f"{N}026": ["sensitivity", "hypersensitivity", "sensitive", "cold", "ice"],  # Dentin, Enamel
    f"{N}027": ["floss", "flossing", "interdental", "string", "thread"],  # Plaque
    f"{N}028": [
        "anesthesia",
        "anaesthesia",
        "anesthetic",
        "anaesthetic",
        "lidocaine",
        "novocaine",
        "numb",
        "numbing",
        "injection",
        "needle",
    ],  # Root Canal
    # Calculus, Gum disease
    f"{N}029": ["scaling", "root planing", "planing", "deep cleaning", "scaling and root planing"],
    # Pedodontist, Wisdom teeth
    f"{N}030": ["baby teeth", "primary teeth", "deciduous", "milk teeth", "primary"],
    # Bruxism (inside Bridge)
    f"{N}031": ["mouthguard", "mouth guard", "night guard", "guard", "splint"],
    # named; sharing a word with a title
    f"{N}032": ["gum graft", "graft", "grafting"],  # Gum disease
    f"{N}033": ["pulpotomy", "pulpectomy"],  # Pulp, Pulpitis
    f"{N}034": ["root resorption", "resorption"],  # Root Canal
    f"{N}035": ["enamel hypoplasia", "hypoplasia"],  # Enamel
    f"{N}036": ["fluorosis", "dental fluorosis"],  # Fluoride
    f"{N}037": ["periodontal pocket", "pocket", "pockets", "probing"],  # Periodontal Disease
    f"{N}038": ["dry mouth", "xerostomia"],  # Dry socket (and Mucin's saliva)
    f"{N}039": ["bitewing", "bite-wing", "panoramic"],  # Radiographs
    f"{N}040": ["amalgam tattoo", "tattoo"],  # Amalgam
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
