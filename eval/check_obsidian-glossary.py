"""Static checks of eval/corpora/obsidian-glossary/questions.jsonl (blind, round 53).

Run from the worktree root: ``python eval/check_obsidian-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term (whole
words) or stem (anywhere, for Ukrainian's inflected forms) is in the glossary.

The glossary is the Ukrainian page of the Obsidian Help vault (``obsidian-glossary.md``:
obsidianmd/obsidian-help's ``uk/Початок роботи/Глосарій.md``): YAML front matter holding
only ``permalink: glossary``, one intro sentence, then 24 ``## Term`` sections and one
``### Віддалене сховище`` subsection under ``## Сховище``; the definitions are in Ukrainian
with Obsidian wikilinks (``[[#Властивість|властивості]]``, ``[[Граф]]``), Markdown links,
one embedded icon (``![[lucide-menu.svg#icon]]``), and two inline-code ``Aliases: ...``
lines (under Сховище and Віддалене сховище).

When the set was written the parser read 26 entries: the 25 headings (ids = the shared
corpus README's slug of the heading, Cyrillic kept) and the intro (``#obsidian-glossary``),
no alias. ``--by-hand`` (also chosen automatically when the parser's ids do not include the
keyed ones) reads one entry per ``##`` / ``###`` heading, ANCHOR = ``slug`` of the heading,
text = heading + section text with wikilinks and Markdown links read as their shown text.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, main_stems_absent, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "obsidian-glossary"
GLOSSARY = FOLDER / "obsidian-glossary.md"
N = "obsidian-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and the English names
# Ukrainian users type: none may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (Нотатка; Граф /
    # Подання; Віддалене сховище; Сховище; Команда; Сховище; Рядок стану; Вкладення;
    # Сполучення клавіш)
    f"{N}023": ["щоденна нотатка", "щоденні нотатки", "daily notes", "daily note", "календар"],
    f"{N}024": ["полотно", "canvas", "дошка", "картки", "стрілки"],
    f"{N}025": ["історія версій", "version history", "резервна копія", "backup", "git"],
    f"{N}026": ["publish", "obsidian publish", "публікація", "сайт", "інтернет"],
    f"{N}027": ["шаблон", "шаблони", "template", "templates", "заготовка"],
    f"{N}028": ["пароль", "шифрування", "password", "encryption"],
    f"{N}029": ["перевірка орфографії", "орфографія", "spellcheck", "правопис"],
    f"{N}030": ["evernote", "імпорт", "import", "перенесення"],
    f"{N}031": ["vim", "hjkl", "режим vim"],
    # named; several share a word with a title: закріплена вкладка (Вкладка), командний
    # рядок (Команда), ієрархічні мітки (Мітка), зворотні посилання (Посилання), режим
    # читання, попередній перегляд (near Спливне вікно), Zettelkasten (near Нотатка),
    # посилання на блок (Посилання), сховище-пісочниця (Сховище)
    f"{N}032": ["закріплена вкладка", "закріпити", "pin", "pinned"],
    f"{N}033": ["командний рядок", "cli", "термінал"],
    f"{N}034": ["ієрархічні мітки", "вкладені мітки", "nested tags", "nested"],
    f"{N}035": ["зворотні посилання", "зворотне посилання", "backlinks", "backlink"],
    f"{N}036": ["режим читання", "reading view", "читання"],
    f"{N}037": ["попередній перегляд", "hover", "preview", "наведенні"],
    f"{N}038": ["zettelkasten", "цеттелькастен"],
    f"{N}039": ["блок", "блоку", "block", "block reference"],
    f"{N}040": ["пісочниця", "сховище-пісочниця", "sandbox"],
}
# Stems of the negatives' key words, searched anywhere in the lower-cased file: a whole-word
# search misses the other case forms of a Ukrainian noun ("шаблону", "полотні").
STEMS = (
    "щоденн",
    "daily",
    "календар",
    "полотн",
    "canvas",
    "дошк",
    "історі",
    "резервн",
    "backup",
    "publish",
    "публік",
    "сайт",
    "шаблон",
    "template",
    "заготов",
    "парол",
    "шифр",
    "орфограф",
    "правопис",
    "evernote",
    "імпорт",
    "vim",
    "закріп",
    "командн",
    "термінал",
    "ієрарх",
    "nested",
    "зворотн",
    "backlink",
    "читанн",
    "попередн",
    "перегляд",
    "preview",
    "наведен",
    "zettelkasten",
    "блок",
    "block",
    "пісочниц",
    "sandbox",
)

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

HEADING = re.compile(r"^(#{2,3}) (.+)$")


def shown(text: str) -> str:
    """Obsidian and Markdown link syntax read as its shown text."""
    text = re.sub(r"!\[\[[^\]]*\]\]", " ", text)  # embedded icon
    text = re.sub(r"\[\[[^\]|]*\|([^\]]*)\]\]", r"\1", text)  # [[target|shown]]
    text = re.sub(r"\[\[([^\]]*)\]\]", r"\1", text)  # [[target]]
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # [shown](url)


def hand_entries() -> dict[str, str]:
    """id -> flat(title + text): one entry per ``##`` / ``###`` heading."""
    entries: dict[str, str] = {}
    title, lines = "", []

    def close() -> None:
        if title:
            key = f"obsidian-glossary#{slug(title)}"
            assert key not in entries, key
            entries[key] = flat(shown(f"{title} {' '.join(lines)}"))

    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        m = HEADING.match(line)
        if m:
            close()
            title, lines = m.group(2).strip(), []
        elif title:
            lines.append(line)
    close()
    assert len(entries) == 25, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the ## and ### sections of the Markdown page"
    )


def main() -> int:
    return main_stems_absent(PLAN, by_hand, GLOSSARY, STEMS)


if __name__ == "__main__":
    sys.exit(main())
