"""Static checks of eval/corpora/land-glossary/questions.jsonl (blind, round 23).

Run from the worktree root: ``python eval/check_land-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one JSON file (``land-glossary.json``, AntArch/land-transactions-glossary's
generated ``site/glossary.json``: a ``scheme`` object and a ``terms`` array of 76 nested
records), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``. The negatives are checked
against the whole file, including the fields the parser does not read (``ladm_mapping``
notes, ``hohfeldian_signature``, ``history``).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "land-glossary"
N = "land-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file. Words that ARE in the file and so are not listed: limitation,
# indemnity, guarantee, rent (a "rent review"), default, value, estate ("real estate"),
# variation, deed / deeds, leasehold, freehold, co-ownership, interest, development, policy.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Good root of title /
    # Bitemporality / Priority, Conveyancing / Assessment, Conveyancing / Consent principle,
    # Good root of title's "state guarantee", Power (legal) / Immunity / Reserved incidents,
    # Divisible / VoP co-ownership, Security / Responsibility, Amendment / Tradable, Property
    # object / Land object)
    f"{N}023": [
        "adverse possession",
        "adverse",
        "squatter",
        "squatters",
        "squatters rights",
        "prescription",
        "prescriptive",
        "possession",
        "occupation",
    ],
    f"{N}024": ["stamp duty", "sdlt", "transfer tax", "land transfer tax", "tax", "taxes"],
    f"{N}025": ["escrow", "escrow agent", "completion", "deposit"],
    f"{N}026": ["title insurance", "insurance", "insurer", "insured"],
    f"{N}027": [
        "compulsory purchase",
        "cpo",
        "eminent domain",
        "expropriation",
        "expropriate",
        "compensation",
    ],
    f"{N}028": [
        "survivorship",
        "right of survivorship",
        "joint tenancy",
        "joint tenants",
        "tenancy in common",
        "tenancy",
    ],
    f"{N}029": ["foreclosure", "foreclose", "repossession", "repossess", "arrears"],
    f"{N}030": ["ground rent", "peppercorn", "leaseholder", "freeholder"],
    f"{N}031": ["fixture", "fixtures", "fittings", "chattel", "chattels"],
    # named; most sharing a word with a title: party wall (Party), power of sale (Power
    # (legal), Power principle), life estate (Real estate complex), fee simple, environmental
    # impact assessment (Assessment), deed of variation (VoP / VoL / VoI "Variation of ..."),
    # title fraud (Good root of title, Strata title), quitclaim deed, right of first refusal
    # (Claim-right, Praedial right, Bundle of rights)
    f"{N}032": ["party wall", "party wall agreement", "party wall act", "wall"],
    f"{N}033": ["power of sale"],
    f"{N}034": ["life estate", "remainder", "remainderman", "life tenant"],
    f"{N}035": ["fee simple", "fee simple absolute", "fee"],
    f"{N}036": ["environmental impact assessment", "impact assessment", "eia"],
    f"{N}037": ["deed of variation"],
    f"{N}038": ["title fraud", "fraud", "fraudulent", "identity fraud"],
    f"{N}039": ["quitclaim", "quit claim", "quitclaim deed"],
    f"{N}040": ["right of first refusal", "first refusal", "pre-emption", "preemption", "rofr"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
