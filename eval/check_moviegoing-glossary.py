"""Static checks of eval/corpora/moviegoing-glossary/questions.jsonl (blind, round 46).

Run from the worktree root: ``python eval/check_moviegoing-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in the
glossary.

The glossary is one RDF Turtle file holding a SKOS vocabulary (``moviegoing-glossary.ttl``,
HoMERNetwork/vocabulary's ``thesaurus.ttl``, the HoMER Vocabulary of Moviegoing: cinema
venues, ownership, programming, audiences, screenings, organisations, identifiers, rooms;
no licence stated). Labels in English, Dutch, Swedish, German, Italian, Spanish and French;
definitions in English. The parser reads it: 168 entries, ids from the English prefLabel.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "moviegoing-glossary"
N = "moviegoing-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms: none may occur in the
# glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Screening by
    # admission price, children / teenager, Room / projector, Theatre's live shows,
    # Multiplex's screens, cinema audience's "ticket", Cinematograph theatre)
    f"{N}023": ["matinee", "matinees", "discount", "discounted", "afternoon", "cheaper"],
    f"{N}024": [
        "censorship",
        "censor",
        "censors",
        "censored",
        "rating",
        "ratings",
        "classification",
        "certificate",
        "banned",
    ],
    f"{N}025": ["projectionist", "projectionists", "operator", "booth"],
    f"{N}026": ["intermission", "intermissions", "interval", "halfway", "reel", "reels"],
    f"{N}027": [
        "silent",
        "piano",
        "pianist",
        "organ",
        "organist",
        "accompaniment",
        "accompanying",
        "musician",
        "musicians",
        "sound",
    ],
    f"{N}028": ["3d", "imax", "glasses", "stereoscopic", "stereo"],
    f"{N}029": [
        "box office",
        "takings",
        "gross",
        "revenue",
        "earnings",
        "receipts",
        "weekend",
        "opening weekend",
    ],
    f"{N}030": [
        "usher",
        "ushers",
        "usherette",
        "usherettes",
        "torch",
        "torches",
        "flashlight",
        "seat",
        "seats",
        "seating",
    ],
    f"{N}031": ["nitrate", "fire", "fires", "flammable", "inflammable", "celluloid", "stock"],
    # named; several share a word with a title: art deco cinema (Cinema, Art house cinema),
    # pop-up cinema (Cinema, Travelling cinema), grindhouse (Adult cinema), nickelodeon
    # (Picture House), movie trailer, cinema verite (Cinema), target audience (film / cinema
    # audience), second screen (Second run, Screening room), Odeon (Cinema chain)
    f"{N}032": ["art deco", "deco"],
    f"{N}033": ["pop-up", "popup", "pop up"],
    f"{N}034": ["grindhouse", "grindhouses", "grind house"],
    f"{N}035": ["nickelodeon", "nickelodeons", "nickel"],
    f"{N}036": ["trailer", "trailers", "teaser", "preview", "previews"],
    f"{N}037": ["verite", "vérité", "direct cinema"],
    f"{N}038": ["target", "target audience", "targeted"],
    f"{N}039": ["second screen", "second screening", "smartphone", "phone"],
    f"{N}040": ["odeon", "odeons"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
