"""Round 37 follow-up FC: the answer keeps the fact the question asks for (real entries,
real model).

- a where-question asks a place: the entry's sentence that says one ("Located below the
  stage.") answers, though it says none of the question's words;
- a story that ends "..., so what is the stage exactly" asks what its last clause's term is;
- a longer context phrase before a comma ("in a function definition or a let, what value
  does the body return") is the setting, not the first side of a comparison;
- a line of a merged entry whose title names another term than the group's lead shows
  that title ("Inner alignment: ...").
"""

from __future__ import annotations

import pytest
from answer_helpers import corpus_by_id, ranked_hits
from shared_index import shared_assistant

from rag_glossary.answer.cues import PLACE, cue_for
from rag_glossary.answer.group_names import own_name
from rag_glossary.answer.pieces import make_group
from rag_glossary.answer.question import analyze


def test_a_where_question_asks_a_place() -> None:
    assert cue_for(analyze("where on the screen is the sprite list")) is PLACE
    # a number asked of a place keeps the number's cue; a name's origin keeps its own
    assert (
        cue_for(analyze("where does the solar system end, how far out is the boundary"))
        is not PLACE
    )
    assert cue_for(analyze("where does the name monte carlo come from")) is not PLACE


def test_a_story_then_so_what_is_x_asks_x() -> None:
    q = analyze(
        "my daughter keeps talking about the stage in scratch. she says it can have scripts"
        " of its own. so what is the stage exactly?"
    )
    assert (q.shape, q.term) == ("define", "stage")


def test_a_long_setting_before_a_comma_is_no_side() -> None:
    q = analyze("in a function definition or a let, what value does the body return")
    assert q.sides == ()
    assert {"function", "let"} <= q.words and "let" not in q.focus


@pytest.mark.parametrize(
    ("corpus", "question", "said", "cited"),
    [
        (
            "scratch-glossary",
            "where on the screen is the sprite list",
            "Located below the stage",
            ("scratch-glossary#sprite-list",),
        ),
        (
            "scratch-glossary",
            "my daughter joined a coding club after school and keeps talking about the stage in"
            " scratch. she says the cat stands in front of it and it can have scripts of its"
            " own, which confused me even more. so what is the stage exactly?",
            "The background of a project",
            ("scratch-glossary#stage",),
        ),
        (
            "lisp-glossary",
            "in a function definition or a let, what value does the body return",
            "the value of the last expression in the body is returned",
            ("lisp-glossary#body",),
        ),
    ],
)
def test_the_asked_fact_is_kept(
    tmp_path_factory: pytest.TempPathFactory,
    corpus: str,
    question: str,
    said: str,
    cited: tuple[str, ...],
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    assert said in answer.text
    assert answer.citations == cited


def test_a_merged_entry_of_another_name_keeps_its_title(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # safety-glossary-021: "Inner alignment" joins "Inner misalignment" by that one's
    # alias "Inner Alignment"; its line is another term's and says so
    answer = shared_assistant("safety-glossary", tmp_path_factory).ask(
        "difference between inner alignment and outer alignment"
    )
    assert "Inner alignment: When a mesa optimizer ends up" in answer.text


def test_one_terms_lines_keep_the_first_name_alone() -> None:
    # q074: "MRKL Agent" leads, its group's answer is all the "MRKL System" entry's text
    # (same glossary, another title): every line is the answer's one entry, no new title;
    # q022: another source's "Multi-Class Classification" copy is the same term
    entries = corpus_by_id()
    agent = "ai-glossary-m-site#modular-reasoning-knowledge-and-language-mrkl-agent"
    system = "ai-glossary-m-site#modular-reasoning-knowledge-and-language-mrkl-system"
    hits = ranked_hits(entries, agent, system)
    group = make_group(hits[0], hits)
    assert own_name(group, [system], [system]) == ""
    assert own_name(group, [system], [agent]) != ""
    multi = "ai-glossary-m#multiclass-classification"
    copy = "ai-glossary-m-site#multi-class-classification"
    hits = ranked_hits(entries, multi, copy)
    group = make_group(hits[0], hits)
    assert own_name(group, [copy], [multi]) == ""
