"""Round 59 lane LK: a link's label left as a sentence is no answer sentence.

langchain-glossary's entries end in a link to their module (``**Zero-Shot Learning** -
Kufanya kazi bila mifano. [Moduli 02](../02-prompt-engineering/README.md)``); a long
paragraph split the label off and marked it (paragraph_units ``_locator``), a short one (under the
sentence splitter's 40 characters) kept it in its sentence, printed as "Kufanya kazi bila
mifano. Moduli 02.". A link that is the whole line after an entry's text (data-archive-m's
``[parametric vs non-parametric models](#...)`` ending Maximum Likelihood Estimation) was
printed as a sentence too. Both are now ``link_text`` units (answer/link_labels.py); the
link stays in the entry's see-also.
"""

from __future__ import annotations

import functools
from pathlib import Path

from rag_glossary.answer.link_labels import link_labels_marked
from rag_glossary.answer.pieces import aside
from rag_glossary.answer.segment import Unit, split_units
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "eval" / "corpora"


@functools.cache
def _entries(folder: Path) -> dict[str, Entry]:
    return {e.id: e for e in load_corpus(folder).entries}


def _printed(entry: Entry) -> list[str]:
    return [u.text for u in split_units(entry) if not aside(u)]


def test_short_paragraph_ending_in_a_module_link_keeps_its_statement_only() -> None:
    entries = _entries(CORPORA / "langchain-glossary")
    zero = entries["langchain-glossary#zero-shot-learning"]
    assert "Moduli 02" in zero.see_also  # the link stays the entry's
    assert _printed(zero) == ["Kufanya kazi bila mifano."]
    # the long paragraph's label was split off before: the same result
    few = entries["langchain-glossary#few-shot-learning"]
    assert _printed(few) == ["Kutoa mifano ndani ya prompts."]
    spring = entries["langchain-glossary#spring-boot"]
    assert not any("Moduli" in text for text in _printed(spring))


def test_a_line_that_is_one_link_after_the_text_is_no_sentence() -> None:
    entries = _entries(ROOT / "corpus")
    mle = entries["data-archive-m#maximum-likelihood-estimation"]
    assert any(u.text == "Parametric vs non-parametric models" for u in split_units(mle))
    assert "Parametric vs non-parametric models" not in _printed(mle)
    assert any("most likely" in text for text in _printed(mle))


def test_first_unit_and_list_items_stay() -> None:
    links = ("Machine Learning Operations", "Bagging")
    units = [
        Unit("Machine Learning Operations.", "sentence", 0, 0),
        Unit("MLOps = People + Technology + Process.", "sentence", 1, 1),
        Unit("Bagging", "item", 2, 2, lead="Types include"),
    ]
    assert not any(u.link_text for u in link_labels_marked(units, links))
    # a label that is the whole text of a later sentence is marked; one inside prose is not
    later = [units[1], Unit("Machine Learning Operations.", "sentence", 1, 2)]
    assert [u.link_text for u in link_labels_marked(later, links)] == [False, True]
    prose = [Unit("It is part of Machine Learning Operations.", "sentence", 0, 0)]
    assert link_labels_marked(prose, links) == tuple(prose)
