"""Static checks of eval/corpora/dicom-glossary/questions.jsonl (blind, round 31).

Run from the worktree root: ``python eval/check_dicom-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``dicom-glossary.md``, ThalesMMS/DICOM-Decoder's
``DICOM_GLOSSARY.md``, the glossary of a Swift DICOM decoder: ``##`` topic sections, one
``###`` heading per term, many "ACRONYM (Expansion)" titles, Swift code fences, Markdown
tables, two "X vs Y" titles, a contents list and a tag-reference appendix), whose suffix is
in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "dicom-glossary"
N = "dicom-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (the contrast phases of Study, CT, Patient
    # Demographics, Pixel Spacing, Study's reconstructions and Series' "Axial", MR, PACS / WADO)
    # is in the glossary; "contrast", "axial", "reconstructions" occur in the file, so only
    # the absent words are keyed
    f"{N}023": [
        "dye",
        "contrast agent",
        "contrast medium",
        "contrast media",
        "gadolinium",
        "iodine",
        "iodinated",
    ],
    f"{N}024": [
        "radiation dose",
        "dose",
        "dosage",
        "sievert",
        "millisievert",
        "millisieverts",
        "msv",
        "ctdi",
        "ctdivol",
        "dlp",
    ],
    f"{N}025": [
        "anonymization",
        "anonymisation",
        "anonymize",
        "anonymise",
        "anonymized",
        "de-identification",
        "deidentification",
        "de-identify",
        "pseudonymization",
        "phi",
    ],
    f"{N}026": ["worklist", "modality worklist", "mwl", "scheduled", "scheduling"],
    f"{N}027": ["voxel", "voxels", "volume element"],
    f"{N}028": [
        "multiplanar",
        "multiplanar reconstruction",
        "multiplanar reformation",
        "mpr",
        "reformat",
        "reformation",
        "sagittal",
        "coronal",
    ],
    f"{N}029": ["tesla", "field strength", "magnetic field strength", "1.5t", "3t"],
    f"{N}030": [
        "query",
        "retrieve",
        "query/retrieve",
        "c-find",
        "c-move",
        "c-get",
        "dimse",
    ],
    f"{N}031": ["ae title", "application entity", "aet", "port", "association", "network"],
    # named; several share a word with a title: dicom conformance statement (DICOM, DICOM Tag),
    # frame of reference (Multi-frame Image), positron emission tomography (CT (Computed
    # Tomography)), photon counting ct (CT), ultrasound elastography (US (Ultrasound)),
    # patient orientation (Patient Demographics)
    f"{N}032": ["conformance", "conformance statement", "dcs"],
    f"{N}033": ["nifti", "nii", "neuroimaging informatics technology initiative"],
    f"{N}034": ["frame of reference", "for uid"],
    f"{N}035": ["positron emission tomography", "positron", "pet"],
    f"{N}036": ["photon counting", "photon-counting", "pcct"],
    f"{N}037": ["elastography", "shear wave"],
    f"{N}038": ["diffusion weighted imaging", "diffusion", "dwi", "adc"],
    f"{N}039": ["stow-rs", "stow", "dicomweb", "qido-rs", "qido"],
    f"{N}040": ["patient orientation", "orientation"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
