"""Three public glossaries the parser used to fail on, read from short exact excerpts.

- tests/data/dcase-glossary.yaml: nine records of toni-heittola/dcase_glossary
  ``glossary.yaml`` (commit 8d66662ddec2fd4e0d38795a9cb7770d8159de2f, MIT), copied
  record by record: most records there have a term and translations, no definition.
- tests/data/deep-rl-class/unit{1,2,3}-glossary.mdx: huggingface/deep-rl-class
  ``units/en/unit{1,2,3}/glossary.mdx`` (commit ad16575105d3cc692db97a2b2a835b2ec7a7420e,
  Apache-2.0), whole files.
- tests/data/ml-glossary-terms/*.md: five of the 381 ``terms/*.md`` of
  machine-learning-glossary/glossary (commit 584915d0bdacfce8a4f5e6e4b1ee3a650664fe7e,
  CC BY 4.0), whole files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus, parse_file, parse_text, sniff_dialect

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


def _by_title(entries: list[Entry]) -> dict[str, Entry]:
    return {e.title: e for e in entries}


# --- a YAML list where few records define their term ----------------------------------


def test_term_records_are_read_when_only_some_define_their_term() -> None:
    entries = _by_title(parse_file(DATA / "dcase-glossary.yaml"))
    assert len(entries) == 9  # every record: the defined ones and the stubs
    asa = entries["auditory scene analysis"]
    # its translations are its other names (round 58)
    assert asa.aliases == ("ASA", "kuulomaisema-analyysi", "kuulema-analyysi",
                           "análisis de escenas auditivas")  # fmt: skip
    assert asa.body.startswith("a model proposed by Albert Bregman")
    casa = entries["computational auditory scene analysis"]
    # no definition: its translations are its names and its text (round 58), no stub
    assert casa.aliases == (
        "CASA", "laskennallinen kuulomaisema-analyysi", "laskennallinen kuulema-analyysi",
    )  # fmt: skip
    assert casa.body == (
        "Finnish: laskennallinen kuulomaisema-analyysi; laskennallinen kuulema-analyysi"
    )
    assert entries["bandwidth"].body == "Finnish: kaistanleveys"


def test_a_definition_key_with_one_typo_is_the_definition() -> None:
    entries = _by_title(parse_file(DATA / "dcase-glossary.yaml"))
    assert entries["fully connected layer"].body.startswith("in neural networks, a layer")
    assert entries["input layer"].body.startswith("in neural network, the first layer")
    assert entries["input layer"].see_also == ("deep neural network", "neural network")


def test_a_list_of_links_is_still_no_glossary(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("# Epoch\n\nOne pass.\n", encoding="utf-8")
    (tmp_path / "navigation.yml").write_text(
        "main:\n  - title: Home\n    url: /\n  - title: About\n    url: /about/\n"
        "  - title: Glossary\n    url: /glossary/\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    assert [e.id for e in corpus.entries] == ["good#epoch"]
    assert "navigation.yml" in corpus.warnings[0]


# --- MDX: headings of prose among headings of bold terms --------------------------------


def _unit(n: int) -> list[Entry]:
    return parse_file(DATA / "deep-rl-class" / f"unit{n}-glossary.mdx")


def test_unit1_reads_prose_headings_and_bold_terms_each_as_an_entry() -> None:
    titles = [e.title for e in _unit(1)]
    assert titles == [
        "Agent", "Environment", "Markov Property", "State", "Observation",
        "Discrete Actions", "Continuous Actions", "Rewards", "Reward Hypothesis",
        "Discounting", "Episodic", "Continuous", "Exploration", "Exploitation",
        "Exploration-Exploitation Trade-Off", "Policy", "Optimal Policy",
        "Policy-based Methods", "Value-based Methods",
    ]  # fmt: skip
    entries = _by_title(_unit(1))
    assert entries["Agent"].body.startswith("An agent learns to make decisions")
    assert entries["Discounting"].body.startswith("Discounting is performed because")
    assert "Discounting" not in entries["Reward Hypothesis"].body
    last = entries["Value-based Methods"].body
    assert last.startswith("Another approach") and "thanks to" not in last
    assert "Pull Request" not in last


def test_unit2_bold_terms_ending_in_a_period_and_headings_without_colon() -> None:
    entries = _unit(2)
    titles = [e.title for e in entries]
    assert titles == [
        "Policy-based methods", "Value-based methods", "The state-value function",
        "The action-value function", "Epsilon-greedy strategy", "Greedy strategy",
        "Off-policy algorithms", "On-policy algorithms", "Monte Carlo (MC)",
        "Temporal Difference (TD)",
    ]  # fmt: skip
    assert entries[0].body.startswith("The policy is usually trained")
    assert "Ramón Rueda" not in entries[-1].body and "Pull Request" not in entries[-1].body


def test_unit3_nested_terms_and_a_term_opening_its_sentence() -> None:
    entries = _by_title(_unit(3))
    assert "Phases of Deep Q-Learning" not in entries  # a label over nested terms
    assert entries["Temporal Limitation"].body.startswith("Temporal Limitation is a difficulty")
    assert "Temporal Limitation" not in entries["Deep Q-Learning"].body
    assert {"Sampling", "Training", "Experience Replay", "Fixed Q-Target", "Double DQN"} <= set(
        entries
    )
    assert "Dario Paez" not in entries["Double DQN"].body


def test_doc_builder_anchor_is_not_part_of_a_heading_title() -> None:
    text = "# Glossary [[glossary]]\n\nIntro.\n\n## Epoch [[epoch]]\n\nOne pass.\n"
    assert [e.title for e in parse_text(text, "g", "generic")] == ["Glossary", "Epoch"]


def test_mdx_imports_and_components_are_not_text_and_lines_are_kept(tmp_path: Path) -> None:
    text = (
        'import Tip from "./tip"\n\n<CourseFloatingBanner\n  chapter={1}\n/>\n\n'
        "# Epoch\n\n<Tip>\nOne pass over the data.\n</Tip>\n\n# Batch\n\n"
        '<Youtube id="x" />\nA group of examples.\n'
    )
    (tmp_path / "g.mdx").write_text(text, encoding="utf-8")
    entries = load_corpus(tmp_path).entries
    assert [(e.title, e.line, e.body) for e in entries] == [
        ("Epoch", 7, "One pass over the data."),
        ("Batch", 13, "A group of examples."),
    ]


# --- one term per file, titled in the front matter --------------------------------------


def test_a_term_page_is_one_entry_titled_by_its_front_matter() -> None:
    path = DATA / "ml-glossary-terms" / "harmonic-precision-recall-mean-f1-score.md"
    (entry,) = parse_file(path)
    assert entry.title == "Harmonic Precision-Recall Mean (F1 Score)"
    assert entry.body.startswith("The $F_1$ score is a classification accuracy metric")
    assert "high recall" in entry.body  # the last paragraph too
    (conv,) = parse_file(DATA / "ml-glossary-terms" / "convolution.md")  # its own ## sections
    assert "Padding is a preprocessing step" in conv.body
    assert "\n## Padding\n" in conv.body  # a section's label, never a sentence "Padding."


def test_a_term_page_folder_reads_stubs_quietly_with_related_terms(tmp_path: Path) -> None:
    shutil.copytree(DATA / "ml-glossary-terms", tmp_path / "terms")
    corpus = load_corpus(tmp_path / "terms")
    assert corpus.warnings == ()
    assert {f.dialect for f in corpus.files} == {"term-page"}
    assert len(corpus.entries) == 5
    (bptt,) = corpus.lookup("BPTT")
    assert bptt.body == "" and bptt.see_also == ("backpropagation", "recurrent neural network")
    (abscissa,) = corpus.lookup("Abscissa")
    assert abscissa.see_also == ("ordinate",)
    (nchw,) = corpus.lookup("NCHW")
    assert "Number of data samples" in nchw.body  # its bold bullets stay its text


def test_a_chapter_and_a_titled_glossary_page_are_not_term_pages() -> None:
    chapter = (ROOT / "corpus" / "music-ml-chapter.md").read_text(encoding="utf-8")
    assert sniff_dialect(chapter, "music-ml-chapter.md") == "chapter"
    page = "---\ntitle: Glossary\n---\n\n## Epoch\n\nOne pass.\n\n## Batch\n\nSome examples.\n"
    assert [e.title for e in parse_text(page, "g")] == ["Epoch", "Batch"]
    terms = "".join(f"## Term {n}\n\nIts text.\n\n" for n in range(6))
    topic = f"---\ntitle: Deep Learning\n---\nDeep learning is a field. Its terms:\n\n{terms}"
    assert len(parse_text(topic, "g")) == 7  # the intro, then one entry per heading
