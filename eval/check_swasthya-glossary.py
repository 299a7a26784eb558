"""Static checks of eval/corpora/swasthya-glossary/questions.jsonl (blind, round 60).

Run from the worktree root: ``python eval/check_swasthya-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one **Python module** with **Odia**, Hindi and English definitions
(``swasthya-glossary.py``: Rishabh9306/swasthya-setu's ``knowledge_base/health_glossary_data.py``,
the keyword fallback of "Swasthya-Setu", a multilingual public-health chatbot for rural India;
MIT licence). After a path comment and two ``#`` comment lines it holds one assignment
``HEALTH_GLOSSARY = {...}``: a dict literal of 51 items, each a lower-case key (``"ors"``,
``"bcg"``, ``"je"``, ``"vitamina"``, ``"vitamin_c"``, ``"covid19"``, Hindi words in Latin
letters: ``"bukhar"``, ``"khansi"``, ``"dast"``, ``"piliya"``) mapped to a dict of four strings:
``"def_en"`` (one or two English sentences), ``"def_hi"`` (the same in Hindi, Devanagari),
``"def_or"`` (the same in Odia script, often with the Odia name of the disease: ହାଜା for
cholera, ରକ୍ତାଳ୍ପତା for anaemia, ଯକ୍ଷ୍ମା for TB) and ``"reference"`` (a WHO, CDC or UNICEF URL).
Six keys appear twice (cholera, anemia, nutrition, sanitation, immunity, antibiotic: a second
block of entries repeats them with reworded texts), so the dict has 45 distinct keys; Python
would keep only the second text of each.

Written blind while the parser read nothing from the folder (``rag-glossary entries`` exits
2: "no glossary in this Python module (no bold-titled strings or term literal)"), so the ids
were keyed by hand: one entry per distinct key, ANCHOR = the shared corpus README's ``slug``
of the key (``ors``, ``je``, ``vitamina``, ``vitamin_c``); text = the key and every string of
its block(s), both blocks of a repeated key joined. Until the loader reads the file this script
checks that reading (``main_keyed`` falls back to it).

Odia (like Tamil) writes vowel signs and the virama as combining marks, where Python's ``\\b``
falls inside a word, and glues case endings to nouns (ଯକ୍ଷ୍ମାରୁ, ଫୁସଫୁସକୁ); so besides the
whole-word NEGATIVE_TERMS every Odia or Devanagari key term is also checked as a substring of
the lower-cased file (``main_stems_absent``).
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, main_stems_absent, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "swasthya-glossary"
GLOSSARY = FOLDER / "swasthya-glossary.py"
N = "swasthya-glossary-"
KEYS_IN_FILE = 51
DISTINCT_KEYS = 45
# The key term(s) of each negative, lower case, with usual synonyms in English, Odia and
# Hindi: none may occur in the glossary file (whole words, case-insensitive; the non-Latin
# ones also as substrings). Not "rash", "itching", "mosquito", "vaccine", "stroke", "flu" or
# "cancer" (the file uses them for its own entries); not "antimicrobial" (a reference URL).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (measles / rubella /
    # scabies; rabies; nutrition; dehydration / fever; malaria / dengue; sanitation;
    # diabetes; vitamin A; nutrition / anaemia)
    f"{N}023": [
        "chickenpox",
        "chicken pox",
        "varicella",
        "blister",
        "blisters",
        "ଚିକେନପକ୍ସ",
        "ଛୋଟ ମାଆ",
        "चेचक",
        "छोटी माता",
    ],
    f"{N}024": ["snake", "snakebite", "antivenom", "anti-venom", "venom", "ସାପ", "साँप", "सांप"],
    f"{N}025": [
        "breastfeeding",
        "breast milk",
        "breastmilk",
        "breast",
        "ସ୍ତନ୍ୟପାନ",
        "ସ୍ତନପାନ",
        "स्तनपान",
    ],
    f"{N}026": [
        "heatstroke",
        "heat stroke",
        "sunstroke",
        "heat",
        "ଅଂଶୁଘାତ",
        "ସୂର୍ଯ୍ୟାଘାତ",
        "लू लगना",
    ],
    f"{N}027": [
        "mosquito net",
        "bed net",
        "bednet",
        "insecticide",
        "llin",
        "ମଶାରି",
        "मच्छरदानी",
    ],
    f"{N}028": ["soap", "handwashing", "hand washing", "wash", "ସାବୁନ", "साबुन"],
    f"{N}029": ["insulin", "ଇନସୁଲିନ", "इंसुलिन", "इन्सुलिन"],
    f"{N}030": ["cataract", "cataracts", "ମୋତିଆବିନ୍ଦୁ", "मोतियाबिंद"],
    f"{N}031": ["deworming", "albendazole", "worms", "ଜିଆ", "କୃମି", "कृमि"],
    # named; several share a word with a title: hepatitis E ("hepatitis": hepatitis),
    # gestational diabetes ("diabetes"), vitamin D ("vitamin": vitamin A, vitamin C),
    # rotavirus vaccine, filaria (mosquito-borne like malaria / dengue / JE), heart attack
    # ("heart disease" in hypertension), blood cancer ("cancer"), bird flu ("flu":
    # influenza), thalassaemia (anaemia)
    f"{N}032": ["hepatitis e", "hev", "ହେପାଟାଇଟିସ୍ e", "ହେପାଟାଇଟିସ୍ ଇ"],
    f"{N}033": ["gestational", "gestational diabetes", "ଗର୍ଭକାଳୀନ", "गर्भकालीन"],
    f"{N}034": ["vitamin d", "ଭିଟାମିନ୍ d", "ଭିଟାମିନ d", "ଭିଟାମିନ ଡି", "विटामिन डी"],
    f"{N}035": ["rotavirus", "rota", "ରୋଟାଭାଇରସ", "रोटावायरस"],
    f"{N}036": [
        "filaria",
        "filariasis",
        "elephantiasis",
        "ଫାଇଲେରିଆ",
        "ଗୋଦ",
        "फाइलेरिया",
        "हाथीपांव",
    ],
    f"{N}037": [
        "heart attack",
        "myocardial",
        "infarction",
        "ହାର୍ଟ ଆଟାକ",
        "ହୃଦଘାତ",
        "दिल का दौरा",
    ],
    f"{N}038": [
        "leukemia",
        "leukaemia",
        "blood cancer",
        "ଲ୍ୟୁକେମିଆ",
        "ରକ୍ତ କର୍କଟ",
        "ब्लड कैंसर",
    ],
    f"{N}039": ["bird flu", "avian", "h5n1", "ବାର୍ଡ ଫ୍ଲୁ", "बर्ड फ्लू"],
    f"{N}040": ["thalassemia", "thalassaemia", "ଥାଲାସେମିଆ", "थैलेसीमिया"],
}

# Every Odia or Devanagari key term is a stem too (``\b`` misses words ending in a sign).
STEMS = tuple(
    t
    for terms in NEGATIVE_TERMS.values()
    for t in terms
    if re.search("[\u0900-\u097f\u0b00-\u0b7f]", t)
)

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

# One item of HEALTH_GLOSSARY: a key at four spaces' indent opening a dict, up to its "},".
ITEM = re.compile(r'^    "([^"]+)": \{(.*?)^    \}', re.M | re.S)
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def hand_entries() -> dict[str, str]:
    """id -> flat(key + the strings of its block(s)): one entry per distinct key, ANCHOR =
    the shared corpus README's slug of the key; a key's second block (six repeat) is joined
    to its first."""
    text = GLOSSARY.read_text(encoding="utf-8")
    items = ITEM.findall(text)
    assert len(items) == KEYS_IN_FILE, len(items)
    raw: dict[str, str] = {}
    for key, body in items:
        anchor = f"swasthya-glossary#{slug(key)}"
        strings = " ".join(STRING.findall(body))
        raw[anchor] = f"{raw[anchor]} {strings}" if anchor in raw else f"{key} {strings}"
    assert len(raw) == DISTINCT_KEYS, len(raw)
    return {anchor: flat(body) for anchor, body in raw.items()}


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the HEALTH_GLOSSARY keys, repeated keys joined"
    )


if __name__ == "__main__":
    sys.exit(main_stems_absent(PLAN, by_hand, GLOSSARY, STEMS))
