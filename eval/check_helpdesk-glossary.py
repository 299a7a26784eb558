"""Static checks of eval/corpora/helpdesk-glossary/questions.jsonl (blind, round 53).

Run from the worktree root: ``python eval/check_helpdesk-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Perl POD file (``helpdesk-glossary.pod``: bestpractical/rt's
``docs/glossary.pod``, Request Tracker's glossary): a ``=head1 RT Glossary`` title and an
intro line, then two ``=head2`` sections, each one ``=over 4`` ... ``=back`` list of
``=item`` terms: "General terms" (25 items, each a paragraph of definition) and "Right
names" (8 prefixes of right names such as AdminQueue; ``Create`` and ``Delete`` have no
text, the others a fragment like "See/show"). Second names sit inside definitions ("Also
called a widget", "Also called correspondence", "A service level agreement"), and POD
codes ``C<resolved>`` and ``L<Ticket metadata|docs/ticket_metadata.pod>`` are inline.

Written blind while the parser read 33 entries from the file, one per ``=item``, ids the
shared corpus README's slug of each item's text (the keyed ids). ``--by-hand`` (also chosen
automatically when the parser's ids do not include the keyed ones) reads the file itself:
one entry per ``=item``, ANCHOR = ``slug`` of the item text, text = the item text and the
paragraphs after it up to the next ``=item`` / ``=back`` (``X<...>`` codes read as their
text, ``L<text|target>`` as its text). The negatives' grep reads the ``.pod`` file itself.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "helpdesk-glossary"
GLOSSARY = FOLDER / "helpdesk-glossary.pod"
N = "helpdesk-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms: none may occur in the
# glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (Ticket / Link for
    # merging, Transaction for time worked, Owner / SLA for escalation, Resolve for a
    # survey, Portlet / Queue for dashboards, Transaction / Article for search, Queue's
    # "shared inbox" / Reply for spam and the mail gateway, SLA's Due date for reminders)
    f"{N}023": ["merge", "merged", "merging", "duplicate", "duplicates", "combine"],
    f"{N}024": ["time worked", "timesheet", "hours", "time tracking", "time spent"],
    f"{N}025": ["escalate", "escalated", "escalation", "escalations"],
    f"{N}026": ["survey", "surveys", "satisfaction", "csat", "feedback"],
    f"{N}027": ["dashboard", "dashboards", "chart", "charts", "report", "reports", "reporting"],
    f"{N}028": ["full text", "full-text", "search", "searches", "index", "indexing"],
    f"{N}029": ["spam", "junk", "filter", "filtering"],
    f"{N}030": ["mailgate", "rt-mailgate", "gateway", "incoming", "inbound"],
    f"{N}031": ["reminder", "reminders", "follow up", "follow-up"],
    # named; several share a word with a title: ticket template / ticket priority (Ticket),
    # asset depreciation (Asset), privileged access management (Privileged user), self
    # service password reset (Self Service); subject tag next to Queue / Reply, approval
    # next to Right / Role, kanban board next to Status / Lifecycle, shredder next to
    # Delete
    f"{N}032": ["template", "templates"],
    f"{N}033": ["priority", "priorities", "urgency"],
    f"{N}034": ["subject tag", "tag", "tags"],
    f"{N}035": ["depreciation", "depreciate", "depreciated"],
    f"{N}036": ["privileged access management", "pam"],
    f"{N}037": ["password", "passwords", "reset"],
    f"{N}038": ["approval", "approvals", "approve", "approver"],
    f"{N}039": ["kanban", "board"],
    f"{N}040": ["shredder", "purge", "purging"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def pod_text(text: str) -> str:
    """POD formatting codes read as their text: L<text|target> -> text, X<...> -> ..."""
    text = re.sub(r"L<([^|>]*)\|[^>]*>", r"\1", text)
    for _ in range(3):
        text = re.sub(r"[A-Z]<([^<>]*)>", r"\1", text)
    return text


def hand_entries() -> dict[str, str]:
    """id -> flat(item text + its paragraphs): one entry per ``=item``."""
    entries: dict[str, str] = {}
    title, body = "", []
    for para in GLOSSARY.read_text(encoding="utf-8").split("\n\n"):
        command = para.startswith("=")
        if title and (para.startswith("=item ") or para.startswith("=back")):
            key = f"helpdesk-glossary#{slug(title)}"
            assert key not in entries, key
            entries[key] = flat(pod_text(" ".join([title, *body])))
            title, body = "", []
        if para.startswith("=item "):
            title = para[len("=item ") :].strip()
        elif title and not command:
            body.append(para)
    assert len(entries) == 33, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the =item paragraphs of the two =over lists"
    )


def main() -> int:
    return heldout_checks.main_keyed(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
