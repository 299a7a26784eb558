"""Static checks of eval/corpora/quantfin-glossary/questions.jsonl (blind, round 53).

Run from the worktree root: ``python eval/check_quantfin-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown page in **Thai** (``quantfin-glossary.md``: nutdnuy/
quantitative-finance-notes's ``glossary.md`` at 8c4336f, the shared glossary of a Thai
quantitative finance course site): YAML front matter, a ``# อภิธานศัพท์`` title, an HTML
search box, then raw HTML ``<section class="glossary-group" id="group-...">`` blocks, each
holding a ``## group`` heading and ``<section class="glossary-term" id="ID">`` blocks of one
``### English term — Thai term`` heading, a Thai definition and ``[ดูในบทเรียน](...)`` links.
81 terms.

Keyed by the file's own ids: one entry per ``glossary-term`` section, ANCHOR = its ``id``
attribute (``delta``, ``itos-lemma``, ``maturity``), text = the ``###`` heading + the
section's lines. The parser (when the set was written) reads the same 81 ``###`` headings
but keys them by the slug of the whole bilingual heading (``delta--hedge-ratio--สัดส่วน...``),
so this script checks by hand until the loader gives the section ids (``main_keyed``).

Thai writes no spaces between words, so a whole-word search misses a Thai key term inside a
run of text: the negatives' Thai key terms are in NEGATIVE_STEMS, checked as substrings of
the lower-cased file; NEGATIVE_TERMS holds the Latin-script ones (whole words).
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan

FOLDER = ROOT / "eval" / "corpora" / "quantfin-glossary"
GLOSSARY = FOLDER / "quantfin-glossary.md"
N = "quantfin-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (Quantitative analysis's
    # "chance of loss"; Fundamental analysis; Short selling; Volatility / Rolling window;
    # Monte Carlo / Standard error; Rho / Risk-free rate; Option's "no obligation"; Normal
    # distribution / Histogram; Markov property / Correlated increments)
    f"{N}023": ["value at risk", "var", "expected shortfall", "cvar", "confidence level"],
    f"{N}024": ["p/e", "pe", "price to earnings", "price-to-earnings", "eps", "earnings"],
    f"{N}025": ["margin", "margin call", "collateral"],
    f"{N}026": ["garch", "arch", "ewma", "clustering", "volatility clustering"],
    f"{N}027": ["antithetic", "variance reduction", "control variate", "quasi-random"],
    f"{N}028": ["bond", "bonds", "duration", "convexity", "yield"],
    f"{N}029": ["futures", "future", "forward contract", "forwards", "tfex"],
    f"{N}030": ["kurtosis", "fat tail", "fat tails", "heavy tail", "heavy tails", "leptokurtic"],
    f"{N}031": ["autocorrelation", "acf", "serial correlation", "ljung-box", "ljung"],
    # named; several share a word with a title: Stratonovich integral (Itô integral), Heston
    # stochastic volatility (Volatility, Stochastic calculus), Asian / barrier option (Call,
    # Put, European, American, Digital option), Brownian bridge (Geometric Brownian motion),
    # jump diffusion (Diffusion coefficient); Hull-White (next to Ornstein-Uhlenbeck /
    # Vasicek), Girsanov (next to Risk-neutral measure), vanna / volga (next to the Greeks)
    f"{N}032": ["stratonovich"],
    f"{N}033": ["heston", "stochastic volatility"],
    f"{N}034": ["asian", "average price", "average rate"],
    f"{N}035": ["barrier", "knock-out", "knock out", "knock-in", "knock in"],
    f"{N}036": ["hull-white", "hull white", "hull"],
    f"{N}037": ["brownian bridge", "bridge"],
    f"{N}038": ["girsanov", "radon-nikodym", "radon", "nikodym"],
    f"{N}039": ["vanna", "volga", "vomma", "charm"],
    f"{N}040": ["poisson", "jump", "jumps", "jump diffusion", "jump-diffusion"],
}
# Thai key terms of the negatives (Thai runs words together): none may occur anywhere in the
# file, as substrings.
NEGATIVE_STEMS = (
    "มูลค่าความเสี่ยง",  # 023 value at risk
    "ความเชื่อมั่น",  # 023 confidence level
    "กำไรต่อหุ้น",  # 024 earnings per share
    "หลักประกัน",  # 025 collateral / margin
    "มาร์จิ้น",  # 025 margin
    "เกาะกลุ่ม",  # 026 clustering
    "คู่ตรงข้าม",  # 027 antithetic
    "ลดความแปรปรวน",  # 027 variance reduction
    "พันธบัตร",  # 028 bond
    "ดูเรชัน",  # 028 duration
    "สัญญาซื้อขายล่วงหน้า",  # 029 futures / forward contract
    "ฟิวเจอร์ส",  # 029 futures
    "หางหนา",  # 030 fat tails
    "หางอ้วน",  # 030 fat tails
    "ความโด่ง",  # 030 kurtosis
    "สหสัมพันธ์ในตัว",  # 031 autocorrelation
    "เอเชีย",  # 034 Asian
    "กระโดด",  # 040 jump
)

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

SECTION = re.compile(r'<section class="glossary-term" id="([^"]+)">\n(.*?)</section>', re.DOTALL)


def hand_entries() -> dict[str, str]:
    """id -> flat(heading + text): one entry per ``glossary-term`` section, keyed by its id."""
    text = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for anchor, body in SECTION.findall(text):
        key = f"quantfin-glossary#{anchor}"
        assert key not in entries, key
        assert body.lstrip("\n").startswith("### "), anchor
        entries[key] = flat(body)
    assert len(entries) == 81, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, 'the <section class="glossary-term" id=...> blocks'
    )


def main() -> int:
    return heldout_checks.main_stems_absent(PLAN, by_hand, GLOSSARY, NEGATIVE_STEMS)


if __name__ == "__main__":
    sys.exit(main())
