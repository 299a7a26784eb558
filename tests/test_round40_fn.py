"""A named negative is not its neighbour entry: an antonym prefix is no typo ("descending"
for Ascending Node), a lone letter or a number is no typo (Brandklasse E, D-Schlauch, DIN
14530), a word no entry writes before a name ("örtlicher einsatzleiter") or after a title's
first word ("carnet ata", "carte entreprise") names a sibling the glossary lacks (round 40
follow-up N: coverage/slips.py, name_lookup.py, name_rest.py, modifier_after.py)."""

from __future__ import annotations

import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.coverage.modifier_after import unsaid_pair, unwritten_sibling
from rag_glossary.coverage.name_rest import modifier_unsaid
from rag_glossary.coverage.slips import one_slip, suffixed


def _load(name: str, factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index(name, factory))


@pytest.fixture(scope="module")
def juno(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return _load("juno-glossary", tmp_path_factory)


@pytest.fixture(scope="module")
def feuerwehr(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return _load("feuerwehr-glossary", tmp_path_factory)


@pytest.fixture(scope="module")
def fret(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return _load("fret-glossary", tmp_path_factory)


def test_an_antonym_prefix_is_no_slip() -> None:
    for word, near in (("descending", "ascending"), ("inhale", "exhale"), ("export", "import")):
        assert suffixed(word, near), word
    assert not suffixed("descnding", "descending")
    assert one_slip("eperture", "aperture")  # one first letter replaced is still a slip


def test_a_named_neighbour_is_refused(
    juno: Retriever, feuerwehr: Retriever, fret: Retriever
) -> None:
    # juno-032, feuerwehr-032, 033, 034, 036, fret-038, 034
    for retriever, question in (
        (juno, "descending node"),
        (feuerwehr, "brandklasse e gibts die noch"),
        (feuerwehr, "was ist ein d-schlauch"),
        (feuerwehr, "örtlicher einsatzleiter aufgaben"),
        (feuerwehr, "was steht in der din 14530"),
        (fret, "carnet ata"),
        (fret, "c'est quoi la carte entreprise pour le tachygraphe"),
    ):
        result = retriever.retrieve(question)
        assert not result.covered, question
        assert result.key_term_found is False, question


def test_the_entries_themselves_stay_answered(
    juno: Retriever, feuerwehr: Retriever, fret: Retriever
) -> None:
    for retriever, question in (
        (juno, "ascending node"),
        (juno, "acsending node"),
        (feuerwehr, "brandklasse b"),
        (feuerwehr, "was ist ein b-schlauch"),
        (feuerwehr, "wie dick ist ein b schlauch"),
        (fret, "carnet tir"),
        (fret, "c'est quoi la carte conducteur"),
    ):
        assert retriever.retrieve(question).covered, question


def test_the_pair_rules_read_only_unwritten_words() -> None:
    names = {("carnet", "tir"), ("din", "14034")}
    assert unwritten_sibling(["carnet", "ata"], names, {"carnet": 1}) == "carnet ata"
    assert unwritten_sibling(["carnet", "tir"], names, {"carnet": 1, "tir": 1}) is None
    assert unwritten_sibling(["carnet", "ata"], names, {}, numbered=True) is None
    assert unwritten_sibling(["din", "14530"], names, {}, numbered=True) == "din 14530"
    written = {"carnet douanier"}.__contains__
    assert unsaid_pair(["le", "carnet", "douanier"], names, {"le"}, written) is None
    assert unsaid_pair(["le", "carnet", "ata"], names, {"le"}, written) == "carnet ata"
    said = ["örtlicher", "einsatzleiter"]
    assert (
        modifier_unsaid(said, ["einsatzleiter"], set(), ["person"], {}) == said[0] + " " + said[1]
    )
    assert modifier_unsaid(["der", "einsatzleiter"], ["einsatzleiter"], {"der"}, [], {}) is None
