"""Round 24, post-fix A: the sentence that answers, and a title's inflected form
(real entries of the eval corpora, hits in their retrieval order):

- "check out" is filler only as a call to the reader ("Check out our repo"), not as a
  verb a clause governs ("allows you to check out an arbitrary commit", git-001), and
  a definition grows to the sentence that says the title's last unsaid word
  ("... is called 'detached'");
- a short entry's labelled value ("Units: L/h.") is a unit, and the label a question
  asks for ("what units") answers (pk-015);
- a "which Xs" question whose list lead-in names the Xs is answered by the whole list
  (git-017);
- an -ing / -s / -ed form of a one-word title names it, for a side and for the entry
  (sailing-020 "gybing": Gybe, sailing-022 "planing": Plane);
- a pointer entry beside its target is dropped when the target's text says its name
  (pk-022 "Hill Coefficient: See Gamma.").
"""

from __future__ import annotations

from answer_helpers import outside_answer

from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.answer.side_names import inflects
from rag_glossary.answer.unit_roles import is_filler
from rag_glossary.unit_vectors import UNITS_VERSION

GIT, PK, SAIL = "git-glossary#", "pk-glossary#", "sailing-glossary#"


def test_units_version_bumped() -> None:
    assert UNITS_VERSION >= 13


def test_check_out_is_filler_only_as_a_call_to_the_reader() -> None:
    assert is_filler("Check out our repo for more.")
    assert is_filler("Go check it out!")
    assert not is_filler("Git also allows you to check out an arbitrary commit.")
    text, cited = outside_answer(
        "git-glossary",
        "what is a detached head in git",
        GIT + "def_detached_head",
        GIT + "def_head-1",
        GIT + "def_head",
    )
    assert cited == (GIT + "def_detached_head",)
    assert "tip of any particular branch" in text
    assert 'is called "detached"' in text


def test_a_labelled_value_answers_the_label_asked() -> None:
    assert clean_unit("Units: L/h.", short=True) == "Units: L/h."
    assert clean_unit("Units: L/h.") is None  # a long entry's fragment stays out
    text, cited = outside_answer(
        "pk-glossary",
        "what units is clearance reported in",
        PK + "clearance-cl",
        PK + "cmax",
        PK + "q-inter-compartmental-clearance",
    )
    assert cited == (PK + "clearance-cl",)
    assert "Units: L/h." in text


def test_a_lead_in_naming_the_asked_members_brings_its_list() -> None:
    text, cited = outside_answer(
        "git-glossary",
        "which pseudorefs does git know about",
        GIT + "def_pseudoref",
        GIT + "def_bare_repository",
        GIT + "def_changeset",
    )
    assert cited == (GIT + "def_pseudoref",)
    assert "The following pseudorefs are known to Git:" in text
    assert "FETCH_HEAD" in text and "MERGE_HEAD" in text


def test_an_inflected_form_names_a_one_word_title() -> None:
    assert inflects("gybing", "gybe") and inflects("planing", "plane")
    assert inflects("tacked", "tack") and inflects("planning", "plan")
    assert not inflects("plane", "plane") and not inflects("gybing", "gybe set")
    _, cited = outside_answer(
        "sailing-glossary",
        "whats the diff between tacking and gybing",
        SAIL + "tacking",
        SAIL + "gybe",
        SAIL + "coming-about",
        SAIL + "jibe",
    )
    assert cited == (SAIL + "tacking", SAIL + "gybe")
    text, cited = outside_answer(
        "sailing-glossary",
        "what does it mean when a boat is planing and why does that let it go faster",
        SAIL + "trim",
        SAIL + "plane",
        SAIL + "hiking-out",
        SAIL + "way",
    )
    assert cited == (SAIL + "plane",)
    assert "bow wave" in text


def test_a_pointer_beside_its_target_that_names_it_is_dropped() -> None:
    text, cited = outside_answer(
        "pk-glossary",
        "what is the hill coefficient and what does it control in the sigmoid emax model",
        PK + "gamma-γ",
        PK + "hill-coefficient",
        PK + "emax",
    )
    assert cited == (PK + "gamma-γ",)
    assert "refers to" not in text and "steepness" in text


def test_a_pointer_whose_target_does_not_say_its_name_stays() -> None:
    text, cited = outside_answer(
        "controls-glossary",
        "what is control effort",
        "controls-glossary#control-effort",
        "controls-glossary#control-signal",
    )
    assert "refers to control signal" in text
    assert cited == ("controls-glossary#control-effort", "controls-glossary#control-signal")
