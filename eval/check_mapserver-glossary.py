"""Static checks of eval/corpora/mapserver-glossary/questions.jsonl (blind, held out in round 15).

Run from the worktree root: ``python eval/check_mapserver-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one reStructuredText file (``glossary.rst``, MapServer's ``en/glossary.txt``),
whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "mapserver-glossary"
N = "mapserver-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (EPSG / WGS84 / projections, WMS and map
    # tiles, vector features, rasters, Shapefile, tileindex, OpenLayers) is in the glossary
    f"{N}023": ["geocoding", "geocode", "geocoder", "address", "addresses"],
    f"{N}024": ["datum", "datums", "ellipsoid", "spheroid", "geoid"],
    f"{N}025": [
        "wmts",
        "web map tile service",
        "tms",
        "tile map service",
        "tile matrix",
        "mapcache",
        "cache",
        "xyz",
    ],
    f"{N}026": ["cluster", "clustering", "clusters", "marker", "markers"],
    f"{N}027": ["buffer", "buffering", "buffers"],
    f"{N}028": [
        "dem",
        "digital elevation model",
        "elevation",
        "terrain",
        "dtm",
        "dsm",
        "height",
        "hillshade",
    ],
    f"{N}029": ["postgis", "postgres", "postgresql", "spatial database"],
    f"{N}030": ["r-tree", "rtree", "spatial index", "quadtree", "bounding box"],
    f"{N}031": [
        "georeference",
        "georeferencing",
        "georeferenced",
        "world file",
        "ground control",
        "gcp",
        "gcps",
    ],
    # named; sharing a word with a title: vector tiles (Vector), raster algebra (Raster),
    # equal-area projection (Projection), map legend (Map Scale), web processing service (the
    # Web ... Service standards)
    f"{N}032": ["geojson", "json"],
    f"{N}033": ["vector tile", "vector tiles", "mvt", "mapbox"],
    f"{N}034": ["raster algebra", "map algebra", "raster calculator"],
    f"{N}035": ["equal area", "equal-area", "albers", "lambert"],
    f"{N}036": ["geopackage", "gpkg"],
    f"{N}037": ["wps", "web processing service", "processing"],
    f"{N}038": ["kml", "keyhole", "kmz"],
    f"{N}039": ["legend", "legends"],
    f"{N}040": ["openstreetmap", "osm"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
