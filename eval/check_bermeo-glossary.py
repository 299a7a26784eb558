"""Static checks of eval/corpora/bermeo-glossary/questions.jsonl (blind, round 56).

Run from the worktree root: ``python eval/check_bermeo-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one Markdown page in **Basque** (``bermeo-glossary.md``: ZiTAL/bermiotarra's
``berbak-esamoldiek/z.md``, the letter Z of a dictionary of the Bermeo dialect's words and
expressions, based on Begoña Bilbao Alboniga's *Bermeoko berba eta esamolde kresaltsuak*):
69 entries, each an ATX heading with closing hashes, ``# ZAFA #``, the headword in capitals
(some multi-word expressions, some with a variant ending after a slash: ``# ZANKAPE / IE #``,
one with ellipses: ``# ZER... ETA ZER... ONDOKUEK #``), then a short definition in standard
Basque, italic example sentences in the dialect as ``- *...*`` bullets, and optional notes on
etymology (``Gaztelerazko **zafar** = **desatar** ...``, ``**zenbat gura** → **zemakure**``).

Written blind while the parser read all 69 headings as entries (``entries --json``: ids
``bermeo-glossary#SLUG``, the slash variants as ``zankape--ie``, no aliases), so the checks run
on the parser's entries (``heldout_checks.run``). The negatives' grep reads the whole ``.md``
file, examples and notes included.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "bermeo-glossary"
N = "bermeo-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms (standard Basque, Bermeo
# forms ending in -ie / -ue / -dxe, Spanish and English): none may occur in the glossary file
# (whole words, case-insensitive). "kale" is in the file (an example of Zantarkillo), so 033
# lists only the compound.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Zagan / Zafa / Zidxau: boats and ropes;
    # Zarrazo / Zemakure's rain: weather; Zankape / Zaputz / Zanazurrek: body parts;
    # Zurrupurrue / Zirrizarra / Zoltziñe: illness; Zingelekue: clothes; Zazpikidxe /
    # Zazpisuete: gossips; Zokille / Zumurutue / Zazpisuete's "gorrón": people's faults;
    # Zagan / Zidxau: the harbour; Zor da arturenak: money owed) is in the file
    f"{N}023": ["aingura", "ainguria", "ainguie", "ainkura", "ancla", "anchor"],
    f"{N}024": ["trumoi", "trumoia", "trumoie", "ostots", "tximista", "trueno", "thunder"],
    f"{N}025": ["ukondo", "ukondoa", "ukondue", "codo", "elbow"],
    f"{N}026": ["sukar", "sukarra", "sukarrie", "kalentura", "tenperatura", "fiebre", "fever"],
    f"{N}027": ["botoi", "botoia", "botoie", "ojal", "button", "buttonhole"],
    f"{N}028": ["gezur", "gezurra", "gezurrak", "gezurti", "gezurtie", "mentiroso", "liar"],
    f"{N}029": ["zeken", "zekena", "zikoitz", "tacaño", "stingy"],
    f"{N}030": ["kai", "kaia", "kaie", "portu", "portue", "moila", "puerto", "harbour", "port"],
    f"{N}031": ["interes", "interesa", "intereses", "korritu", "interest"],
    # named; several share a word with a title or sit next to one: txipiroia (next to the
    # fish of Zakatza), zazpi kaleak ("zazpi": Zazpi suetas, Zazpikidxe, Zazpisuete), zotz
    # egin ("zotz": Zotz bateitxik), zorionak (next to Zorigogorreko marta), zirimiri (next to
    # Zirizirike, Zarrazo), zapaburu (next to Zapie, Zapazto), zirtzil (next to Zantarra,
    # Zokille), zartagiña (next to Zartazo), aupa
    f"{N}032": ["txipiroi", "txipiroia", "txipiroie", "chipiron", "calamar", "squid"],
    f"{N}033": ["zazpikaleak", "zazpi kaleak", "zazpi kale", "casco viejo"],
    f"{N}034": ["zotz egin", "zozketa", "sorteo"],
    f"{N}035": ["zorion", "zorionak", "felicidades"],
    f"{N}036": ["zirimiri", "txirimiri", "llovizna", "drizzle"],
    f"{N}037": ["zapaburu", "zapaburue", "renacuajo", "tadpole"],
    f"{N}038": ["zirtzil", "zirtzila"],
    f"{N}039": ["zartagin", "zartagina", "zartagiña", "zartagiñe", "sarten", "frying pan"],
    f"{N}040": ["aupa"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
