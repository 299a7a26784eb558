"""Static checks of eval/corpora/illness-glossary/questions.jsonl (blind, round 51).

Run from the worktree root: ``python eval/check_illness-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one PHP page (``illness-glossary.php``: biellamariscotes/PUPClinic-SicKo's
``src/generated-diagnosis.php``, the "Generated Diagnosis" page of a Philippine university
clinic's symptom-diagnosis web app): ``require_once`` lines, a ``performDiagnosis()``
function whose ``switch`` maps 40 predicted sicknesses to treatment strings, then
``function getSicknessMeaning($sickness)`` holding the glossary as a PHP array literal,
``$meanings = [ "lower-case sickness" => "definition", ... ];`` (120 pairs, 116 distinct
keys: ``measles``, ``hepatitis``, ``heart failure`` and ``rheumatoid arthritis`` appear
twice with different definitions, and PHP keeps the last one in the first one's place;
``\\'`` inside double-quoted keys is no escape in PHP, so two keys hold a backslash:
``alzheimer\\'s disease``, ``athlete\\'s foot (tinea pedis)``), then page code and HTML.
Topic: common illnesses and medical conditions as a clinic nurse's tool explains them to
patients (infections, chronic diseases, cancers, skin, muscle and bone conditions). The
questions are in English, typed like users type (lower case, missing "?", typos).

Written while the parser already read the array (116 entries, ids = slug of each key, the
last definition of a repeated key). ``--by-hand`` (also chosen when the parser's ids do not
include the keyed ones) reads the array itself the same way: one entry per distinct key,
ANCHOR = the shared corpus README's ``slug`` of the key as written, text = key + its last
definition. The negatives' grep reads the whole ``.php`` file (treatments, HTML included).
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "illness-glossary"
GLOSSARY = FOLDER / "illness-glossary.php"
N = "illness-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (hay fever / hives,
    # diabetes, coronary artery disease / stroke, vertigo / stroke, ringworm / athlete's
    # foot, hypothermia / fever, vertigo, conjunctivitis's "inner eyelid", chronic kidney
    # disease)
    f"{N}023": [
        "anaphylaxis",
        "anaphylactic",
        "anaphylactic shock",
        "allergic shock",
        "epipen",
        "epinephrine",
        "adrenaline",
    ],
    f"{N}024": [
        "hypoglycemia",
        "hypoglycaemia",
        "hypoglycemic",
        "low blood sugar",
        "insulin",
    ],
    f"{N}025": ["heart attack", "myocardial infarction", "infarction", "cardiac arrest"],
    f"{N}026": ["concussion", "head injury", "brain injury", "tbi"],
    f"{N}027": ["lice", "louse", "head lice", "nits", "pediculosis"],
    f"{N}028": ["heat stroke", "heatstroke", "heat exhaustion", "sunstroke", "hyperthermia"],
    f"{N}029": ["motion sickness", "car sickness", "carsick", "seasickness", "seasick"],
    f"{N}030": ["stye", "sty", "hordeolum", "chalazion"],
    f"{N}031": ["dialysis", "hemodialysis", "haemodialysis", "kidney transplant"],
    # named; several share a word with a title: scarlet fever (typhoid / dengue / hay
    # fever, fever), cluster headache (migraine's "a headache"), sickle cell anemia
    # (anemia), carpal tunnel syndrome (irritable bowel / compartment syndrome), lyme
    # disease (celiac disease, ...), parkinson's disease (alzheimer's disease), bell's
    # palsy, lung cancer (bone / liver / ... cancer), diabetes insipidus (diabetes)
    f"{N}032": ["scarlet fever", "scarlet", "scarlatina"],
    f"{N}033": ["cluster headache", "cluster headaches", "cluster"],
    f"{N}034": ["sickle", "sickle cell"],
    f"{N}035": ["carpal", "carpal tunnel"],
    f"{N}036": ["lyme", "tick", "ticks", "borrelia"],
    f"{N}037": ["parkinson", "parkinsons", "parkinson's"],
    f"{N}038": ["palsy", "bell's palsy", "bells palsy", "facial paralysis"],
    f"{N}039": ["lung cancer", "lung cancers"],
    f"{N}040": ["insipidus", "diabetes insipidus"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

PAIR = re.compile(r'"((?:[^"\\]|\\.)*)"\s*=>\s*"((?:[^"\\]|\\.)*)"')


def hand_entries() -> dict[str, str]:
    """id -> flat(key + definition): the ``$meanings`` array, a repeated key's last text."""
    text = GLOSSARY.read_text(encoding="utf-8")
    block = text[text.index("$meanings = [") : text.index("return $meanings[")]
    pairs = PAIR.findall(block)
    assert len(pairs) == 120, len(pairs)
    entries: dict[str, str] = {}
    for key, definition in pairs:
        entries[f"illness-glossary#{slug(key)}"] = flat(f"{key} {definition}")
    assert len(entries) == 116, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the $meanings array of getSicknessMeaning()"
    )


def main() -> int:
    return heldout_checks.main_keyed(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
