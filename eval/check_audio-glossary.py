"""Static checks of eval/corpora/audio-glossary/questions.jsonl (blind, round 29).

Run from the worktree root: ``python eval/check_audio-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``audio-basics.md``, rse/audio-setup's ``audio-basics.md``,
a bulleted list of bold terms with pipe tables and a code block inside the bullets), whose
suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "audio-glossary"
N = "audio-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (bit depth in Audio Clipping, Frequency,
    # Human Way of Hearing's 6 dB ratios, Speed of sound, Polarity / phase cancellation,
    # Decibel, room / bass, Human Way of Hearing, LKFS's K-weighting) is in the glossary
    f"{N}023": [
        "dither",
        "dithering",
        "quantization",
        "quantisation",
        "quantization noise",
        "noise shaping",
        "truncation",
    ],
    f"{N}024": [
        "nyquist",
        "nyquist-shannon",
        "sampling theorem",
        "sample rate",
        "sampling rate",
        "sampling frequency",
        "aliasing",
    ],
    f"{N}025": ["inverse square law", "inverse square", "inverse-square", "distance law"],
    f"{N}026": [
        "haas",
        "haas effect",
        "precedence effect",
        "precedence",
        "law of the first wavefront",
    ],
    f"{N}027": ["comb filter", "comb filtering", "comb", "phasing", "phasey"],
    f"{N}028": [
        "rt60",
        "reverberation time",
        "reverb",
        "reverberation",
        "decay time",
        "decay",
        "sabine",
    ],
    f"{N}029": [
        "room mode",
        "room modes",
        "standing wave",
        "standing waves",
        "eigenmode",
        "modal",
        "bass trap",
    ],
    f"{N}030": ["masking", "mask", "masked", "frequency masking", "auditory masking"],
    f"{N}031": ["a-weighting", "a-weighted", "a weighting", "dba", "db(a)", "weighting filter"],
    # named; sharing a word with a title: VU meter (Volume Meter), blue noise (White / Pink /
    # Brown Noise), multiband compressor (Downward / Upward Compression), signal to noise
    # ratio (the noise entries), total harmonic distortion, peak program meter (Volume
    # Meter), graphic equalizer (Frequency Spectrum's "equalizers"), mid side processing
    # (Dynamic Processing), loudness range (Loudness, Gain, Volume; Short Term Loudness)
    f"{N}032": ["vu meter", "vu", "volume unit", "volume units"],
    f"{N}033": ["blue noise", "blue", "violet noise", "violet", "azure"],
    f"{N}034": ["multiband", "multi-band", "multiband compressor", "crossover"],
    f"{N}035": ["signal to noise", "signal-to-noise", "snr", "s/n", "noise ratio"],
    f"{N}036": ["total harmonic distortion", "thd", "harmonic distortion", "harmonic", "harmonics"],
    f"{N}037": ["peak program meter", "ppm", "program meter", "programme meter"],
    f"{N}038": ["graphic equalizer", "graphic equaliser", "graphic eq", "graphic", "eq"],
    f"{N}039": ["mid side", "mid-side", "mid/side", "side channel", "stereo width"],
    f"{N}040": ["loudness range", "lra"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
