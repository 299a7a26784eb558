"""Round 20: three glossary layouts the parser misread, and second names in titles.

- AsciiDoc pages whose terms are bold list items (``* *Term* — definition``) under ``==``
  sections: one entry per term, not one per section;
- reStructuredText ``**Term**``, a blank line, then the indented definition, among bold
  terms written without the blank line: the term is no longer lost;
- a kramdown definition list whose first term sits right under ``{:auto_ids}``: the first
  term and its definition are no longer dropped;
- ``(or X)`` / ``(also called X)`` / ``(aka X)`` in a title gives an alias.
"""

from __future__ import annotations

import textwrap

from helpers import ROOT

from rag_glossary.corpus_files import PARSER_VERSION
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus, parse_text
from rag_glossary.parsing.body_names import second_name_aliases


def _parse(text: str, name: str) -> dict[str, Entry]:
    source = name.rsplit(".", 1)[0]
    return {e.title: e for e in parse_text(textwrap.dedent(text), source, file=name)}


def test_parser_version_bumped() -> None:
    assert PARSER_VERSION >= 25


# -- 1. AsciiDoc bold-term bullets -------------------------------------------------------

ADOC = """\
    = Networking Glossary
    :toc:

    The terms used in the networking guide.

    == Transport

    * *TCP* — Transmission Control Protocol, a reliable, ordered byte stream.
    * *UDP* -- User Datagram Protocol, connectionless datagrams
      with no delivery guarantee.
    * *QUIC*: a transport over UDP with built-in TLS.
    +
    It was first designed at Google.
    ** Uses connection IDs that survive a change of address.

    == Addressing

    [[subnet]]
    * **Subnet mask** – the bits of an address that name the network.
    * *CIDR:* Classless Inter-Domain Routing notation, such as `10.0.0.0/8`.

    == Routing

    Routing is the choice of a path for traffic across networks.

    == See also

    * link:https://example.org/rfc[RFC index]
    """


def test_adoc_bold_bullets_give_one_entry_per_term() -> None:
    entries = _parse(ADOC, "net.adoc")
    # the == sections that group the terms are no entries; "Routing" (prose, no terms) is
    assert list(entries) == ["TCP", "UDP", "QUIC", "Subnet mask", "CIDR", "Routing"]
    assert entries["TCP"].body == "Transmission Control Protocol, a reliable, ordered byte stream."
    assert entries["TCP"].aliases == ("Transmission Control Protocol",)
    assert entries["TCP"].line == 8
    # a wrapped line continues the item; "+" attaches a block and a deeper item belongs to it
    assert entries["UDP"].body.endswith("connectionless datagrams with no delivery guarantee.")
    assert entries["QUIC"].body == (
        "a transport over UDP with built-in TLS.\nIt was first designed at Google.\n"
        "- Uses connection IDs that survive a change of address."
    )
    assert entries["Subnet mask"].anchor == "subnet"  # the [[id]] line above the item
    assert entries["CIDR"].body.startswith("Classless Inter-Domain Routing notation")


def test_adoc_bold_bullet_other_names_are_aliases() -> None:
    text = """\
        = Scores

        * *Agency score* (or *coherence score*) — how well an agent keeps its goal.
        * *Recall* (_sensitivity_) -- the share of positives found.
        * *Precision* — the share of predictions that are right.
        """
    entries = _parse(text, "scores.adoc")
    assert entries["Agency score"].aliases == ("coherence score",)
    assert entries["Agency score"].body == "how well an agent keeps its goal."
    assert entries["Recall"].aliases == ("sensitivity",)
    assert entries["Precision"].aliases == ()


def test_adoc_section_glossary_with_label_bullets_stays_per_section() -> None:
    # "*Pros:*" / "*Cons:*" repeated in every section are labels, not terms.
    text = """\
        = Storage engines

        == B-tree

        A balanced tree that keeps pages sorted.

        * *Pros:* fast reads.
        * *Cons:* write amplification.

        == LSM tree

        A log-structured merge tree that buffers writes in memory.

        * *Pros:* fast writes.
        * *Cons:* read amplification.
        """
    entries = _parse(text, "engines.adoc")
    assert list(entries) == ["B-tree", "LSM tree"]
    assert "Pros: fast reads." in entries["B-tree"].body


def test_adoc_labeled_list_with_a_few_bold_items_reads_as_before() -> None:
    text = """\
        = Glossary

        Blob:: A binary object.
        Tree:: A directory listing.
        Commit:: A snapshot.
        +
        * *Parent*: the commit before it.
        * plain item
        * another plain item
        """
    entries = _parse(text, "git.adoc")
    assert list(entries) == ["Blob", "Tree", "Commit"]
    assert "Parent: the commit before it." in entries["Commit"].body


# -- 2. rst: bold term, blank line, indented definition ------------------------------------

RST = """\
    Lexicon
    =======

    **SSA**
        Static Single Assignment. Each variable is assigned exactly once.

    **RAUW**

        Replace All Uses With. The operation that rewrites every use of a value.

    **DAG**
        Directed Acyclic Graph. The instruction selector works on one.
    """


def test_rst_bold_term_with_blank_line_is_an_entry() -> None:
    entries = _parse(RST, "lexicon.rst")
    assert list(entries) == ["SSA", "RAUW", "DAG"]  # in file order
    assert entries["RAUW"].body == (
        "Replace All Uses With. The operation that rewrites every use of a value."
    )
    assert entries["RAUW"].line == 7
    assert entries["RAUW"].anchor == "rauw"


def test_rst_quote_after_plain_paragraph_is_no_term() -> None:
    # Only a bold line among bold deflist terms is taken: a prose paragraph over a quote
    # (fewer than three such pairs) is still prose, and so is a bold line in a file
    # whose terms are not bold.
    text = """\
        **SSA**
            Static Single Assignment.

        Some words

            A quoted remark, not a definition.

        **DAG**
            Directed Acyclic Graph.
        """
    assert list(_parse(text, "mixed.rst")) == ["SSA", "DAG"]
    plain = """\
        SSA
            Static Single Assignment.

        **Note**

            A quoted remark, not a definition.
        """
    assert list(_parse(plain, "plain.rst")) == ["SSA"]


# -- 3. kramdown: {:auto_ids} right above the first term -----------------------------------

KRAMDOWN = """\
    ---
    title: Glossary of epidemiology
    layout: page
    ---

    {:auto_ids}
    public health
    :   the science of protecting and improving the health of people and their communities.

    incidence
    :   the number of new cases of a disease in a population over a period of time.

    Crude mortality (or death) rate
    :   the total number of deaths in a population per 1,000 people per year.

    Birth defect rate (also called congenital anomaly or malformation rate)
    :   the number of babies born with a birth defect per 1,000 births.

    ```
    {: .not-blanked}
    ```
    """


def test_kramdown_first_term_under_attribute_list_is_kept() -> None:
    entries = _parse(KRAMDOWN, "epi.md")
    assert list(entries)[:2] == ["public health", "incidence"]
    assert entries["public health"].body.startswith("the science of protecting")
    assert entries["public health"].line == 7
    assert all("{:" not in e.body for e in entries.values())


def test_kramdown_titles_with_second_names_give_aliases() -> None:
    entries = _parse(KRAMDOWN, "epi.md")
    assert entries["Crude mortality (or death) rate"].aliases == ("Crude death rate",)
    assert entries["Birth defect rate (also called congenital anomaly or malformation rate)"] \
        .aliases == ("congenital anomaly or malformation rate",)  # fmt: skip


def test_second_name_aliases_rule() -> None:
    assert second_name_aliases("Learning (or training) rate") == ["training rate"]
    assert second_name_aliases("Markov decision process (aka MDP)") == ["MDP"]
    assert second_name_aliases("Point estimate (also known as best guess)") == ["best guess"]
    assert second_name_aliases("Recall (sensitivity)") == []  # no "or"/"aka": not this rule
    assert second_name_aliases("Orange (fruit) juice") == []


def test_kg_glossary_embeddings_gets_its_second_name() -> None:
    # the one title of the 47 design sets that changed (a measured no-op on kg-glossary)
    loaded = load_corpus(ROOT / "eval" / "corpora" / "kg-glossary")
    entry = next(e for e in loaded.entries if e.title.startswith("embeddings (or"))
    assert entry.aliases == ("latent representation/vectors",)
