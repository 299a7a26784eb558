"""Round 24, lane Q (real entries of the eval corpora, hits in their retrieval order):

- both sides of a comparison: a side that is the acronym an entry goes by ("apr": Annual
  Percentage Rate, "Also known as APR"), a first side that is only the modifier of the
  name both share ("equilibrium and transient climate sensitivity"), and a side whose
  entry's text the source cut inside an aside ("... within the frame (example: ");
- a two-part question's second entry, named by its title ("... and what is a mortgage"),
  answers with its definition though that sentence does not repeat the title;
- a title the question says as its subject (before any "when/if ..." clause) answers
  from the first two hits, unless another hit's title holds it ("Mortgage loan");
- "what does X stand for when ..." answered by another entry's list: only X's item.
"""

from __future__ import annotations

from answer_helpers import outside_answer

from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.unit_vectors import UNITS_VERSION

BANK, CLIM, FILM = "banking-glossary#", "climate-glossary#", "film-glossary#"
GAME, PM, LEDGER = "gamedev-glossary#", "pm-glossary#", "ledger-glossary#"
STATS = QUANT = "glossary_terms#"


def test_units_version_bumped() -> None:
    assert UNITS_VERSION >= 12


def test_a_cut_aside_leaves_its_sentence() -> None:
    cut = "Sound without an identifiable source within the frame (example: "
    assert clean_unit(cut) == "Sound without an identifiable source within the frame"
    assert clean_unit("A model (BERT) is used for it.") == "A model (BERT) is used for it."
    text, cited = outside_answer(
        "film-glossary",
        "whats the diff between diegetic and non diegetic sound",
        FILM + "diegetic-sound",
        FILM + "non-diegetic-sound",
        FILM + "fade-in",
    )
    assert cited == (FILM + "diegetic-sound", FILM + "non-diegetic-sound")
    assert "Sound without an identifiable source within the frame" in text


def test_an_acronym_side_finds_the_entry_that_goes_by_it() -> None:
    text, cited = outside_answer(
        "banking-glossary",
        "whats the diff between apy and apr, my bank shows both",
        BANK + "annual-percentage-yield",
        BANK + "annual-percentage-rate",
        BANK + "bank-statement-reconciliation",
    )
    assert cited == (BANK + "annual-percentage-yield", BANK + "annual-percentage-rate")
    assert "not including compound interest" in text


def test_a_modifier_side_takes_the_shared_name() -> None:
    text, cited = outside_answer(
        "climate-glossary",
        "whats the diff between equilibrium and transient climate sensitivity",
        CLIM + "transient-climate-sensitivity",
        CLIM + "climate-sensitivity",
        CLIM + "equilibrium-climate-sensitivity",
        CLIM + "equilibrium",
    )
    assert CLIM + "equilibrium" not in cited
    both = {CLIM + "equilibrium-climate-sensitivity", CLIM + "transient-climate-sensitivity"}
    assert set(cited) == both
    assert "reaches a new equilibrium state" in text


def test_a_side_that_opens_the_other_keeps_its_own_entry() -> None:
    _, cited = outside_answer(
        "climate-glossary",
        "whats the diff between equilibrium and equilibrium climate sensitivity",
        CLIM + "equilibrium",
        CLIM + "equilibrium-climate-sensitivity",
    )
    assert cited == (CLIM + "equilibrium", CLIM + "equilibrium-climate-sensitivity")


def test_a_named_second_part_gives_its_definition() -> None:
    text, cited = outside_answer(
        "banking-glossary",
        "what is a debt instrument and what is a mortgage in those terms",
        BANK + "mortgage",
        BANK + "debt-instrument",
        BANK + "mortgage-loan",
    )
    assert cited == (BANK + "debt-instrument", BANK + "mortgage")
    assert "a tool an entity can utilize" in text and "loan on a real estate property" in text


def test_the_named_subject_answers() -> None:
    text, cited = outside_answer(
        "pm-glossary", "can a gist be private or only public", PM + "repository", PM + "gist"
    )
    assert cited == (PM + "gist",) and "public or secret" in text
    text, cited = outside_answer(
        "gamedev-glossary",
        "how many ms can render time take per frame if i want 60 fps",
        GAME + "render-time",
        GAME + "fps-frames-per-second",
        GAME + "fps",
    )
    assert cited == (GAME + "render-time",) and "16ms for 60 FPS" in text


def test_a_subject_spoken_of_by_a_higher_hit_or_no_subject_keeps_the_first() -> None:
    _, cited = outside_answer(
        "stats-glossary",
        "what does the sampling distribution of the mean approach as the sample size grows",
        STATS + "central-limit-theorem",
        STATS + "sampling-distribution",
    )
    assert cited == (STATS + "central-limit-theorem",)  # its text names the subject
    _, cited = outside_answer(
        "quantum-glossary", "how many qubits do nisq devices have", QUANT + "nisq", QUANT + "qubit"
    )
    assert cited == (QUANT + "nisq",)  # "qubits" is named before the auxiliary, no subject


def test_a_named_modifier_or_setting_is_no_subject() -> None:
    text, cited = outside_answer(
        "banking-glossary",
        "how many years are mortgage payments usually spread over",
        BANK + "mortgage-loan",
        BANK + "mortgage",
        BANK + "amortization",
    )
    assert cited == (BANK + "mortgage-loan",) and "10 to 30 years" in text
    text, cited = outside_answer(
        "ledger-glossary",
        "what does fifo stand for when booking lots",
        LEDGER + "booking",
        LEDGER + "booking-method",
        LEDGER + "lot",
    )
    assert cited == (LEDGER + "booking-method",)


def test_an_expansion_asked_of_another_entrys_list_shows_its_item() -> None:
    text, _ = outside_answer(
        "ledger-glossary",
        "what does fifo stand for when booking lots",
        LEDGER + "booking",
        LEDGER + "booking-method",
        LEDGER + "lot",
    )
    assert "FIFO: First In, First Out" in text and "(1 of 5)" in text
    assert "LIFO" not in text and "STRICT" not in text
