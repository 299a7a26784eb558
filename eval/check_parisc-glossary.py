"""Static checks of eval/corpora/parisc-glossary/questions.jsonl (blind, round 54).

Run from the worktree root: ``python eval/check_parisc-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one MediaWiki page source (``parisc-glossary.mediawiki``: tank0nf/
parisc-website's ``wiki/Glossary.mediawiki``, the PA-RISC Linux project wiki's "Glossary" of
HP hardware codenames and jargon): YAML front matter (``---`` / ``title: Glossary`` /
``---``), a ``= GLOSSARY =`` heading and an intro line, then one MediaWiki definition list of
48 ``; '''Term'''`` lines, each followed by a ``: definition`` line; the GSC entry holds a
nested list (``:; '''GSC-1X'''`` / ``:: ...``) of four bus variants. Links are external-style
``[#anchor text]`` fragments whose anchors (``#hppb``, ``#suckyio``) are not slugs of the
titles; ``&amp;`` entities.

Written blind while the parser read no entry from the file (``rag-glossary entries`` exits
with "read as dialect md-terms: no bold terms, term tables or definition lists"). Until the
per-term ids are read, this script checks by hand (``--by-hand``, also chosen automatically
when the parser's ids do not include the keyed ones): one entry per top-level ``; `` line,
ANCHOR = the shared corpus README's ``slug`` of the term without its ``'''`` bold marks,
text = term + every following line up to the next top-level ``; `` line (the nested GSC
variants stay in the GSC entry), with list markers, bold / italic quotes and ``[#anchor
text]`` links read as their text and ``&amp;`` as ``&``. The negatives' grep reads the
``.mediawiki`` file itself.
"""

from __future__ import annotations

import html
import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "parisc-glossary"
GLOSSARY = FOLDER / "parisc-glossary.mediawiki"
N = "parisc-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (IOA's "I/O MMU" for
    # the TLB, the processor entries for floating point, PDC's "flash memory or ROM" for
    # firmware updates, TOC's "Servers may have more advanced features" for a service
    # processor, the C-class in U2 / Wax for a power supply, Lasi / Gecko (712) for the
    # network chip, Artist / Venom / Summit96 for an X driver, Viper / Astro "Memory
    # controller" for RAM modules, ITE's "Terminal Emulator" for machine emulation)
    f"{N}023": [
        "tlb",
        "translation lookaside",
        "lookaside",
        "translation",
        "translations",
        "virtual address",
        "page table",
    ],
    f"{N}024": ["floating point", "floating-point", "fpu", "coprocessor", "co-processor", "math"],
    f"{N}025": ["firmware", "update", "upgrade", "updating", "flashing", "reflash"],
    f"{N}026": [
        "service processor",
        "gsp",
        "management processor",
        "remote",
        "remotely",
        "lan console",
        "mp",
    ],
    f"{N}027": ["power supply", "psu", "power", "fan"],
    f"{N}028": ["ethernet", "network", "lan", "nic", "82596", "networking"],
    f"{N}029": [
        "framebuffer",
        "frame buffer",
        "x11",
        "xorg",
        "x server",
        "driver",
        "drivers",
        "desktop",
    ],
    f"{N}030": ["dimm", "dimms", "ram", "simm", "simms", "sdram", "modules"],
    f"{N}031": ["qemu", "emulate", "emulation", "emulated", "virtual machine", "mame"],
    # named; several share a word with a title or a definition: PDC stable storage and PDC
    # chassis codes (PDC), machine check abort (HPMC / LPMC's "Machine Check"), EPIC the
    # instruction set (EPIC, Excalibur PCI-bus Interface Chip), the ELF auxiliary vector
    # (ELF), IO-SAPIC (IOA's "IO Adapter"); zx1 (next to the bridges), Mako / PA-8800 (next
    # to Runway's processors), PALO (next to PDC)
    f"{N}032": ["stable storage"],
    f"{N}033": ["chassis"],
    f"{N}034": ["sapic", "iosapic"],
    f"{N}035": ["machine check abort", "mca"],
    f"{N}036": ["zx1"],
    f"{N}037": ["mako", "pa-8800", "8800"],
    f"{N}038": ["explicitly parallel", "instruction computing", "vliw", "ia-64", "itanium"],
    f"{N}039": ["palo", "boot loader", "bootloader"],
    f"{N}040": ["auxiliary vector", "auxv"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def plain(line: str) -> str:
    """A wikitext line read as text: list markers, bold / italic quotes, [#anchor text]."""
    line = re.sub(r"^[;:]+\s*", "", line)
    line = re.sub(r"\[#\S+ ([^\]]+)\]", r"\1", line)
    return html.unescape(line.replace("'''", "").replace("''", ""))


def hand_entries() -> dict[str, str]:
    """id -> flat(title + text): one entry per top-level ``; `` definition term."""
    text = GLOSSARY.read_text(encoding="utf-8")
    blocks: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        if line.startswith("; "):
            blocks.append((plain(line).strip(), []))
        elif blocks:
            blocks[-1][1].append(plain(line))
    entries: dict[str, str] = {}
    for title, body in blocks:
        key = f"parisc-glossary#{slug(title)}"
        assert key not in entries, key
        entries[key] = flat(" ".join([title, *body]))
    assert len(entries) == 48, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the top-level '; ' definition terms of the page"
    )


def main() -> int:
    return heldout_checks.main_keyed(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
