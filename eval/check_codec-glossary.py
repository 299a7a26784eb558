"""Static checks of eval/corpora/codec-glossary/questions.jsonl (blind, round 39).

Run from the worktree root: ``python eval/check_codec-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one MediaWiki page source (``codec-glossary.mediawiki``: the VideoLAN wiki's
"Dictionary" page, seshaljain/vlc-docs-dump ``mediawiki/Dictionary.mediawiki``): templates
(``{{See also|...}}``, ``{{Historical}}``, ``{{wikipedia|...}}``), ``__NOTOC__``, one
``=== [[Term]] ===`` section per term (28; five with no body), a ``:[[I-frame]]: ...``
definition list inside "Frame types", ``'''bold'''`` initials spelling out acronyms, and
``[[Category:...]]`` / ``{{DEFAULTSORT:*}}`` at the end.

Written blind while the parser read no file from the folder (``.mediawiki`` is not in
``GLOSSARY_SUFFIXES``: "no glossary files"): until it does, ``rag-glossary entries`` fails and
this script falls back to a by-hand reading (``--by-hand``, also chosen automatically): one
entry per ``=== ... ===`` heading, ANCHOR = the shared corpus README's ``slug`` of the heading's
shown text (``[[Lossless and Lossy|Lossy]]`` -> ``lossy``), body = the text up to the next
heading; the negatives' grep reads the ``.mediawiki`` file itself. The anchors are listed in
eval/corpora/codec-glossary/README.md.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "codec-glossary"
GLOSSARY = FOLDER / "codec-glossary.mediawiki"
N = "codec-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Chroma, Bitrate, Keyframe / Frame types,
    # Framerate / Deinterlacing's fields, PTS, Aspect Ratio / Post Processing, Chroma / Sample
    # rate, Bitrate / TS, Aspect Ratio) is in the glossary
    f"{N}023": [
        "subsampling",
        "chroma subsampling",
        "4:2:0",
        "4:2:2",
        "luma",
        "luminance",
        "brightness",
        "yuv",
    ],
    f"{N}024": ["variable bitrate", "vbr", "constant bitrate", "cbr", "abr", "data rate"],
    f"{N}025": ["gop", "group of pictures", "keyframe interval", "key frame interval", "keyint"],
    f"{N}026": ["telecine", "pulldown", "pull-down", "3:2", "inverse telecine", "ivtc"],
    f"{N}027": [
        "lip sync",
        "lipsync",
        "lip-sync",
        "a/v sync",
        "av sync",
        "desync",
        "out of sync",
        "audio delay",
        "sync",
    ],
    f"{N}028": [
        "upscaling",
        "upscale",
        "upscaled",
        "scaling",
        "scaler",
        "resolution",
        "480p",
        "4k",
    ],
    f"{N}029": [
        "bit depth",
        "bit-depth",
        "color depth",
        "colour depth",
        "10-bit",
        "8-bit",
        "bits per pixel",
    ],
    f"{N}030": [
        "adaptive",
        "adaptive bitrate",
        "adaptive streaming",
        "hls",
        "dash",
        "streaming",
        "bandwidth",
    ],
    f"{N}031": [
        "letterbox",
        "letterboxing",
        "letterboxed",
        "pillarbox",
        "pillarboxing",
        "black bars",
        "bars",
    ],
    # named; several share a word with a title: sample aspect ratio (Aspect Ratio, Sample rate),
    # chroma key (Chroma), motion vectors (Motion Compensation), program map table (PCR (Program
    # Clock Reference)), constant rate factor (Sample rate), variable frame rate (Frame types)
    f"{N}032": [
        "sample aspect ratio",
        "sar",
        "pixel aspect ratio",
        "par",
        "display aspect ratio",
        "dar",
    ],
    f"{N}033": [
        "chroma key",
        "chroma keying",
        "chromakey",
        "green screen",
        "greenscreen",
        "bluescreen",
        "blue screen",
    ],
    f"{N}034": ["motion vector", "motion vectors", "motion estimation"],
    f"{N}035": ["program map table", "pmt", "program association table", "pat", "psi"],
    f"{N}036": ["crf", "constant rate factor", "rate factor", "quantizer", "qp"],
    f"{N}037": ["variable frame rate", "variable framerate", "vfr", "constant frame rate", "cfr"],
    f"{N}038": ["h.264", "h264", "avc", "x264", "advanced video coding", "mpeg-4 part 10"],
    f"{N}039": ["decoding time stamp", "decoding timestamp", "decode timestamp", "dts"],
    f"{N}040": ["hdr", "high dynamic range", "hdr10", "dolby vision", "hlg"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(title + body): one entry per === heading, shown link text as the title."""
    entries: dict[str, str] = {}
    title, body = None, []
    lines = [*GLOSSARY.read_text(encoding="utf-8").splitlines(), "=== END ==="]
    for line in lines:
        m = re.match(r"^===\s*(.*?)\s*===(.*)$", line)
        if m is None:
            body.append(line)
            continue
        if title is not None:
            key = f"codec-glossary#{slug(title)}"
            assert key not in entries, key
            entries[key] = flat(f"{title} {' '.join(body)}")
        shown = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", m.group(1))
        title, body = shown, [m.group(2)]
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(PLAN, hand_entries(), GLOSSARY, "the === headings")


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
