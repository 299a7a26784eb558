"""Static checks of eval/corpora/suai-glossary/questions.jsonl (blind, round 55).

Run from the worktree root: ``python eval/check_suai-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one Jekyll Markdown page in **Malay** (``suai-glossary.md``: kmubiin/suaikata's
``docs/baca/glosari.md``, the "Glosari" of the suaikata project, a community Malay-English
word list): YAML front matter, a Liquid ``{% comment %}`` block, ``####`` letter headings (many
empty: ``#### E``, ``#### I``, ``#### J`` ...) and 68 terms, each one paragraph opened by an
anchor line ``&nbsp; .`` (two trailing spaces), then ``**term**``, optional HTML-entity
superscripts (``&#185;`` ``&#178;`` ``&#179;``, footnotes at the end), an optional English
gloss ``(en: ...)``, and the definition on the following lines after ``&ndash;``; some terms are
only a gloss, some only ``&ndash; lihat "..."`` (a pointer to another term).

Written blind while the parser read 1 entry from the file (``suai-glossary#glosari``, the
page's ``### Glosari`` heading). Until every keyed id is read, this script checks by hand
(``--by-hand``, also chosen automatically when the parser's ids do not include the keyed
ones): one entry per ``**term**`` paragraph, ANCHOR = the shared corpus README's ``slug`` of
the term (``bahasa-melayu-piawai``), text = the paragraph from the term to the next anchor line
or heading, HTML entities decoded. The negatives' grep reads the whole ``.md`` file.
"""

from __future__ import annotations

import html
import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "suai-glossary"
GLOSSARY = FOLDER / "suai-glossary.md"
N = "suai-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms (Malay and English): none
# may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Cabang / Laman Punca / Laman Cabang,
    # Laman Sumber / Dahan, Lema / Korpus, Pemisah Teks / Helaian Rebak, Aksara, Bahasa
    # Melayu Piawai / Aksara, Terjemahan Mesin / Teks Asal, Hak Capaian, Fail / Storan Awan)
    # is in the file
    f"{N}023": ["pull request", "merge request", "permintaan tarik", "tarik", "merge", "gabung"],
    f"{N}024": ["commit", "komit", "serahan", "sejarah", "revision", "revisi"],
    f"{N}025": ["tesaurus", "thesaurus", "sinonim", "synonym", "seerti", "sama makna"],
    f"{N}026": ["csv", "koma", "comma", "comma-separated", "delimiter"],
    f"{N}027": ["unicode", "utf-8", "utf", "pengekodan", "encoding", "ascii"],
    f"{N}028": ["jawi", "rumi", "transliterasi", "alih huruf", "tulisan arab", "latin"],
    f"{N}029": ["memori terjemahan", "translation memory", "memori"],
    f"{N}030": ["kata laluan", "password", "log masuk", "login", "akaun"],
    f"{N}031": ["sandaran", "backup", "salinan sandaran", "simpanan"],
    # named; several share a word with a title: bahasa kreol (Bahasa Asal / Terjemah /
    # Melayu Piawai), hiperteks (Teks Asal / Biasa / Sumber), laman pendaratan (Laman Utama /
    # Sumber ...), kamus ekabahasa (next to Daftar Dwibahasa Lazim), storan kilat (Storan
    # Awan, Peranti Storan), perisian hasad (Perisian), morfem (next to Lema), fail zip
    # (Fail), antara muka pengaturcaraan aplikasi (Antara Muka, Aplikasi Mudah Alih)
    f"{N}032": ["kreol", "creole", "pijin", "pidgin"],
    f"{N}033": ["hiperteks", "hypertext", "teks hiper", "html"],
    f"{N}034": ["laman pendaratan", "pendaratan", "landing page", "landing"],
    f"{N}035": ["ekabahasa", "monolingual", "kamus ekabahasa"],
    f"{N}036": ["storan kilat", "kilat", "flash", "pemacu pena", "usb"],
    f"{N}037": ["perisian hasad", "hasad", "malware", "virus"],
    f"{N}038": ["morfem", "morpheme", "imbuhan", "morfologi"],
    f"{N}039": ["zip", "mampat", "mampatan", "dimampatkan", "compression", "arkib"],
    f"{N}040": ["api", "antara muka pengaturcaraan", "pengaturcaraan", "programming interface"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

TERM = re.compile(r"^\*\*(.+?)\*\*")


def hand_entries() -> dict[str, str]:
    """id -> flat(term + paragraph): one entry per ``**term**`` paragraph of the page."""
    entries: dict[str, str] = {}
    key, lines = "", []

    def close() -> None:
        if key:
            assert key not in entries, key
            entries[key] = flat(html.unescape(" ".join(lines)))

    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        match = TERM.match(line)
        if match:
            close()
            key, lines = f"suai-glossary#{slug(match.group(1))}", [line]
        elif line.startswith("&nbsp;") or line.startswith("#") or line.startswith("&mdash;"):
            close()
            key, lines = "", []
        elif key:
            lines.append(line)
    close()
    assert len(entries) == 68, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN,
        hand_entries(),
        GLOSSARY,
        "the **term** paragraphs of the Glosari page",
    )


def main() -> int:
    return heldout_checks.main_keyed(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
