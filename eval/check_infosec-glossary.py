"""Static checks of eval/corpora/infosec-glossary/questions.jsonl (blind, round 50).

Run from the worktree root: ``python eval/check_infosec-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one DITA XML topic (``infosec-glossary.dita``: ministryofjustice/
security-guidance's ``dita/glossary.dita``, the UK Ministry of Justice security guidance
glossary): a ``<topic id="glossary">`` whose nested ``<topic id="terms">`` holds one
``<dl>`` of 46 ``<dlentry>`` elements (``<dt>`` term, ``<dd>`` definition with ``<xref>``
and ``<ph conref>`` inline elements; 17 dlentries carry an ``id``), then a nested prose
topic ``out-of-band-checks`` and two conref-only topics. It is not a ``<glossgroup>`` of
``<glossentry>`` topics: the terms are a definition list inside an ordinary topic.

Written blind while the parser read 2 entries from the file, ``#terms`` and
``#out-of-band-checks`` (the nested topics' titles), both with empty bodies: no term is an
entry. Until the per-term ids are read, this script checks by hand (``--by-hand``, also
chosen automatically when the parser's ids do not include the keyed ones): one entry per
``<dlentry>``, ANCHOR = the shared corpus README's ``slug`` of the ``<dt>`` text (equal to
the dlentry's own ``id`` where it has one), text = dt + dd text (inline elements read as
their text); plus one entry ``out-of-band-checks`` for the prose topic (title + its
paragraphs). The negatives' grep reads the ``.dita`` file itself.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "infosec-glossary"
GLOSSARY = FOLDER / "infosec-glossary.dita"
N = "infosec-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Password / Credentials, Ransomware /
    # Business Continuity Plan, Malware's "viruses", Phishing / MFA's "SMS text", Phishing's
    # "Untargeted" / Out of band check's manager email, VPN / Encryption, Insider threat /
    # Authorised User, Incident / Trend Analysis / Service Desk, Data breach / Incident) is
    # in the file
    f"{N}023": ["password manager", "vault", "keychain", "lastpass", "bitwarden", "1password"],
    f"{N}024": ["backup", "backups", "back up", "offline", "restore", "3-2-1"],
    f"{N}025": ["antivirus", "anti-virus", "virus scanner", "quarantine", "quarantines", "edr"],
    f"{N}026": ["smishing", "text message", "text messages", "sms phishing", "parcel", "delivery"],
    f"{N}027": [
        "spear",
        "spear phishing",
        "spear-phishing",
        "spearphishing",
        "whaling",
        "targeted",
    ],
    f"{N}028": ["firewall", "firewalls", "packet", "packets", "traffic", "filter"],
    f"{N}029": ["vetting", "clearance", "security clearance", "background check", "bpss"],
    f"{N}030": ["siem", "log", "logs", "logging", "monitoring", "soc"],
    f"{N}031": ["lost", "stolen", "laptop", "device", "devices"],
    # named; several share a word with a title: watering hole attack (Brute Force Attack,
    # Critical infrastructure attack), change management (Incident / Problem Management),
    # purple team (Red team, Blue Team), data retention (Data breach), password spraying
    # (Password), zero knowledge proof (Zero day, Zero trust); known error (next to Problem),
    # keylogger (next to Malware), honeypot (next to Threat actor)
    f"{N}032": ["watering hole", "watering"],
    f"{N}033": ["change management", "change advisory", "cab", "rfc"],
    f"{N}034": ["purple"],
    f"{N}035": ["retention", "retain"],
    f"{N}036": ["spraying", "spray", "password spraying"],
    f"{N}037": ["known error", "kedb", "error"],
    f"{N}038": ["zero knowledge", "zero-knowledge", "zkp"],
    f"{N}039": ["keylogger", "key logger", "keystroke", "keystrokes"],
    f"{N}040": ["honeypot", "honey pot", "honeynet", "decoy"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def text_of(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def hand_entries() -> dict[str, str]:
    """id -> flat(title + text): one entry per ``<dlentry>``, plus the out-of-band topic."""
    root = ET.parse(GLOSSARY).getroot()
    entries: dict[str, str] = {}
    for dlentry in root.iter("dlentry"):
        title = text_of(dlentry.find("dt"))
        key = f"infosec-glossary#{slug(title)}"
        assert key not in entries, key
        own = dlentry.get("id")
        assert own is None or own == slug(title), (own, title)
        entries[key] = flat(f"{title} {text_of(dlentry.find('dd'))}")
    assert len(entries) == 46, len(entries)
    topic = next(t for t in root.iter("topic") if t.get("id") == "out-of-band-checks")
    entries["infosec-glossary#out-of-band-checks"] = flat(text_of(topic))
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN,
        hand_entries(),
        GLOSSARY,
        "the <dlentry> elements of the terms topic and the out-of-band-checks topic",
    )


def main() -> int:
    return heldout_checks.main_keyed(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
