"""Static checks of eval/corpora/dataviz-glossary/questions.jsonl (blind, round 29).

Run from the worktree root: ``python eval/check_dataviz-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``dataviz-glossary.md``, the Google Data Analytics
certificate's course 6 module 1 glossary as kept in
nguyenthanhjt/google-data-analytics-professional-certificate-course, a list of
``- **Term:** definition`` bullets), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "dataviz-glossary"
N = "dataviz-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Mark / Visual form, Heat map /
    # Alternative text, Y-axis / Label, Y-axis / Bar graph, Chart, Dynamic visualizations,
    # Distribution graph / Histogram, Chart, Pattern / Unity / Pre-attentive attributes) is in
    # the glossary
    f"{N}023": [
        "data-ink",
        "data ink",
        "ink",
        "chartjunk",
        "chart junk",
        "tufte",
        "decoration",
        "decorative",
        "clutter",
    ],
    f"{N}024": [
        "colorblind",
        "colourblind",
        "color blind",
        "colour blind",
        "color blindness",
        "color vision deficiency",
        "deficiency",
        "palette",
        "colour",
    ],
    f"{N}025": ["logarithmic", "log scale", "log", "exponential"],
    f"{N}026": ["truncated", "truncated axis", "zero", "0", "baseline", "misleading"],
    f"{N}027": [
        "small multiples",
        "small multiple",
        "facet",
        "faceting",
        "trellis",
        "grid",
        "panel",
        "panels",
    ],
    f"{N}028": ["tooltip", "tooltips", "hover", "popup", "pop-up", "mouseover"],
    f"{N}029": [
        "box plot",
        "boxplot",
        "box-and-whisker",
        "box",
        "whisker",
        "whiskers",
        "quartile",
        "median",
    ],
    f"{N}030": ["dashboard", "dashboards", "kpi", "kpis", "scorecard", "monitor"],
    f"{N}031": ["gestalt", "proximity", "similarity", "closure", "continuity"],
    # named; sharing a word with a title: bubble chart (Chart, Pie chart), stacked bar chart
    # (Bar graph), treemap (Decision tree), choropleth map (Map, Heat map), area chart, donut
    # chart (Pie chart), sankey diagram, gridlines, dual axis / secondary y-axis (Y-axis)
    f"{N}032": ["bubble chart", "bubble", "bubbles"],
    f"{N}033": ["stacked bar chart", "stacked bar", "stacked", "stacked column"],
    f"{N}034": ["treemap", "tree map", "treemaps"],
    f"{N}035": ["choropleth", "choropleth map", "filled map"],
    f"{N}036": ["area chart", "area graph", "area"],
    f"{N}037": ["donut chart", "donut", "doughnut", "ring chart"],
    f"{N}038": ["sankey", "sankey diagram", "alluvial", "flow diagram"],
    f"{N}039": ["gridlines", "gridline", "grid lines", "grid line", "grid"],
    f"{N}040": [
        "dual axis",
        "dual-axis",
        "secondary axis",
        "secondary y-axis",
        "secondary",
        "twin axis",
        "combo chart",
        "combination chart",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
