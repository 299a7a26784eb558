"""Static checks of eval/corpora/unixstd-glossary/questions.jsonl (blind, round 53).

Run from the worktree root: ``python eval/check_unixstd-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one man(7) page (``unixstd-glossary.7``: the Linux man-pages project's
``man/man7/standards.7``, "standards - C and UNIX Standards", from the kernelorg-mirror/
docs_man-pages_man-pages mirror): after a short DESCRIPTION paragraph, 43 ``.TP`` tagged
paragraphs, each tag a ``.B`` / ``.BR`` line naming a standard (three tags have a ``.TQ``
second name: ``POSIX.1-2001`` / ``SUSv3``, ``POSIX.1-2008`` / ``SUSv4``, ``POSIX.1-2024`` /
``SUSv5``), bodies continued by ``.IP`` paragraphs, with ``.UR`` / ``.UE`` links, ``.RI``
and ``.IR`` inline fonts, ``\\~`` non-breaking spaces and ``\\[lq]`` / ``\\[rq]`` quotes.

Written blind while the parser already read 43 entries from the file, one per ``.TP``, with
ids the shared corpus README's slug of the tag text; the questions are keyed to those ids.
``--by-hand`` (also chosen automatically when the parser's ids do not include the keyed
ones) reads the ``.TP`` items itself: ANCHOR = ``slug`` of the first tag line's text (fonts
and escapes removed), text = the tag lines and every text line up to the next ``.TP`` or
``.SH``/``.P`` with request lines dropped but their arguments kept. The negatives' grep
reads the ``.7`` file itself.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "unixstd-glossary"
GLOSSARY = FOLDER / "unixstd-glossary.7"
N = "unixstd-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (C89 .. C23, LFS's 32-bit systems,
    # "the C library", POSIX's portability, the ISO standards, V7's Bell Labs, the UNIX 95 /
    # 98 / 03 branding, the UNIX dialects) is in the file
    f"{N}023": ["c++", "cplusplus", "14882", "cpp"],
    f"{N}024": ["lsb", "linux standard base", "binary compatibility", "abi"],
    f"{N}025": ["2038", "y2038", "time_t", "overflow", "epoch"],
    f"{N}026": ["glibc", "gnu c library", "gnu"],  # libc: only SEE ALSO's libc(7)
    f"{N}027": ["cygwin", "windows", "wsl", "interix", "sfu"],
    f"{N}028": ["unicode", "utf-8", "utf8", "10646", "encoding"],
    f"{N}029": ["plan 9", "plan9", "inferno"],
    f"{N}030": ["test suite", "vsx", "certification", "certifies", "testing"],
    f"{N}031": ["minix", "tanenbaum", "teaching"],
    # named; several share a word with a title: POSIX.1e (POSIX.1b .. POSIX.1j), gnu89
    # (C89), System V release 5 (System V release 2 / 3 / 4), XPG2 (XPG3, XPG4), C2y (C23),
    # 386BSD (4.2BSD .. 4.4BSD), IEEE 754 (the IEEE Std entries), the X Window System
    # (X/Open), MISRA C (K&R C)
    f"{N}032": ["posix.1e", "1003.1e"],
    f"{N}033": ["gnu89", "gnu c", "gnu90"],
    f"{N}034": ["release 5", "svr5", "unixware"],
    f"{N}035": ["xpg2"],
    f"{N}036": ["c2y"],
    f"{N}037": ["386bsd"],
    f"{N}038": ["754", "floating point", "floating-point"],
    f"{N}039": ["x window", "x11", "xlib", "x.org"],
    f"{N}040": ["misra"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

ESCAPES = {r"\[lq]": '"', r"\[rq]": '"', r"\~": " ", r"\&": "", r"\:": "", r"\-": "-"}


def plain(line: str) -> str:
    """A man(7) line's text: request name dropped, quotes, fonts and escapes removed."""
    if line.startswith("."):
        line = line.split(" ", 1)[1] if " " in line else ""
        line = line.replace('"', "")
    for escape, text in ESCAPES.items():
        line = line.replace(escape, text)
    return re.sub(r"\\f(\[[A-Z]*\]|[A-Z])", "", line)


def hand_entries() -> dict[str, str]:
    """id -> flat(title + text): one entry per ``.TP`` item."""
    entries: dict[str, str] = {}
    key = ""
    tag_next = False
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if line.startswith((".SH", ".P")) and not line.startswith(".PP "):
            key, tag_next = "", False
            if line.startswith(".SH"):
                continue
        if line.startswith(".TP"):
            key, tag_next = "", True
            continue
        if line.startswith(('.\\"', ".UR", ".UE", ".TQ", ".IP")) or not line.strip():
            continue
        text = plain(line)
        if tag_next:
            key = f"unixstd-glossary#{slug(' '.join(text.split()))}"
            assert key not in entries, key
            entries[key] = ""
            tag_next = False
        if key:
            entries[key] += " " + text
    assert len(entries) == 43, len(entries)
    return {k: flat(v) for k, v in entries.items()}


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the .TP items of the standards(7) page"
    )


def main() -> int:
    return heldout_checks.main_keyed(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
