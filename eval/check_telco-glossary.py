"""Static checks of eval/corpora/telco-glossary/questions.jsonl (blind, round 35).

Run from the worktree root: ``python eval/check_telco-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one plain-text file (``telco-glossary.TXT``, "The Bell Glossary" textfile as
kept in bibanon/bibanon's ``Books/Anarchist_Cookbook/146.TXT`` at 3f6acde): DOS line endings
and a trailing Ctrl-Z byte, an ASCII-art banner, 54 ``Term: definition`` paragraphs hard-wrapped
at 80 columns (most acronym titles with the expansion opening the definition, "ACD: Automatic
Call Distributor - A system ..."), five indented crossbar varieties under X-bar and a signature
footer. Its upper-case suffix lower-cases into ``corpus_files.GLOSSARY_SUFFIXES``.

Keyed to the ids round 34's parser gives (61 entries: the banner as an entry titled
``telco-glossary``, and BORSCHT Circuit split at a wrapped line that starts "circuit:", so
question 019 lists both ``#borscht-circuit`` and ``#circuit``).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "telco-glossary"
N = "telco-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Busy Signal / Audible, Trunk, Intercept /
    # AIS, MF, Bylink's pulses, Customer Loop, Centrex / PBX, ANI, DDD / toll network) is in
    # the glossary
    f"{N}023": ["dial tone", "dial-tone", "dialtone"],
    f"{N}024": ["call forwarding", "forwarding", "forward", "forwarded", "follow-me"],
    f"{N}025": [
        "voicemail",
        "voice mail",
        "voice-mail",
        "answering machine",
        "answering service",
        "answering",
    ],
    f"{N}026": [
        "dtmf",
        "touch-tone",
        "touchtone",
        "touch tone",
        "dual-tone",
        "dual tone",
        "keypad",
        "push-button",
        "push button",
        "pushbutton",
    ],
    f"{N}027": ["rotary", "pulse dialing", "pulse dialling", "dial pulse", "dial pulsing"],
    f"{N}028": ["party line", "party-line", "shared line", "eavesdrop"],
    f"{N}029": [
        "conference",
        "conferencing",
        "three-way",
        "three way",
        "3-way",
        "conference call",
    ],
    f"{N}030": ["caller id", "caller-id", "callerid", "clid", "cli", "calling line"],
    f"{N}031": ["toll-free", "toll free", "800", "freephone", "inward wats", "wats"],
    # named; several share a word with a title: loop start (Customer Loop), ground start (False
    # Start), busy lamp field (Busy Signal, Fast Busy), red box (Blue Box), lawful intercept
    # (Intercept), direct inward dialing (Direct Trunk Group)
    f"{N}032": ["loop start", "loop-start", "loopstart"],
    f"{N}033": ["ground start", "ground-start", "groundstart", "ground"],
    f"{N}034": ["busy lamp field", "blf", "lamp"],
    f"{N}035": ["red box", "redbox", "red-box", "coin tone", "coin"],
    f"{N}036": [
        "lawful intercept",
        "lawful interception",
        "lawful",
        "wiretap",
        "wiretapping",
        "calea",
    ],
    f"{N}037": ["direct inward dialing", "direct inward dialling", "did", "inward", "ddi"],
    f"{N}038": ["ss7", "signaling system 7", "signalling system 7", "signaling system no. 7", "c7"],
    f"{N}039": ["erlang", "erlangs", "ccs", "hundred call seconds"],
    f"{N}040": ["t1", "t-1", "t1 carrier", "ds1", "e1", "carrier"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
