"""Static checks of eval/corpora/flora-glossary/questions.jsonl (blind, round 48).

Run from the worktree root: ``python eval/check_flora-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Dart source file (``flora-glossary.dart``: JPUF/flash_botany_flutter's
``app/lib/src/shared/models/glossary_term.dart``, the in-app glossary of a plant-family
flashcard app): one enhanced ``enum GlossaryTerm`` whose 37 values are constructor calls
``camelCaseName('Term', 'definition')`` (single-quoted Dart strings, some split over lines
as adjacent literals, one ``\\n`` and one ``\\'`` escape), then the fields ``term`` /
``definition`` and a ``const`` constructor.

Written blind while the parser read 0 entries from the file ("read as dialect source: no
constructor calls or struct literals of glossary records"): until it does, ``rag-glossary
entries`` fails and this script falls back to a by-hand reading (``--by-hand``, also chosen
automatically): one entry per enum value, title = its first string literal, ANCHOR = the
shared corpus README's ``slug`` of that title (``Scorpioid cyme`` -> ``scorpioid-cyme``,
``Open flower`` -> ``open-flower``), text = title + the other literals joined, with the
``\\n`` escape read as a space and ``\\'`` as ``'``; the negatives' grep reads the ``.dart``
file itself. The anchors used are listed in eval/corpora/flora-glossary/README.md.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "flora-glossary"
GLOSSARY = FOLDER / "flora-glossary.dart"
N = "flora-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Stigma's pollen, Node / Whorl, Monocot,
    # Serrate / Stipule, leaf entries, Corolla / Open flower, Monocot, Stipule / Serrate,
    # Silique's "seed capsule or fruit") is in the file
    f"{N}023": [
        "pollinator",
        "pollinators",
        "pollination",
        "pollinate",
        "pollinated",
        "insect",
        "insects",
        "bug",
        "bugs",
        "bee",
        "bees",
        "butterfly",
        "moth",
    ],
    f"{N}024": [
        "alternate",
        "alternating",
        "opposite",
        "phyllotaxis",
        "phyllotaxy",
        "pair",
        "pairs",
        "paired",
    ],
    f"{N}025": [
        "dicot",
        "dicots",
        "dicotyledon",
        "dicotyledons",
        "eudicot",
        "eudicots",
        "two cotyledons",
        "seed leaves",
        "net-veined",
        "reticulate",
    ],
    f"{N}026": ["trichome", "trichomes", "hair", "hairs", "hairy", "fuzzy", "pubescent", "downy"],
    f"{N}027": ["deciduous", "evergreen", "autumn", "fall", "shed", "abscission"],
    f"{N}028": ["nectar", "nectary", "nectaries", "sugar", "sugary", "sweet"],
    f"{N}029": [
        "bulb",
        "bulbs",
        "tuber",
        "tubers",
        "corm",
        "corms",
        "rhizome",
        "rhizomes",
        "root",
        "roots",
        "underground",
        "storage organ",
    ],
    f"{N}030": ["thorn", "thorns", "spine", "spines", "prickle", "prickles", "prickly"],
    f"{N}031": [
        "drupe",
        "drupes",
        "stone fruit",
        "stone",
        "fleshy",
        "berry",
        "berries",
        "cherry",
        "plum",
    ],
    # named; several share a word with a title: leaf axil (Simple leaf, Lobed leaf, Compound
    # leaf; Node), panicle (Inflorescence, Raceme), helicoid cyme (Scorpioid cyme),
    # receptacle, half-inferior ovary (Inferior ovary, Superior ovary), bipinnate leaf
    # (Pinnate, the leaf titles), anther (Carpel, Cyathium's stamen), spikelet (Spike),
    # dioecious (Unisex)
    f"{N}032": ["axil", "axils", "axillary"],
    f"{N}033": ["panicle", "panicles", "paniculate"],
    f"{N}034": ["helicoid", "bostryx"],
    f"{N}035": ["receptacle", "receptacles", "torus", "thalamus"],
    f"{N}036": ["half-inferior", "semi-inferior", "perigynous", "epigynous", "hypogynous"],
    f"{N}037": ["bipinnate", "bipinnately", "twice-pinnate", "twice pinnate"],
    f"{N}038": ["anther", "anthers", "filament", "pollen sac"],
    f"{N}039": ["spikelet", "spikelets", "glume", "glumes", "grass", "grasses"],
    f"{N}040": ["dioecious", "monoecious", "dioecy", "monoecy", "hermaphrodite"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

STRING = re.compile(r"'((?:[^'\\]|\\.)*)'")
VALUE = re.compile(r"(\w+)\(\s*((?:'(?:[^'\\]|\\.)*'\s*,?\s*)+)\)\s*[,;]")


def unescape(text: str) -> str:
    return text.replace("\\n", " ").replace("\\'", "'")


def hand_entries() -> dict[str, str]:
    """id -> flat(title + definition): one entry per value of ``enum GlossaryTerm``."""
    source = GLOSSARY.read_text(encoding="utf-8")
    body = source[source.index("enum GlossaryTerm {") : source.index("final String term;")]
    entries: dict[str, str] = {}
    for match in VALUE.finditer(body):
        title, *rest = [unescape(s) for s in STRING.findall(match.group(2))]
        key = f"flora-glossary#{slug(title)}"
        assert key not in entries, key
        entries[key] = flat(f"{title} {''.join(rest)}")
    assert len(entries) == 37, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the values of enum GlossaryTerm"
    )


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
