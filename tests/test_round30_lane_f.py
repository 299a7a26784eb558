"""Round 30 lane F: text cleaning and the answer's entry text, from round 29's graded blind
sets (real entries of eval/corpora):

- a preposition stranded at the end of a relative or contact clause is English, not a cut
  ("... the particular behaviors that most people approve or disapprove of.",
  behecon-020); so are "thorn-like", an acronym "ARE", "(what if...)" and "... which
  untreated units to include." (which the dirty-text metric now reads as whole too);
- an entry the cleaning rules leave empty keeps its roughly cleaned sentences: never "has
  no definition" for an entry that has one (Counterfactual thinking);
- prose with money amounts is prose ("1¢, 5¢, ..., $50, and $100", bitcoin-017);
- a short definition does not grow into the entry's numbered explanatory notes, and its
  notes are no list to show beside it (forest-001, 003, 021); a note that answers is
  still quoted (forest-015, 017);
- a content question takes the answering item of a three-item list (forest-016); a term
  question keeps such a list whole.
"""

from __future__ import annotations

from dataclasses import replace

from answer_helpers import corpus_by_id, outside_corpus, ranked_hits

from rag_glossary.answer.asked_items import asked_items
from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.answer.extractive import extractive_answer
from rag_glossary.answer.question import analyze
from rag_glossary.answer.segment import entry_units
from rag_glossary.answer_metrics import dirty_reasons

BEHECON = "behecon-glossary#"
FOREST = "forest-glossary#"


def _texts(corpus: str, entry_id: str) -> list[str]:
    entries, _ = outside_corpus(corpus)
    return [u.text for u in entry_units(entries[entry_id])]


def _answer(corpus: str, question: str, *ids: str) -> str:
    entries, idf = outside_corpus(corpus)
    text, _ = extractive_answer(ranked_hits(entries, *ids), question, idf)
    return text


def test_a_stranded_preposition_ends_a_whole_sentence() -> None:
    said = _texts("behecon-glossary", BEHECON + "injunctive-norms")
    assert said[0] == (
        "Norms specifying the particular behaviors that most people approve or disapprove of."
    )
    answer = _answer(
        "behecon-glossary",
        "descriptive norms vs injunctive norms",
        BEHECON + "descriptive-norms",
        BEHECON + "injunctive-norms",
    )
    assert "what most people do in a particular situation" in answer
    assert "most people approve or disapprove of" in answer
    # the dirty-text metric reads a wh-clause's "to include" as whole (causal-013's answer)
    donor = _texts("causal-glossary", "glossary#donor-pool")
    assert donor[1].endswith("choosing which untreated units to include.")
    assert not dirty_reasons(donor[1] + "[1]")
    assert dirty_reasons("The features to include.[1]") == ["dangling ending"]
    # more real sentences of the same kind, from other glossaries
    assert _texts("seo-glossary", "seo-glossary#user-interface-ui") == [
        "The visual elements of a website or application that a user interacts with."
    ]
    assert _texts("websec-glossary", "websec-glossary#log-schema")[0].endswith(
        "that every log entry should include."
    )
    for whole in (
        "The ability of an AI to perform tasks it wasn't specifically trained for.",
        "Parties also possess powers that determine what transactions they can lawfully "
        "initiate or consent to.",
        "It has been replaced by ARE.",  # the Australian Research Environment
        "An outgrowth of the exoskeleton, usually thorn-like.",
    ):
        assert clean_unit(whole) == whole, whole


def test_a_sentence_that_lost_its_object_still_goes() -> None:
    # real fragments (docker, gpu, corpus/ glossaries): the preposition's object is gone
    for cut in (
        "A Docker container consists of",
        "The term Docker can refer to",
        "It the smallest unit of",
        "Seeking to balance the benefits of knowledge gains with",
        "Example implementations of union file systems are",
    ):
        assert clean_unit(cut) is None, cut


def test_an_entry_left_empty_keeps_its_rough_text() -> None:
    said = _texts("behecon-glossary", BEHECON + "counterfactual-thinking")
    assert said == ["The tendency people have to imagine alternatives to reality (what if...)."]
    answer = _answer(
        "behecon-glossary", "what is counterfactual thinking", BEHECON + "counterfactual-thinking"
    )
    assert "imagine alternatives to reality" in answer
    assert "no definition" not in answer
    # a data line that is the whole entry ("SI prefixes": tera (10¹²), ...) is quoted
    si = _texts("ee-glossary", "ee-glossary#si-prefixes")
    assert len(si) == 1 and si[0].startswith("Standard multipliers for units: tera")
    # a pointer, a placeholder, a bare link stay no text: the stub rules answer those
    entries, _ = outside_corpus("pv-glossary")
    pointer = next(e for e in entries.values() if e.title == "Stimulated reporting")
    assert entry_units(pointer) == []
    assert entry_units(corpus_by_id()["ai-glossary-m-site#mlcommons"]) == []


def test_prose_with_money_amounts_is_prose() -> None:
    said = _texts("bitcoin-glossary", "bitcoin-glossary#utxo")
    assert any(t.startswith("The dollar system, for example, has 12 different") for t in said)
    answer = _answer(
        "bitcoin-glossary",
        "how many different denominations does the dollar system have compared to utxos",
        "bitcoin-glossary#utxo",
    )
    assert "12 different denominations" in answer
    assert clean_unit("$1, $2, $5, $10.") is None  # amounts alone are data


def test_a_short_definition_does_not_grow_into_its_notes() -> None:
    primary = _answer("forest-glossary", "what is primary forest", FOREST + "primary-forest")
    assert "no clearly visible indications of human activities" in primary
    assert "pristine" not in primary
    deforestation = _answer("forest-glossary", "deforestation definition", FOREST + "deforestation")
    assert "The conversion of forest to other land use" in deforestation
    assert "Explanatory notes" not in deforestation and "harvesting" not in deforestation
    biomass = _answer(
        "forest-glossary",
        "difference between above-ground biomass and below-ground biomass",
        FOREST + "above-ground-biomass",
        FOREST + "below-ground-biomass",
    )
    assert "above the soil including stems" in biomass and "All biomass of live roots" in biomass
    assert "understorey" not in biomass
    # a note that says what is asked is still quoted
    height = _answer(
        "forest-glossary",
        "how tall do the trees have to be for land to count as forest",
        FOREST + "forest",
    )
    assert "trees higher than 5 meters" in height
    years = _answer(
        "forest-glossary",
        "after how many years can an introduced tree species be treated as naturalized",
        FOREST + "introduced-tree-species-supplementary-term",
    )
    assert "250 years" in years


def test_a_content_question_takes_the_answering_note_of_three() -> None:
    answer = _answer(
        "forest-glossary",
        "at what height above the ground is diameter at breast height measured",
        FOREST + "growing-stock",
    )
    assert "1.3 m above ground level" in answer
    assert "laying living trees" not in answer and "Excludes branches" not in answer


def test_a_term_question_keeps_a_three_item_list_whole() -> None:
    entries, idf = outside_corpus("forest-glossary")
    entry = entries[FOREST + "growing-stock"]
    pool = [(u, [entry.id]) for u in entry_units(entry)]
    note = next(u for u, _ in pool if u.text.startswith("Diameter breast height"))
    asked = analyze("at what height above the ground is diameter at breast height measured")
    shown = asked_items(asked, frozenset(asked.words), pool, note, 0, "", idf)
    assert shown is not None and len(shown.items) == 1
    # "diameter breast height measurement" asks for a term (as "multiindex in pandas" for
    # the entry Multi-level index, whose three "why use" items are shown whole)
    term = replace(analyze("diameter breast height measurement"), names_term=False)
    assert term.shape == "define"
    assert asked_items(term, frozenset(term.words), pool, note, 0, "", idf) is None
    # so does a two-part question that names its term (q238: "what is multicollinearity
    # and how do you detect it" keeps Detection and VIF of the three key points)
    two = analyze("what is growing stock and where is its diameter measured")
    assert two.two_part
    assert asked_items(two, frozenset(two.words), pool, note, 0, "", idf) is None
