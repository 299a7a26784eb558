"""Static checks of eval/corpora/cde-glossary/questions.jsonl (blind, round 41).

Run from the worktree root: ``python eval/check_cde-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one troff source file in the mm macro package (``cde-glossary.r``: the
"Glossary" chapter of X/Open's 1994 CDE Definitions and Infrastructure specification draft,
calmsacibis995/cde-src ``cde/doc/cde1/man/xcdi/Text/glossary.r``): an ``.H 2`` heading, then
between the spec's own ``.gS`` / ``.gE`` macros 139 terms each opened by ``.gT "TERM"`` with a
parenthesised service name ("(ToolTalk)", "(Terminal Emulation Services)") before the
definition, ``.mc N`` change-bar requests and ``.br`` between terms, ``.xR11`` / ``.cX``
cross-reference macros, ``\\*(Zx`` string interpolations, ``.Fn`` / ``.B`` / ``.I`` font
macros, one ``.BL`` / ``.LI`` / ``.LE`` list; then a second ``.H 2`` ("Terms From Other
Standards") that only names 248 POSIX terms in ``.nf`` lines and X / Motif terms in two
``tbl`` tables, none defined.

Written blind while the parser read no file from the folder (``.r`` is not in
``GLOSSARY_SUFFIXES``: "no glossary files"): until it does, ``rag-glossary entries`` fails and
this script falls back to a by-hand reading (``--by-hand``, also chosen automatically): one
entry per ``.gT "TERM"`` line up to ``.gE``, ANCHOR = the shared corpus README's ``slug`` of
TERM (``.gT "object type (otype)"`` -> ``object-type-otype``), body = the lines after it up to
the next ``.gT`` (macro names and all); the negatives' grep reads the whole ``.r`` file, the
undefined name lists included. The anchors are listed in eval/corpora/cde-glossary/README.md.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "cde-glossary"
GLOSSARY = FOLDER / "cde-glossary.r"
N = "cde-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Workspace / Session, Drag and Drop /
    # Selection Extension, Mail Services, Workspace Management, Terminal Emulation, ToolTalk
    # Session / Procid, Text Editing Services) is in the glossary
    f"{N}023": [
        "lock",
        "locking",
        "locked",
        "screensaver",
        "screen saver",
        "password",
        "passwords",
    ],
    f"{N}024": ["clipboard", "paste", "pasting", "cut and paste", "copy and paste"],
    f"{N}025": [
        "calendar",
        "appointment",
        "appointments",
        "reminder",
        "reminders",
        "alarm",
        "meeting",
    ],
    f"{N}026": ["vacation", "auto-reply", "autoreply", "out of office", "automatic reply"],
    f"{N}027": [
        "shortcut",
        "shortcuts",
        "hotkey",
        "hot key",
        "accelerator",
        "accelerators",
        "mnemonic",
        "key binding",
        "keybinding",
    ],
    f"{N}028": ["scrollback", "scroll back", "scroll-back", "history", "save lines"],
    f"{N}029": [
        "authentication",
        "authenticate",
        "authenticated",
        "credentials",
        "cookie",
        "magic cookie",
    ],
    f"{N}030": ["monitor", "monitors", "multihead", "multi-head", "xinerama", "dual head"],
    f"{N}031": ["undo", "redo", "revert"],
    # named; eight share a word with a title: message bus (Message), dead key (Auto-Repeat Key,
    # Virtual Keys), window shading (Window Menu), font hinting (Monospaced / Proportional
    # Font), tooltip (Tool), MIME type (Data Type, Help Type), terminal multiplexer (Terminal
    # Emulator), icon theme (Icon Name); sixel graphics next to Terminal Emulator / Text Rendering
    f"{N}032": ["message bus", "d-bus", "dbus", "bus"],
    f"{N}033": ["dead key", "dead keys", "compose key", "compose"],
    f"{N}034": ["shade", "shading", "shaded", "windowshade", "roll up", "rolled up", "roll"],
    f"{N}035": ["hinting", "hint", "hints", "hinted"],
    f"{N}036": ["tooltip", "tooltips", "tool tip", "tool tips", "balloon help", "bubble help"],
    f"{N}037": ["mime", "mime type", "content-type", "media type", "media types"],
    f"{N}038": ["multiplexer", "multiplexing", "tmux", "gnu screen"],
    f"{N}039": ["icon theme", "icon themes", "theme", "themes"],
    f"{N}040": ["sixel", "sixels"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(title + body): one entry per .gT "TERM" line, up to .gE."""
    entries: dict[str, str] = {}
    text = GLOSSARY.read_text(encoding="utf-8").split("\n.gE\n")[0]
    parts = re.split(r'^\.gT "([^"]*)"\n', text, flags=re.MULTILINE)
    for title, body in zip(parts[1::2], parts[2::2], strict=True):
        key = f"cde-glossary#{slug(title)}"
        assert key not in entries, key
        entries[key] = flat(f"{title} {body}")
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(PLAN, hand_entries(), GLOSSARY, 'the .gT "TERM" paragraphs')


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
