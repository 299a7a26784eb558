"""Static checks of eval/corpora/cdrom-glossary/questions.jsonl (blind, round 52).

Run from the worktree root: ``python eval/check_cdrom-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one Texinfo fragment (``cdrom-glossary.texi``: the GNU libcdio manual's
``doc/glossary.texi``, included by ``libcdio.texi`` as its Glossary appendix): two prose
lines, then one ``@table @dfn`` of 50 ``@item TERM`` lines, each followed by ``@cindex``
and ``@anchor`` lines and the definition's paragraphs; two entries hold nested ``@table
@dfn`` lists (Lead in: two manufacturers' lead-in positions; Media models and profiles: six
tables of media and profile numbers), and some entries are only pointers (``ASPI``: "See
Win32 ASPI", ``XA``: an ``@xref``). There is no ``@node`` or sectioning command in the file.

Written blind while the parser already read 50 entries from the file, one per top-level
``@item``, ids = the shared corpus README's slug of the item text (equal to the keyed ids).
``--by-hand`` reads the same: one entry per ``@item`` outside a nested table, ANCHOR =
``slug`` of the item text, text = the item and the lines up to the next top-level ``@item``
(Texinfo commands kept as words: the facts checked are plain text). The negatives' grep
reads the ``.texi`` file itself.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "cdrom-glossary"
GLOSSARY = FOLDER / "cdrom-glossary.texi"
N = "cdrom-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Defect management's bad spots, Blu-ray
    # Disc, CD-DA, CD Text / MCN, DVD, Multisession / burn programs, write-once media, ISO
    # 9660, UDF's video DVDs / TOC's copy protection flag) is in the file
    f"{N}023": ["scratched", "scratches", "resurfacing", "polish", "toothpaste"],
    f"{N}024": ["laser", "wavelength", "nm", "violet", "blue"],
    f"{N}025": ["rip", "ripping", "mp3", "flac", "paranoia", "cdparanoia"],
    f"{N}026": ["cddb", "freedb", "musicbrainz", "gracenote", "disc id", "online", "internet"],
    f"{N}027": ["region", "region code", "regions", "locked", "lock"],
    f"{N}028": ["underrun", "buffer", "burnproof", "burn-proof"],
    f"{N}029": ["dye", "degrades", "degrade", "archival", "lifespan", "longevity", "rot"],
    f"{N}030": ["bootable", "boot", "el torito", "torito"],
    f"{N}031": ["css", "content scramble", "scrambled", "encryption", "encrypted", "decrypt"],
    # named; several share a word with a title: packet writing (Command Packet), DVD-Audio
    # (DVD), Super Audio CD (SVCD's "Super VCD", CD), track at once (Track), VOB (DVD, VCD),
    # HFS hybrid (ISO 9660, Joliet); MiniDisc, LaserDisc and EFM next to CD
    f"{N}032": ["packet writing", "packet-writing", "incremental"],
    f"{N}033": ["dvd-audio", "dvd audio"],
    f"{N}034": ["sacd", "super audio"],
    f"{N}035": ["track at once", "track-at-once", "disc at once", "disc-at-once", "tao", "dao"],
    f"{N}036": ["vob", "video_ts", "ifo"],
    f"{N}037": ["minidisc", "mini disc", "mini-disc"],
    f"{N}038": ["laserdisc", "laser disc", "laser"],
    f"{N}039": ["efm", "eight to fourteen", "eight-to-fourteen", "modulation"],
    f"{N}040": ["hfs", "hybrid"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(item + text): one entry per ``@item`` of the outer ``@table``."""
    entries: dict[str, str] = {}
    key, depth, lines = None, 0, []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if line.startswith("@table"):
            depth += 1
        elif line.startswith("@end table"):
            depth -= 1
        elif depth == 1 and line.startswith("@item "):
            if key:
                entries[key] = flat(" ".join(lines))
            title = re.sub(r"@anchor\{[^}]*\}", "", line.removeprefix("@item ")).strip()
            key, lines = f"cdrom-glossary#{slug(title)}", [title]
            assert key not in entries, key
            continue
        if key:
            lines.append(line)
    if key:
        entries[key] = flat(" ".join(lines))
    assert len(entries) == 50, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the @item entries of the outer @table"
    )


def main() -> int:
    return heldout_checks.main_keyed(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
