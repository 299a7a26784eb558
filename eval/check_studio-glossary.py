"""Static checks of eval/corpora/studio-glossary/questions.jsonl (blind, round 58).

Run from the worktree root: ``python eval/check_studio-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one **TypeScript data file** (``studio-glossary.ts``: sinkovick/mstreetmusic-next's
``data/pojmovnik.ts``, the Croatian "Pojmovnik" of the M Street Music recording studio's
Next.js site; no licence stated). After ``export type PojmovnikCategory = 'snimanje' |
'mixing' | 'mastering' | 'oprema' | 'osnove'`` and ``export interface PojmovnikTerm { ... }``
(13 fields), one ``const pojmovi: PojmovnikTerm[] = [ ... ];`` array holds 62 object literals in
ten groups opened by ``// ====`` banner comments (SNIMANJE, MIXING, MASTERING, OPREMA, OSNOVE,
each twice with "(nastavak)"), then six helper functions (``getPojamBySlug`` ...). Each object
has ``slug``, ``term``, an optional ``englishTerm`` (``'Phantom Power / 48V'``), ``category``,
``metaTitle``, ``metaDescription``, ``definition`` (two or three sentences), ``explanation``
(three to six paragraphs joined by ``\\n\\n`` escapes in one single-quoted string),
``studioContext`` (the studio's own gear: Apollo x6, Volt 876, D-Box+, Tegeler Creme, SSL
Fusion), ``faq`` (two or three ``{ q, a }`` objects), ``relatedTerms`` (slugs) and sometimes
``relatedServices`` / ``relatedGear``; all strings single-quoted, ``\\"`` escapes inside.

Written blind while the parser read 62 entries (one per object, ids the ``slug``: ``#mid-side``
for "Mid/Side obrada"), each body only the ``definition`` plus the short fields
``englishTerm``, ``category``, ``metaTitle``, ``metaDescription`` (``relatedTerms`` as see-also):
``explanation``, ``studioContext`` and ``faq`` -- most of each entry's text -- are not in what
``show`` gives. The questions' facts were copied from the whole object, six of them (in
015-019 and 022) from those three fields only, so the default check reads the objects by
hand (``hand_entries``: every string literal of an object, escapes undone; ids the ``slug``)
after checking that the parser's ids are the same 62. ``--parser`` runs the usual check on
the parser's entries instead (it reports the facts outside the bodies it reads);
``--by-hand`` skips the id comparison.
"""

from __future__ import annotations

import re
import subprocess
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan

FOLDER = ROOT / "eval" / "corpora" / "studio-glossary"
GLOSSARY = FOLDER / "studio-glossary.ts"
N = "studio-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and spellings in Croatian
# and English: none may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Plug-in / Overdub's
    # double tracking; DI box / Overdub; Mastering / LUFS (streaming platforms); Chorus /
    # Saturacija / MIDI; Mixing ("stereo ili surround") / Stereo slika / Panning; Mastering
    # ("vinyl") / LUFS ("Za vinyl mastering"); Frekvencija / Harmonik; Kompresija / Noise gate
    # (attack, tranzijenta); Overdub (takes, double tracking) / Automatizacija)
    f"{N}023": [
        "auto-tune",
        "autotune",
        "melodyne",
        "pitch correction",
        "korekcija visine tona",
        "ispravljanje intonacije",
    ],
    f"{N}024": ["reamp", "reamping", "re-amp", "re-amping", "reamp box"],
    f"{N}025": [
        "isrc",
        "upc",
        "ean",
        "barkod",
        "international standard recording code",
    ],
    f"{N}026": ["vocoder", "vokoder", "talk box", "talkbox", "robot", "robotski", "daft punk"],
    f"{N}027": [
        "atmos",
        "dolby",
        "dolby atmos",
        "spatial audio",
        "3d",
        "immersive",
        "imerzivni",
        "binaural",
        "object-based",
    ],
    f"{N}028": [
        "lacquer",
        "lathe",
        "acetat",
        "acetate",
        "dmm",
        "direct metal mastering",
        "cutting",
        "lakirani",
        "gramofon",
    ],
    f"{N}029": ["tuner", "štimer", "štimanje", "ugađanje", "ugađač", "naštimati"],
    f"{N}030": [
        "transient shaper",
        "transient designer",
        "shaper",
        "designer",
        "envelope",
        "oblikovač tranzijenata",
    ],
    f"{N}031": ["comping", "comp", "komping", "composite", "kompilacija"],
    # named; several share a word with a title: shotgun mikrofon ("mikrofon": Mikrofon,
    # Kondenzatorski / Dinamički mikrofon), phaser (next to Chorus, Faza), multiband
    # kompresija ("kompresija": Kompresija, Paralelna kompresija), convolution reverb
    # ("reverb": Reverb), DSD format ("format": WAV / MP3 / FLAC format), bitcrusher ("bit":
    # Bit depth, Bitrate), linear phase EQ ("EQ": EQ; "phase": Faza), Haas efekt (next to
    # Delay, Stereo slika), Leslie zvučnik (next to Chorus, Studijski monitori)
    f"{N}032": ["shotgun", "puškasti", "shotgun mikrofon"],
    f"{N}033": ["phaser", "fazer", "phase shifter"],
    f"{N}034": ["multiband", "multi-band", "višepojasna", "višepojasni", "multibandni"],
    f"{N}035": [
        "convolution",
        "konvolucija",
        "konvolucijski",
        "impulse response",
        "impulsni odziv",
    ],
    f"{N}036": ["dsd", "direct stream digital", "sacd", "super audio cd"],
    f"{N}037": ["bitcrusher", "bit crusher", "bit-crusher", "decimator"],
    f"{N}038": ["linear phase", "linear-phase", "linearna faza", "linearne faze"],
    f"{N}039": ["haas", "haasov", "precedence effect", "efekt prvenstva"],
    f"{N}040": ["leslie", "rotary speaker", "rotirajući zvučnik"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

# The pojmovi array: one object literal per term, each opened by "  {" on its own line and
# starting with its slug; the array ends at the first "\n];" (the helper functions follow).
ARRAY = re.compile(r"const pojmovi: PojmovnikTerm\[\] = \[(.*?)\n\];\n", re.S)
OBJECT_START = re.compile(r"\n  \{\n    slug: '")
STRING = re.compile(r"'((?:[^'\\]|\\.)*)'")


def hand_entries() -> dict[str, str]:
    """id -> flat(every string literal of the object, ``\\n`` and ``\\"`` undone): one entry
    per object literal of the pojmovi array, ANCHOR = its ``slug`` (the parser's ids)."""
    text = GLOSSARY.read_text(encoding="utf-8")
    array = ARRAY.search(text)
    assert array, "no pojmovi array"
    body = array.group(1)
    starts = [m.start() for m in OBJECT_START.finditer(body)]
    entries: dict[str, str] = {}
    for start, end in zip(starts, [*starts[1:], len(body)], strict=True):
        strings = [
            s.replace("\\n", "\n").replace('\\"', '"') for s in STRING.findall(body[start:end])
        ]
        anchor = f"studio-glossary#{strings[0]}"  # the slug comes first
        assert anchor not in entries, anchor
        entries[anchor] = flat(" ".join(strings[1:]))
    assert len(entries) == 62, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the object literals of the pojmovi array, whole"
    )


def main() -> int:
    """The check on whole objects, after comparing the parser's ids with the hand reading's."""
    if "--parser" in sys.argv:
        return heldout_checks.run(PLAN)
    if "--by-hand" not in sys.argv:
        try:
            known = {str(e["id"]) for e in heldout_checks.cli("entries", corpus=FOLDER)}
        except subprocess.CalledProcessError:
            known = set()
        hand = set(hand_entries())
        if known != hand:
            print(f"the parser reads {len(known)} ids, the hand reading {len(hand)}:")
            print("  only parser:", sorted(known - hand)[:10])
            print("  only by hand:", sorted(hand - known)[:10])
            return 1
        print(f"the parser's {len(known)} ids are the hand reading's")
    return by_hand()


if __name__ == "__main__":
    sys.exit(main())
