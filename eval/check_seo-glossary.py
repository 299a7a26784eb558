"""Static checks of eval/corpora/seo-glossary/questions.jsonl (blind, round 28).

Run from the worktree root: ``python eval/check_seo-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``seo-glossary.md``, alokhnathps/seo-resources's
``glossary/glossary.md``, ``## A`` ... ``## W`` letter headings over ``**Term:** definition``
paragraphs), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "seo-glossary"
N = "seo-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Keyword Density, Crawler, Page Speed,
    # Canonical URL / URL, Backlink / Link Building, Landing Page / CTR, Crawler / Sitemap,
    # PPC, SEO / SERP) is in the glossary
    f"{N}023": [
        "keyword stuffing",
        "stuffing",
        "penalty",
        "penalties",
        "penalise",
        "penalize",
        "spam",
        "black hat",
    ],
    f"{N}024": ["cloaking", "cloak", "cloaked", "googlebot", "user agent", "user-agent"],
    f"{N}025": [
        "core web vitals",
        "web vitals",
        "lcp",
        "cls",
        "inp",
        "largest contentful paint",
        "cumulative layout shift",
        "layout shift",
        "lighthouse",
    ],
    f"{N}026": [
        "hreflang",
        "multilingual",
        "localization",
        "localisation",
        "geotargeting",
        "international",
        "translation",
        "translated",
        "country",
    ],
    f"{N}027": ["disavow", "toxic", "toxic links", "spammy", "negative seo"],
    f"{N}028": [
        "conversion",
        "conversions",
        "conversion rate",
        "cvr",
        "convert",
        "sign up",
        "signup",
        "purchase",
    ],
    f"{N}029": ["crawl budget", "budget", "crawl rate", "crawl limit", "crawl demand"],
    f"{N}030": [
        "retargeting",
        "remarketing",
        "cookie",
        "cookies",
        "pixel",
        "tracking pixel",
    ],
    f"{N}031": [
        "local seo",
        "local",
        "google business profile",
        "google my business",
        "gmb",
        "map pack",
        "local pack",
        "maps",
        "nap",
    ],
    # named; most sharing a word with a title: keyword cannibalization (Keyword, Keyword
    # Density, Long-Tail Keyword), link farm (Internal Link, Link Building), exact match
    # domain (Domain Authority), open graph tags (Title Tag, Heading Tags), search intent
    # (Search Engine Results Page, SEO), orphan page (Landing Page, Page Speed, Page
    # Authority), cpm (PPC's neighbourhood, no shared word), content gap analysis (Duplicate
    # Content, Content Management System), pillar page / topic cluster (Landing Page)
    f"{N}032": ["keyword cannibalization", "cannibalization", "cannibalisation", "cannibalize"],
    f"{N}033": ["link farm", "link farms", "farm", "pbn", "private blog network", "link scheme"],
    f"{N}034": ["exact match domain", "exact match", "exact-match", "emd"],
    f"{N}035": ["open graph", "opengraph", "og:title", "og tags", "twitter card", "social"],
    f"{N}036": ["search intent", "intent", "user intent", "transactional", "navigational"],
    f"{N}037": ["orphan page", "orphan", "orphaned", "orphan pages"],
    f"{N}038": [
        "cpm",
        "cost per mille",
        "cost per thousand",
        "impression",
        "impressions",
        "cpc",
        "cost per click",
    ],
    f"{N}039": ["content gap", "gap analysis", "gap", "competitor", "competitors"],
    f"{N}040": [
        "pillar page",
        "pillar",
        "topic cluster",
        "topic clusters",
        "cluster",
        "hub page",
        "content hub",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
