"""Static checks of eval/corpora/boatyard-glossary/questions.jsonl (blind, round 49).

Run from the worktree root: ``python eval/check_boatyard-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one JavaScript file in **Greek** (``boatyard-glossary.js``:
akontog/ebooktest's ``output/Misc/glossary.js``, the term pop-up data of an EPUB about
traditional Greek wooden boatbuilding, no licence stated): ``const glossary = new Map();``
then 865 ``glossary.set("TERM", { category: ..., definition: "...", synonyms: [...],
antonyms: [...], english: "...", design: ..., photo: ..., termsindefinition: [...] });``
calls. The term is only the first argument of ``set`` (not a key of the object), several
terms carry a trailing space or " ή " variants ("καρένα ή καρίνα"), and definitions hold
``<span class='glossary-term'>...</span>`` markup.

Written blind while the parser read 0 entries from the file ("read as dialect javascript:
no array or object literal of glossary records"): until it does, ``rag-glossary entries``
fails and this script falls back to a by-hand reading (``--by-hand``, also chosen
automatically): one entry per ``glossary.set(...)`` call, title = its first argument,
ANCHOR = the shared corpus README's ``slug`` of that title (``καρένα ή καρίνα`` ->
``καρένα-ή-καρίνα``, ``άσπρο σκάφος`` -> ``άσπρο-σκάφος``; accents kept), text = title +
definition (HTML tags dropped) + synonyms + english; the negatives' grep reads the ``.js``
file itself. The questions are in Greek too (accents dropped in most, two in Greeklish);
Greek inflects, so every negative lists inflected and unaccented forms of its key words.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "boatyard-glossary"
GLOSSARY = FOLDER / "boatyard-glossary.js"
N = "boatyard-glossary-"
# The key term(s) of each negative, lower case, with inflected / unaccented forms and usual
# synonyms: none may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (repairs and caulking,
    # ματισιά / nails, άσπρο / μαύρο σκάφος, τρεχαντήρι / πήχης, μουράβια / πίσσα / the
    # worm entries, μηχανοκάικο / προπελοθάλαμος, ξερομάχισμα / πετσόξυλο, λαμπόβαρκα,
    # ξεπέτσωμα)
    f"{N}023": [
        "υαλοβάμβακας",
        "υαλοβάμβακα",
        "υαλοβαμβακα",
        "υαλοβάμβακος",
        "fiberglass",
        "πολυεστέρας",
        "πολυεστέρα",
        "πολυεστερα",
        "πλαστικό",
        "πλαστικο",
        "πλαστικά",
        "σκαφάκι",
        "σκαφακι",
    ],
    f"{N}024": [
        "κόλλα",
        "κολλα",
        "κόλλες",
        "κόλλας",
        "κολλάνε",
        "κολλήσουν",
        "κολλησουν",
        "κόλλημα",
        "εποξική",
        "εποξικό",
        "εποξικη",
        "epoxy",
    ],
    f"{N}025": [
        "νηολόγιο",
        "νηολογιο",
        "νηολόγηση",
        "νηολογηση",
        "νηολογείται",
        "λιμεναρχείο",
        "λιμεναρχειο",
        "λιμεναρχείου",
        "άδεια",
        "αδεια",
        "χαρτιά",
        "χαρτια",
    ],
    f"{N}026": [
        "κοστίζει",
        "κοστιζει",
        "κόστος",
        "κοστος",
        "τιμή",
        "τιμη",
        "ευρώ",
        "ευρω",
        "δραχμές",
        "δραχμες",
        "λεφτά",
        "λεφτα",
        "πληρωμή",
    ],
    f"{N}027": [
        "χαλκός",
        "χαλκος",
        "χαλκό",
        "χαλκο",
        "χαλκού",
        "χαλκου",
        "χαλκοφύλλα",
        "μπακίρι",
        "μπακιρι",
        "μπακιρένια",
    ],
    f"{N}028": [
        "άλογα",
        "αλογα",
        "ιπποδύναμη",
        "ιπποδυναμη",
        "ίππους",
        "ιππους",
        "ίπποι",
        "hp",
        "ντίζελ",
        "πετρελαιομηχανή",
    ],
    f"{N}029": [
        "στεγνώσει",
        "στεγνωσει",
        "στέγνωμα",
        "στεγνωμα",
        "ξεραθεί",
        "ξεραθει",
        "ξήρανση",
        "ξηρανση",
        "ξηραντήριο",
        "ξεράνει",
    ],
    f"{N}030": [
        "φώτα",
        "φωτα",
        "φανάρια",
        "φαναρια",
        "φανοί",
        "φανοι",
        "ναυσιπλοΐας",
        "ναυσιπλοιας",
        "νύχτα",
        "νυχτα",
        "αναμμένα",
    ],
    f"{N}031": [
        "επιδοτήσεις",
        "επιδοτησεις",
        "επιδότηση",
        "επιδοτηση",
        "διάλυση",
        "διαλυση",
        "διέλυσαν",
        "διαλυσαν",
        "απόσυρση",
        "αποσυρση",
        "ευρώπη",
        "ευρωπη",
        "ευρωπαϊκή",
    ],
    # named; several share a word with a title: τζένοα (the φλόκος entries), γραμμή Plimsoll
    # / ίσαλος φόρτωσης (Ίσαλος, Ίσαλος πλεύσης), πτερύγιο καρίνας (Ακράπι καρίνας, Καρένα ή
    # καρίνα), υδραυλικό τιμόνι (Τιμόνι), φελούκα (boat types), ιρόκο (timber entries)
    f"{N}032": ["τζένοα", "τζενοα", "genoa"],
    f"{N}033": ["σπινάκερ", "σπινακερ", "spinnaker", "μπαλόνι"],
    f"{N}034": ["πιλότος", "πιλοτος", "πιλότο", "αυτόματος", "αυτοματος", "autopilot"],
    f"{N}035": ["μετακεντρικό", "μετακεντρικο", "μετάκεντρο", "μετακεντρο", "metacentric"],
    f"{N}036": ["plimsoll", "φόρτωσης", "φορτωσης", "φορτώσεως"],
    f"{N}037": ["πτερύγιο", "πτερυγιο", "πτερυγίου", "fin keel"],
    f"{N}038": ["υδραυλικό", "υδραυλικο", "υδραυλικός", "υδραυλικά", "υδραυλικού", "hydraulic"],
    f"{N}039": ["φελούκα", "φελουκα", "felucca"],
    f"{N}040": ["ιρόκο", "ιροκο", "iroko"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

SET_CALL = re.compile(r'glossary\.set\("((?:[^"\\]|\\.)*)", \{\n(.*?)\n\}\);', re.S)


def field(body: str, name: str) -> str:
    m = re.search(rf"^    {name}: (.*),?$", body, re.M)
    return m.group(1) if m else ""


def hand_entries() -> dict[str, str]:
    """id -> flat(title + definition + synonyms + english): one entry per glossary.set call."""
    text = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for title, body in SET_CALL.findall(text):
        key = f"boatyard-glossary#{slug(title)}"
        assert key not in entries, key
        definition = re.sub(r"<[^>]+>", " ", field(body, "definition"))
        entries[key] = flat(
            f"{title} {definition} {field(body, 'synonyms')} {field(body, 'english')}"
        )
    assert len(entries) == 865, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the glossary.set(...) calls of the JavaScript Map"
    )


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
