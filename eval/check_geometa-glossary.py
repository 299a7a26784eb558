"""Static checks of eval/corpora/geometa-glossary/questions.jsonl (blind, round 47).

Run from the worktree root: ``python eval/check_geometa-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one .NET resource file (``geometa-glossary.resx``: Esri/arcgis-pro-metadata-
toolkit's ``MetadataToolkit/Properties/Definitions.resx``, the help texts that the ArcGIS Pro
metadata editor shows for ISO 19115 / 19119 / 19139, FGDC CSDGM, NAP and ArcGIS metadata
elements): UTF-8 with a byte-order mark, CRLF, the standard ResX schema header (an XML comment
with a sample ``<data name="Name1">``, ``Color1``, ``Bitmap1``, ``Icon1``, an ``xsd:schema``,
four ``<resheader>``), then 393 ``<data name="KEY" xml:space="preserve"><value>TEXT</value>``
elements. The key is the element's UML-style name (``CI_Citation_alternateTitle``,
``MD_Identification_abstract``, ``FGDC_EntityAndAttribute_attrlabl``), the value its definition,
ending ``Data type: ... From: STANDARD.``

Written blind while the loader read no file from the folder (``.resx`` is not a glossary
suffix): until it does, ``rag-glossary entries`` fails and this script falls back to a
by-hand reading (``--by-hand``, also chosen automatically): one entry per ``<data>`` element
with a ``<value>`` (the sample elements inside the schema comment are not elements), ANCHOR =
the shared corpus README's ``slug`` of the key (``MD_Identification_abstract`` ->
``md_identification_abstract``: lower case, underscores kept), text = key + value (XML
entities decoded); the negatives' grep reads the ``.resx`` file itself.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "geometa-glossary"
GLOSSARY = FOLDER / "geometa-glossary.resx"
N = "geometa-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (illumination elevation
    # angle / image description, CI_Contact_* and CI_Telephone_*, camera calibration / lens
    # distortion availability, FGDC attribute fields (atindex, attrlabl), MD_Usage_*, legal
    # constraints' "protection of privacy", ESRI_scaleRange's "zoomed in / out" and the
    # units of distribution "tiles", transfer size / file decompression, fees / credit)
    f"{N}023": ["flying height", "flight height", "altitude", "above ground"],
    f"{N}024": ["twitter", "linkedin", "social media", "facebook", "instagram", "handle"],
    f"{N}025": ["focal length", "focal"],
    f"{N}026": ["primary key", "unique key"],
    f"{N}027": ["viewed", "views", "view count", "page views", "popularity"],
    f"{N}028": [
        "anonymized",
        "anonymised",
        "anonymize",
        "anonymization",
        "personal",
        "pii",
        "gdpr",
    ],
    f"{N}029": ["zoom levels", "zoom level", "cached", "cache", "tile matrix", "tiling scheme"],
    f"{N}030": ["md5", "checksum", "hash", "sha", "integrity", "corrupted", "corrupt"],
    f"{N}031": ["budget", "cost", "costs", "production cost", "funding", "funded", "grant"],
    # named; several share a word with a title or a definition: temporal resolution
    # (MD_Resolution_*, spatialResolution), controlled vocabulary (MD_Keywords_*,
    # thesaurusName), metadata harvesting (MD_Metadata_*), geohash (EX_GeographicBoundingBox,
    # geographicIdentifier), PROV-O (LI_Lineage_*), completeness commission / omission
    # (DQ_* elements), Dublin Core (metadataStandardName), WFS GetCapabilities
    # (SV_IdentificationInfo_serviceType's "WMS"), nodata value (MD_Band_*)
    f"{N}032": ["temporal resolution"],
    f"{N}033": ["controlled vocabulary", "vocabulary"],
    f"{N}034": ["harvesting", "harvest", "harvested", "csw"],
    f"{N}035": ["geohash"],
    f"{N}036": ["prov-o", "provenance", "w3c", "ontology"],
    f"{N}037": ["completeness", "commission", "omission", "19157"],
    f"{N}038": ["dublin core", "dcat"],
    f"{N}039": ["getcapabilities", "wfs"],
    f"{N}040": ["nodata", "no data", "no-data", "null"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(key + value): one entry per ``<data>`` element holding a ``<value>``."""
    root = ET.parse(GLOSSARY).getroot()
    entries: dict[str, str] = {}
    for data in root.findall("data"):
        value = data.find("value")
        if value is None:
            continue
        key = f"geometa-glossary#{slug(data.attrib['name'])}"
        assert key not in entries, key
        entries[key] = flat(f"{data.attrib['name']} {value.text or ''}")
    assert len(entries) == 393, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the <data> elements of the .resx file"
    )


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
