"""Round 44 lane M: inline TeX in titles read as text (trmalzeme-glossary's real entries).

"Fermi Seviyesi (Fermi Level - $E_F$)" was shown as written in answers, in a refusal's
nearest entries and in search results, where the answer checker counts it as dirty text.
Titles and aliases now read their ``$...$`` TeX the way answers read it in definitions
(Greek letters by name, scripts kept); the anchor stays the slug of the title as written.
"""

from __future__ import annotations

from pathlib import Path

from rag_glossary.answer.inline import clean_inline
from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.latex import math_text
from rag_glossary.parsing.corpus import load_corpus

_FOLDER = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "trmalzeme-glossary"


def _titles() -> dict[str, str]:
    return {e.anchor: e.title for e in load_corpus(str(_FOLDER)).entries}


def test_math_titles_read_as_text_with_their_anchors_as_written() -> None:
    titles = _titles()
    assert titles["fermi-seviyesi-fermi-level---e_f"] == "Fermi Seviyesi (Fermi Level - E_F)"
    assert titles["konfigürasyonel-entropi-delta-s_conf"] == (
        "Konfigürasyonel Entropi (Delta S_conf)"
    )
    assert titles["peierls-nabarro-kayma-gerilmesi-tau_pn"] == (
        "Peierls-Nabarro Kayma Gerilmesi (tau_pn)"
    )
    assert not [t for t in titles.values() if "$" in t or "\\" in t]


def test_a_nearest_entries_line_with_a_math_title_is_clean() -> None:
    title = _titles()["konfigürasyonel-entropi-delta-s_conf"]
    line = f"- {title} (trmalzeme-glossary#konfigürasyonel-entropi-delta-s_conf)"
    assert dirty_reasons(line) == []
    assert dirty_reasons(line.replace(title, "Konfigürasyonel Entropi ($\\Delta S_{conf}$)"))


def test_title_math_reads_as_answer_math() -> None:
    """The same text a definition's inline formula gets in an answer."""
    for tex in ("$E_F$", "$\\Delta S_{conf}$", "$\\tau_{pn}$"):
        assert math_text(tex) == clean_inline(tex)


def test_money_and_shell_variables_are_no_math() -> None:
    assert math_text("Costs between $5 and $10") == "Costs between $5 and $10"
    assert math_text("$HOME/$USER") == "$HOME/$USER"


def test_complexity_class_titles_read_as_text() -> None:
    """crypto-glossary: "**TC$^0$**" and "$X$-completeness" (one letter between dollars is
    math too); the anchors stay "tc0" and "x-completeness"."""
    folder = _FOLDER.parent / "crypto-glossary"
    titles = {e.anchor: e.title for e in load_corpus(str(folder)).entries}
    assert titles["tc0"] == "TC^0"
    assert titles["x-completeness"] == "X-completeness"
