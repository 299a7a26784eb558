"""Round 22, parser lane: definition lists, kramdown attribute lists, data-file summaries.

- a definition-list term written right under the previous definition or under a list,
  with no blank line between (PHP Markdown Extra / Pandoc / kramdown allow it), is an
  entry of its own, not a lazy continuation of the text above; terms on consecutive lines
  over one definition (kramdown, PHP Markdown Extra) are one entry, the others aliases;
  list items written at column 0 right under a definition's text are part of it;
- a kramdown / Python-Markdown attribute list ``{: #id}`` on the line after a heading or
  a term, or ``{:#id}`` opening a term's line, is that entry's anchor, and so is a
  heading's own ``{#id}`` / ``{: #id}`` / ``{ #id }``;
- a YAML/JSON record's ``short:`` summary (kgateway: term, short, long) opens the entry's
  text and is never read as an alias (a one-word ``short: API`` still is one).
"""

from __future__ import annotations

import json
import textwrap

from rag_glossary.corpus_files import PARSER_VERSION
from rag_glossary.models import Entry
from rag_glossary.parsing import parse_text


def _parse(text: str, name: str, dialect: str | None = None) -> dict[str, Entry]:
    source = name.rsplit(".", 1)[0]
    entries = parse_text(textwrap.dedent(text), source, dialect, file=name)
    return {e.title: e for e in entries}


def test_parser_version_bumped() -> None:
    assert PARSER_VERSION >= 28


def test_consecutive_definition_pairs_are_one_entry_each() -> None:
    entries = _parse(
        """\
        # Glossary

        Apple
        :   A fruit that grows on trees,
            and is often red.
        Banana
        :   A long yellow fruit.
        Cherry
        : A small red fruit.
        """,
        "fruit.md",
    )
    assert list(entries) == ["Apple", "Banana", "Cherry"]
    assert entries["Apple"].body == "A fruit that grows on trees, and is often red."
    assert entries["Banana"].body == "A long yellow fruit."
    assert (entries["Banana"].line, entries["Cherry"].line) == (6, 8)  # the source's lines


def test_a_term_under_a_list_is_not_the_list_items_text() -> None:
    entries = _parse(
        """\
        # Glossary

        Cherry
        :   A small red fruit with:

            - sweet kinds
            - sour kinds
        Date
        :   A sweet fruit.

        - a list outside the definitions
        - its last item
        Elder
        : A shrub.
        """,
        "fruit.md",
    )
    assert list(entries) == ["Cherry", "Date", "Elder"]
    assert entries["Cherry"].body.endswith("- sour kinds")
    assert entries["Date"].body == "A sweet fruit."
    assert entries["Elder"].body == "A shrub."


def test_a_list_at_column_0_under_a_definition_is_its_list() -> None:
    entries = _parse(
        """\
        # Glossary

        Cherry
        : A small red fruit with:
        - sweet kinds
        - sour kinds
        : Also a dark red color.

        Fig
        :   A soft fruit:
        1. green figs
        2. black figs
        Grape
        : A berry.
        """,
        "fruit.md",
    )
    assert list(entries) == ["Cherry", "Fig", "Grape"]
    assert entries["Cherry"].body == (
        "A small red fruit with:\n\n- sweet kinds\n\n- sour kinds\n\nAlso a dark red color."
    )
    assert entries["Fig"].body == "A soft fruit:\n\n1. green figs\n\n2. black figs"
    assert entries["Grape"].body == "A berry."


def test_terms_on_consecutive_lines_share_one_definition() -> None:
    entries = _parse(
        """\
        # Glossary

        cache
        : A store of results kept for reuse.

        another term
        and another term
        : A definition for both terms.

        stack
        : A last-in, first-out list.
        """,
        "terms.md",
    )
    assert list(entries) == ["cache", "another term", "stack"]
    assert entries["another term"].aliases == ("and another term",)
    assert entries["another term"].body == "A definition for both terms."
    assert entries["another term"].line == 6


def test_a_definition_lists_code_block_is_not_split() -> None:
    entries = _parse(
        """\
        # Glossary

        Shell
        : A program that runs commands:

            ```
            ls -l
            Output
            : not a term
            ```

        Path
        : A location in a file system.
        """,
        "shell.md",
        "md-terms",
    )
    assert list(entries) == ["Shell", "Path"]
    assert "Output" in entries["Shell"].body


def test_kramdown_attribute_list_names_the_anchor() -> None:
    entries = _parse(
        """\
        # Glossary

        {:auto_ids}
        Date
        {: #the-date .term}
        : A sweet fruit of the date palm.

        {:#apple-fruit} Apple
        : A fruit.

        Fig
        : A soft fruit.
        """,
        "fruit.md",
    )
    assert entries["Date"].anchor == "the-date"
    assert entries["Date"].body == "A sweet fruit of the date palm."
    assert entries["Apple"].anchor == "apple-fruit"
    assert entries["Fig"].anchor == "fig"
    # a color in an attribute list is no id
    styled = _parse("Grape\n{: style='color:#fff'}\n: A berry.\n", "g.md", "md-terms")
    assert styled["Grape"].anchor == "grape"


def test_kramdown_attribute_list_after_a_heading() -> None:
    entries = _parse(
        """\
        # Glossary

        ## Alpha particle
        {: #alpha}

        A helium nucleus.

        ## Beta particle

        An electron.
        """,
        "phys.md",
    )
    assert entries["Alpha particle"].anchor == "alpha"
    assert entries["Alpha particle"].body == "A helium nucleus."
    assert entries["Beta particle"].anchor == "beta-particle"


def test_a_headings_own_id_is_its_anchor() -> None:
    entries = _parse(
        """\
        # Glossary

        ## Gamma ray {#gamma}

        A photon of high energy.

        ## Delta ray {: #delta .term}

        An electron knocked out by a passing particle.

        ## Epsilon { #epsilon-sym }

        A small positive number.
        """,
        "phys.md",
    )
    assert entries["Gamma ray"].anchor == "gamma"
    assert entries["Delta ray"].anchor == "delta"
    assert entries["Epsilon"].anchor == "epsilon-sym"
    # a heading entry among bold terms (md-terms) too
    mixed = _parse(
        """\
        # Glossary

        ## Particles

        **Muon**: a heavy electron.

        **Pion**: a meson.

        ## Quark {#quark-def}

        An elementary particle that makes up hadrons.
        """,
        "mixed.md",
        "md-terms",
    )
    assert mixed["Quark"].anchor == "quark-def"
    assert mixed["Muon"].anchor == "muon"


def test_yaml_short_summary_is_text_not_an_alias() -> None:
    entries = _parse(
        """\
        A2A:
          short: "Agent-to-Agent Protocol — secure, policy-driven communication."
          long: "Agent-to-Agent Protocol. Refers to secure communication between agents."
          link: ""

        Egress:
          short: "Outbound traffic leaving the mesh/cluster, often routed through gateways."
          long: "Outbound traffic leaving the mesh or cluster."
        """,
        "glossary.yaml",
    )
    assert entries["A2A"].aliases == ()
    assert entries["A2A"].body == (
        "Agent-to-Agent Protocol — secure, policy-driven communication.\n\n"
        "Agent-to-Agent Protocol. Refers to secure communication between agents."
    )
    assert entries["Egress"].aliases == ()
    assert entries["Egress"].body.startswith("Outbound traffic leaving the mesh/cluster, often")


def test_json_short_field_next_to_a_definition() -> None:
    records = [
        {"term": "Route", "short": "Rules for matching requests", "definition": "Where to send."},
        {"term": "Application Programming Interface", "short": "API", "definition": "A contract."},
        {"term": "Gateway", "short": "An entry point", "definition": "An entry point for traffic."},
    ]
    entries = _parse(json.dumps(records), "glossary.json")
    assert entries["Route"].aliases == ()
    assert entries["Route"].body == "Rules for matching requests\n\nWhere to send."
    assert entries["Application Programming Interface"].aliases == ("API",)
    assert entries["Application Programming Interface"].body == "A contract."
    assert entries["Gateway"].body == "An entry point for traffic."  # said already
