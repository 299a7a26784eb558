"""Static checks of eval/corpora/backgammon-glossary/questions.jsonl (blind, round 54).

Run from the worktree root: ``python eval/check_backgammon-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one PHP page of a Bulgarian backgammon ("табла") teaching site
(``backgammon-glossary.php``: dabidesh/rekontra.net's ``datem/rechnik-termini-i-zhargon.php``,
"Речник на термините и жаргонните думи в бекгемъна"): a PHP file that only assigns
single-quoted strings to variables (``$zaglavie``, ``$opisanie``, ``$class_rechnik``,
``$action``, ``$blanka``, ``$glavnoto``); ``$glavnoto`` holds the page's HTML: an intro, a
"Котви на термините" line of 34 anchor links, then one ``<dl>`` of 34 terms, each
``<dt id="LATIN-ID" ><strong>Cyrillic title</strong></dt>`` followed by one or more
``<dd>`` senses (numbered "1. ", "2. " in the text), with ``<a href>`` links inside.

Written blind while the parser read nothing from the file ("no PHP array of terms with
definitions"). So this script checks by hand (``--by-hand``, also chosen automatically
when the parser's ids do not include the keyed ones): one entry per ``<dt id=...>``,
ANCHOR = that ``id`` (the file's own id, a Latin transliteration such as ``sudzhuk`` for
"Суджук"), text = the dt title + every following ``<dd>`` up to the next ``<dt id=`` (tags
dropped, the stray ``<dt>`` that closes the first definition ignored). Bulgarian inflects
(пул / пулове / пула), so every negative's stems are also checked as substrings of the
lower-cased file (``main_stems_absent``), besides the whole-word NEGATIVE_TERMS.
"""

from __future__ import annotations

import html
import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, main_stems_absent, outside_plan

FOLDER = ROOT / "eval" / "corpora" / "backgammon-glossary"
GLOSSARY = FOLDER / "backgammon-glossary.php"
N = "backgammon-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and English names:
# none may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (the doubling cube named
    # only in passing as "контриращото кубче" and the match score; strength of play and
    # programs (Ролаут); hitting and blocking (Блот, Дупка, Стратегия); single rolls (Барабино,
    # Бегония); blockades (Дупка, Мъртъв пул); the match (Стратегия); the race count
    # (Пипаж, Марс-пипаж); the dice (Геле); the pip count (Пипаж) but not its start value)
    f"{N}023": ["crawford", "крауфорд", "правило на крауфорд"],
    f"{N}024": ["рейтинг", "elo", "ело", "класиране", "fibs"],
    f"{N}025": ["тапа", "плакото", "plakoto", "затискат", "затиска", "тапосване"],
    f"{N}026": ["чифт", "дюшеш", "дубъл", "doubles", "еднакви", "четири пъти"],
    f"{N}027": ["прайм", "prime", "поредни", "шест капии"],
    f"{N}028": ["часовник", "clock", "турнир", "време за ход"],
    f"{N}029": ["keith", "кийт", "thorp", "торп", "формула за броене"],
    f"{N}030": ["накриво", "кривак", "чаша", "чашка", "cocked"],
    f"{N}031": ["167", "начална позиция", "в началото"],
    # named; several share a word with a title: хипергемън (Гемън), мъртъв куб (Мъртъв
    # пул), накгемън (Бекгемън); the rest sit next to entries: правило на якоби and
    # реконтра (the "контриращото кубче" in Бекгемън / Гемън), гюлбара (Табла), ace-point
    # game (Котва, Камикадзе's "холдинг с ниска капия"), gnubg (Ролаут's programs),
    # контейнмънт (Блиц, Стратегия)
    f"{N}032": ["якоби", "jacoby"],
    f"{N}033": ["гюлбара", "гюльбара", "февга", "fevga"],
    f"{N}034": ["хипергемън", "hypergammon", "хипер"],
    f"{N}035": ["мъртъв куб", "мъртвия куб", "dead cube", "куб"],
    f"{N}036": ["накгемън", "nackgammon", "нак"],
    f"{N}037": ["реконтра", "redouble", "бийвър", "beaver"],
    f"{N}038": ["ace-point", "ейс-поинт", "ейс", "асо", "асото"],
    f"{N}039": ["gnubg", "gnu", "гну", "gnu backgammon"],
    f"{N}040": ["контейнмънт", "containment"],
}
# Substrings of the lower-cased file that must not occur (inflected forms of the above).
NEGATIVE_STEMS = (
    "крауфорд",
    "crawford",
    "рейтинг",
    "класира",
    "тапа",
    "тапос",
    "плакото",
    "затиск",
    "чифт",
    "дюшеш",
    "дубъл",
    "еднакв",
    "прайм",
    "prime",
    "поредн",
    "часовник",
    "турнир",
    "кийт",
    "торп",
    "накрив",
    "чаш",
    "167",
    "начал",
    "якоби",
    "jacoby",
    "гюлбар",
    "гюльбар",
    "февга",
    "хипер",
    "hyper",
    "накгемън",
    "nack",
    "реконтр",
    "бийвър",
    "ейс",
    "gnu",
    "гну",
    "контейнм",
    "containment",
)

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

DT = re.compile(r'<dt id="([^"]+)" ><strong>(.*?)</strong></dt>(.*?)(?=<dt id="|</dl>)', re.S)
DD = re.compile(r"<dd>(.*?)(?:</dd>|<dt>)", re.S)


def text_of(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def hand_entries() -> dict[str, str]:
    """id -> flat(title + every sense): one entry per ``<dt id=...>`` of the ``<dl>``."""
    page = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for anchor, title, rest in DT.findall(page):
        key = f"backgammon-glossary#{anchor}"
        assert key not in entries, key
        senses = [text_of(dd) for dd in DD.findall(rest)]
        assert senses, anchor
        entries[key] = flat(" ".join([text_of(title), *senses]))
    assert len(entries) == 34, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the <dt id> / <dd> pairs of the $glavnoto <dl>"
    )


def main() -> int:
    return main_stems_absent(PLAN, by_hand, GLOSSARY, NEGATIVE_STEMS)


if __name__ == "__main__":
    sys.exit(main())
