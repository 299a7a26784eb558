"""Round 18 formats: a vault of one-note-per-term Markdown files (Obsidian: the term is the
file name, a ``#tag`` line opens the note, ``[[target|label]]`` links, MathJax ``\\[...\\]``
formulas) and an HTML glossary saved as a Jinja/Django template."""

from __future__ import annotations

import pytest
from helpers import ROOT

from rag_glossary.coverage import CoverageIndex
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus, parse_text, sniff_dialect
from rag_glossary.parsing.dialects import parse_document

VAULT = ROOT / "eval" / "corpora" / "rl-glossary"


@pytest.fixture(scope="module")
def vault_entries() -> dict[str, Entry]:
    return {e.title: e for e in load_corpus(VAULT).entries}


def test_each_note_is_one_entry_titled_by_its_file(vault_entries: dict[str, Entry]) -> None:
    notes = {p.stem for p in VAULT.glob("*.md") if p.name != "README.md"}
    other_names = {"DQN", "critic", "state-action value function"}  # "Synonym for X." notes
    assert set(vault_entries) == notes - other_names  # no "#rl" or sentence titles


def test_synonym_notes_become_aliases_of_their_target(vault_entries: dict[str, Entry]) -> None:
    # "critic.md": "Synonym for [[Deep Q-Network (DQN)|Deep Q-Network]]." names the title
    # without its "(DQN)"; "state-action value function.md" names "Q-function".
    assert vault_entries["Deep Q-Network (DQN)"].aliases == ("DQN", "critic")
    assert vault_entries["Q-function"].aliases == ("state-action value function",)


def test_tag_line_is_not_text_and_acronym_becomes_alias(vault_entries: dict[str, Entry]) -> None:
    rlhf = vault_entries["Reinforcement Learning from Human Feedback (RLHF)"]
    assert rlhf.aliases == ("RLHF",)
    assert rlhf.body.startswith("Using feedback from human raters")
    assert "#" not in rlhf.body  # "#generativeAI, #rl" is gone
    assert vault_entries["Markov decision process (MDP)"].aliases == ("MDP",)


def test_wrapped_sentence_paragraph_does_not_split_the_note(
    vault_entries: dict[str, Entry],
) -> None:
    # "Reinforcement learning algorithms apply this" opens a wrapped paragraph: not a term.
    bellman = vault_entries["Bellman equation"].body
    assert "Reinforcement learning algorithms apply this" in bellman
    assert "dynamic programming" in bellman


def test_mathjax_display_formula_is_kept_whole(vault_entries: dict[str, Entry]) -> None:
    bellman = vault_entries["Bellman equation"].body
    # "\[...|s,a}...\]" was read as a [link|label] and its "_" as emphasis.
    assert r"\mathbb{E}_{s'|s,a} \max_{a'} Q(s', a')\]" in bellman


def test_term_paragraphs_still_split() -> None:
    text = "Overfitting\nWhen a model learns noise.\n\nUnderfitting\nWhen a model is too simple.\n"
    titles = [e.title for e in parse_text(text, "notes", file="notes.md")]
    assert titles == ["Overfitting", "Underfitting"]


def test_prose_note_without_terms_is_one_entry() -> None:
    body = "Rescaling gradients whose norm is too large,\nbefore the update.\n\nIt keeps it stable."
    text = f"#ml\n\n{body}\n"
    _, parsed, entries = parse_document(text, "my-note", file="Gradient clipping.md")
    assert parsed.note
    assert [(e.title, e.body) for e in entries] == [("Gradient clipping", body)]


TEMPLATE = """{% extends "base.html" %}
{% block title %}Quantum Glossary{% endblock %}
{% block content %}
<div class="container">
  <h1>Glossary</h1>
  <dl>
    <dt id="qubit">Qubit</dt>
    <dd>The basic unit of quantum information. {{ footnote }}</dd>
    <dt id="decoherence">Decoherence</dt>
    <dd>The loss of quantum behaviour through interaction with the environment.</dd>
  </dl>
</div>
{% endblock %}
{% block scripts %}<script>console.error("x");</script>{% endblock %}
"""


def test_jinja_template_page_is_read_as_html() -> None:
    assert sniff_dialect(TEMPLATE, "glossary.html") == "html"
    entries = parse_text(TEMPLATE, "glossary", file="glossary.html")
    assert [(e.title, e.body) for e in entries] == [
        ("Qubit", "The basic unit of quantum information."),
        ("Decoherence", "The loss of quantum behaviour through interaction with the environment."),
    ]


def test_markdown_with_template_tags_is_not_html() -> None:
    text = "{% include toc.html %}\n\n## Term\n\nA definition.\n"
    assert sniff_dialect(text, "glossary.md") != "html"


def test_a_formulas_one_letter_variables_spell_no_acronym() -> None:
    # Bellman equation opens with "Q(s, a) = r(s, a) + ...": s a r s a is no "SARSA"
    coverage = CoverageIndex(load_corpus(VAULT).entries)
    assert not coverage.check("sarsa algorithm").found
    assert coverage.check("what is dqn").found
