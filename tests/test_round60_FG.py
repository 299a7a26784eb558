"""Round 60 lane FG: a term file that lists its terms twice (a summary table, then a
section per term), its ``TERM (LABEL): OTHER NAME`` headings and its reference bullets
(eval/corpora/trachtas-glossary, An Foclóir Tráchtais, Irish / English); and Irish, a
language the project had not read: told by its function words (question_forms.json ``ga``),
its question forms ("cad is X ann", "cad é", "céard", "conas", "cad a thugtar air"), its
words stemmed by Snowball's Irish stemmer, which strips the initial mutations ("ghraif",
"bhfuil", "gcomhthéacs", "n-earráidí"), compared without their fadas, and refusals in Irish.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.answer.language_asks import asked_language
from rag_glossary.answer.phrases import phrases
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import corpus_language, frame_words
from rag_glossary.coverage.phrases import words
from rag_glossary.language_stems import plain_stem
from rag_glossary.models import Entry
from rag_glossary.parsing.base import Section
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.summary_rows import labelled_titles, merge_summary_rows

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def trachtas() -> list[Entry]:
    return list(load_corpus(CORPORA / "trachtas-glossary").entries)


def _by_id(entries: list[Entry]) -> dict[str, Entry]:
    return {e.id.split("#", 1)[1]: e for e in entries}


def test_one_entry_per_term_the_section_with_the_rows_other_name(trachtas: list[Entry]) -> None:
    # 363 sections (the summary table's rows are no entries of their own) and the author line
    assert len(trachtas) == 364
    found = _by_id(trachtas)
    overfitting = found["ró-fhoghlaim"]
    assert overfitting.title == "ró-fhoghlaim"
    assert "overfitting" in overfitting.aliases
    assert "foghlaim de ghlanmheabhair" in overfitting.body  # the section's text answers
    kg = found["graf-eolais-ge"]
    assert {"knowledge graph (KG)", "GE", "KG"} <= set(kg.aliases)
    # two sections of one Irish title (homonyms): each keeps its own English name
    assert found["ceangal"].aliases[0] == "edge"
    assert found["ceangal-1"].aliases[0] == "relation(ship)"
    # a one-off part-of-speech label among the shared ones (the typo "briathair") goes too
    assert found["réamh-thraenáil-1"].aliases == ("to pretrain",)


def test_reference_bullets_are_no_entries(trachtas: list[Entry]) -> None:
    found = _by_id(trachtas)
    # "- il-: De Bhaldraithe (1978), ...", "- sonra: féach ar an téarma 'data / sonraí'"
    assert not {"il-", "íos-", "pirimid", "eagna", "sonra", "graf-eolais"} & set(found)
    # the sections whose bullets were read as terms are entries again
    assert "ceann airde" in found["aird-il-cheannach"].body
    assert found["pirimid-sfee"].aliases[0] == "DIKW Pyramid"


def test_labels_shared_by_few_headings_stay_title_text() -> None:
    titles = ["Kubernetes (k8s): container orchestration", "Docker: containers"]
    assert labelled_titles(titles) == {}
    titles = [f"term{i} (noun): other {i}" for i in range(3)] + ["x (GE): y"]
    assert set(labelled_titles(titles)) == {0, 1, 2}  # an acronym in brackets is no label


def test_a_closing_glossary_table_sharing_a_few_names_stays_rows() -> None:
    # payroll-glossary's case: a glossary table of 44 rows, two of them named by sections
    heads = [Section("bcrypt", 1, "Hashing of passwords ..."), Section("Tenant", 5, "A firm.")]
    rows = [Section(f"term {i}", 100 + i, f"text {i}") for i in range(8)]
    rows.append(Section("bcrypt", 120, "hash function"))
    out = merge_summary_rows([*heads, *rows], [rows], {1, 5})
    assert len(out) == len(heads) + len(rows)


def test_the_glossary_is_read_as_irish(trachtas: list[Entry]) -> None:
    assert corpus_language(trachtas) == "ga"
    assert {"agus", "cad", "céard", "conas", "bhfuil", "ann"} <= frame_words("ga")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("cad is ró-fhoghlaim ann?", ("ró", "fhoghlaim")),
        ("cad e sceitheadh sonrai", ("sceitheadh", "sonrai")),
        ("céard is brí le baisc", ("baisc",)),
        ("conas a oibríonn aird", ("oibríonn", "aird")),
    ],
)
def test_irish_question_forms_are_frame_words(question: str, asked: tuple[str, ...]) -> None:
    assert asked_language(question) == "ga"
    assert asked_words(words(question), "ga") == asked


@pytest.mark.parametrize(
    ("mutated", "radical"),
    [
        ("ghraif", "graif"),  # séimhiú
        ("shamhail", "samhail"),
        ("mhaoirseacht", "maoirseacht"),
        ("bhfuil", "fuil"),  # urú
        ("gcomhthéacs", "comhthéacs"),
        ("sonrai", "sonraí"),  # typed without its fada
    ],
)
def test_irish_words_meet_their_mutated_forms(mutated: str, radical: str) -> None:
    assert plain_stem(mutated, "ga") == plain_stem(radical, "ga")


def test_refusals_are_told_in_irish() -> None:
    told = phrases("ga")
    assert told.not_covered == "Ní fhreagraíonn an ghluais an cheist seo"
    assert told.not_in.format(term="grádán") == "Níl grádán sa ghluais"
