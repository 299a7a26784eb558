"""Dialect parsers, cleaning and slugs, checked on the shipped corpus by named citation id."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing import parse_file, parse_text, slugify, sniff_dialect
from rag_glossary.parsing.clean import see_also_items
from rag_glossary.parsing.inline import clean_inline
from rag_glossary.parsing.mojibake import fix_mojibake
from rag_glossary.parsing.slug import AnchorDeduper

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@cache
def entries_of(name: str) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(CORPUS / name)}


def file_lines(name: str) -> list[str]:
    return (CORPUS / name).read_text(encoding="utf-8").split("\n")


def all_entries() -> list[Entry]:
    names = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".md", ".txt"))
    return [e for name in names if name != "README.md" for e in entries_of(name).values()]


# --- slugs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Markov Decision Process (MDP)", "markov-decision-process-mdp"),
        ("Max-Pooling Layer", "max-pooling-layer"),
        ('How ML "learns"', "how-ml-learns"),
        ("[Supervised Learning](#supervised-learning)", "supervised-learning"),
        ("[Eigenvectors][Eigenvector] basics", "eigenvectors-basics"),
        ("  Padded Title  ", "padded-title"),
        ("Two  Spaces", "two--spaces"),
        ("snake_case & C++", "snake_case--c"),
        ("Café Crème 2", "café-crème-2"),
    ],
)
def test_slugify_follows_the_corpus_readme(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_repeated_anchors_get_github_suffixes() -> None:
    deduper = AnchorDeduper()
    assert [deduper.unique(a) for a in ["a", "a", "a", "a-1", "b"]] == [
        "a",
        "a-1",
        "a-2",
        "a-1-1",
        "b",
    ]


@pytest.mark.parametrize(
    ("dialect", "anchors"),
    [
        ("ai-glossary", ["bias", "bias-1"]),  # only level-1 headings start entries
        ("generic", ["bias", "bias-1", "bias-2"]),
        ("chapter", ["bias", "bias-1", "bias-2"]),
    ],
)
def test_duplicate_headings_in_one_source_get_dash_numbers(
    dialect: str, anchors: list[str]
) -> None:
    text = "---\ntitle: T\n---\n{% include x %}\n\n"
    text += "# Bias\n\none\n\n## Bias\n\ntwo\n\n# Bias\n\nthree\n"
    entries = parse_text(text, "src", dialect)
    assert [e.anchor for e in entries] == anchors
    assert [e.id for e in entries] == [f"src#{a}" for a in anchors]


# --- cleaning -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text", "terms"),
    [
        (
            "A [Reinforcement Learning] algo",
            "A Reinforcement Learning algo",
            ["Reinforcement Learning"],
        ),
        ("See [Eigenvectors][Eigenvector] here", "See Eigenvectors here", ["Eigenvector"]),
        ("[Text](#anchor) and [site](https://x.org)", "Text and site", ["Text"]),
        ("[Markov Decision Processes|MDP](#mdp)", "MDP", ["Markov Decision Processes"]),
        ('{% youtube "https://youtu.be/x" %}', "Video: https://youtu.be/x", []),
        ('{% pdf "https://arxiv.org/pdf/1.pdf" %}', "PDF: https://arxiv.org/pdf/1.pdf", []),
        ('{% pdf "{{site.assets}}/m/x.pdf" %}', "", []),
        ("{% include links/all.md %}", "", []),
        ('![]( {{site.assets}}/m/x.png ){: width="100%"}', "", []),
        ("<mark>kept text</mark> and <b>bold</b>", "kept text and bold", []),
        ("**Network** :warning: words", "Network  words", []),
        ("code `x[0] = [a]` stays", "code `x[0] = [a]` stays", []),
        ("- [ ] task box", "- [ ] task box", []),
        (
            "V=[0,0,0,...,0] and x = df['year'] and y[i]",
            "V=[0,0,0,...,0] and x = df['year'] and y[i]",
            [],
        ),
        ("cited [2] [3]", "cited", []),
        ("the pair [0, 1] or [2,1].", "the pair [0, 1] or [2,1].", []),
        ("[1] Aggarwal, 2016.", "[1] Aggarwal, 2016.", []),
        ("- [2] Aggarwal, 2016.", "- [2] Aggarwal, 2016.", []),
    ],
)
def test_clean_inline(line: str, text: str, terms: list[str]) -> None:
    cleaned, found = clean_inline(line)
    assert cleaned == text
    assert found == terms


def test_see_also_lines_drop_index_letters_and_ellipsis() -> None:
    assert see_also_items(" See also [M], [Deep Learning], [AI][Artificial Intelligence]") == [
        "Deep Learning",
        "Artificial Intelligence",
    ]
    assert see_also_items("See also M, Artificial Neural Network (ANN), ...") == [
        "Artificial Neural Network (ANN)"
    ]
    assert see_also_items("See also:") is None  # a header: the list follows
    assert see_also_items("Nothing to see here") is None


def test_fix_mojibake_repairs_full_and_truncated_sequences() -> None:
    assert fix_mojibake("your modelâ€™s predictions") == "your model's predictions"
    assert fix_mojibake("the modelâs input, donât") == "the model's input, don't"
    assert fix_mojibake("a château, not mojibake") == "a château, not mojibake"


def test_no_mojibake_left_in_any_body_of_the_corpus() -> None:
    bad = [e.id for e in all_entries() if re.search("â€|Ã.|Â|â(?![a-z])", e.body + e.title)]
    assert bad == []
    assert (
        "model's predictions"
        in entries_of("ai-glossary-m.md")["mean-absolute-error-loss-function"].body
    )


def test_no_liquid_image_or_html_markup_left_in_markdown_bodies() -> None:
    for name in ("ai-glossary-m.md", "data-archive-m.md", "music-ml-chapter.md"):
        for entry in entries_of(name).values():
            assert "{%" not in entry.body, entry.id
            assert "{{" not in entry.body, entry.id
            assert "{:" not in entry.body, entry.id
            assert "<mark>" not in entry.body, entry.id
            assert "![" not in entry.body, entry.id
            assert not re.search(r"\n\s*\n\s*\n", entry.body), entry.id


# --- sniffing -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "dialect"),
    [
        ("ai-glossary-m.md", "ai-glossary"),
        ("ai-glossary-m-site.txt", "site-text"),
        ("music-ml-chapter.md", "chapter"),
        ("data-archive-m.md", "archive"),
        ("ml-annotations.txt", "annotations"),
    ],
)
def test_sniff_decides_from_content_not_filename(name: str, dialect: str) -> None:
    text = (CORPUS / name).read_text(encoding="utf-8")
    assert sniff_dialect(text, name) == dialect
    assert sniff_dialect(text, "renamed.txt") == dialect
    assert sniff_dialect(text) == dialect


def test_sniff_falls_back_to_generic() -> None:
    assert sniff_dialect("# Term\n\nA definition.\n\n## Other\n\ntext") == "generic"
    assert sniff_dialect("Bias: error from wrong assumptions.\nVariance: sensitivity.") == "generic"
    assert sniff_dialect("") == "generic"


# --- ai-glossary (Jekyll) -------------------------------------------------------------


def test_ai_glossary_alias_headings() -> None:
    entries = entries_of("ai-glossary-m.md")
    mdp = entries["markov-decision-process"]
    assert mdp.id == "ai-glossary-m#markov-decision-process"
    assert mdp.title == "Markov Decision Process"
    assert mdp.aliases == ("MDP",)
    assert file_lines("ai-glossary-m.md")[mdp.line - 1] == "# Markov Decision Process"
    coco = entries["microsoft-common-object-in-context-caption-dataset"]
    assert coco.aliases == ("Microsoft COCO Caption Dataset", "MSFT COCO Caption Dataset")
    # alias heading on the very next line, no blank line between
    assert entries["model-agnostic-meta-learning"].aliases == ("MAML",)
    assert "mdp" not in entries and "maml" not in entries


def test_ai_glossary_front_matter_and_preamble_are_not_entries() -> None:
    entries = list(entries_of("ai-glossary-m.md").values())
    assert entries[0].id == "ai-glossary-m#m3gan-movie"
    titles = {e.title for e in entries}
    assert not titles & {"M", "=== THEMES", "= minima", "layout: single"}


def test_ai_glossary_url_comes_from_the_permalink() -> None:
    entry = entries_of("ai-glossary-m.md")["masked-self-attention"]
    assert entry.url == "/m/#masked-self-attention"


def test_ai_glossary_body_is_clean_and_see_also_collected() -> None:
    mdp = entries_of("ai-glossary-m.md")["markov-decision-process"]
    assert "is a Reinforcement Learning algorithm" in mdp.body
    assert "Video: https://www.youtube.com/watch?v=2GwBez0D20A" in mdp.body
    assert "See also" not in mdp.body
    assert {"Reinforcement Learning", "State Model", "agent"} <= set(mdp.see_also)
    assert "M" not in mdp.see_also
    ml = entries_of("ai-glossary-m.md")["machine-learning"]
    assert "A subset of Artificial Intelligence (AI)." in ml.body
    assert "AI" in ml.see_also  # the reference target of [Artificial Intelligence (AI)][AI]
    coco = entries_of("ai-glossary-m.md")["microsoft-common-object-in-context-caption-dataset"]
    assert "PDF: https://arxiv.org/pdf/1405.0312.pdf" in coco.body


def test_ai_glossary_code_stays_code_and_never_makes_headings() -> None:
    entries = entries_of("ai-glossary-m.md")
    matplotlib = entries["matplotlib-python-module"].body
    assert "# make the data" in matplotlib
    assert "plt.show()" in matplotlib
    # this fence opens at column 1 and closes at column 0: the next entry must exist
    spectral = entries["matrix-spectral-decomposition"].body
    assert "# where" in spectral and "```" in spectral
    assert "matrix-determinant" in entries
    mae = entries["mean-absolute-error-loss-function"]
    assert "# MAE loss function\ndef mae_loss(y_pred, y_true):" in mae.body
    assert mae.aliases == ("MAE Loss Function",)


# --- site text ----------------------------------------------------------------------


def test_site_text_titles_aliases_and_page_title() -> None:
    entries = entries_of("ai-glossary-m-site.txt")
    mdp = entries["markov-decision-process-mdp"]
    assert mdp.id == "ai-glossary-m-site#markov-decision-process-mdp"
    assert mdp.title == "Markov Decision Process (MDP)"
    assert mdp.aliases == ("MDP",)
    assert file_lines("ai-glossary-m-site.txt")[mdp.line - 1] == "Markov Decision Process (MDP)#"
    assert "m" not in entries  # "M#", the page's own title
    assert min(e.line for e in entries.values()) == 2
    assert entries["mean-absolute-error-mae-loss-function"].aliases == ("MAE Loss Function",)


def test_site_text_stubs_are_entries() -> None:
    entries = entries_of("ai-glossary-m-site.txt")
    for anchor in ("matrix-determinant", "matrix-multiplication", "metaheuristic", "mindpong-game"):
        assert entries[anchor].body == ""
        assert entries[anchor].title


def test_site_text_see_also_redirects_and_details() -> None:
    entries = entries_of("ai-glossary-m-site.txt")
    ml = entries["machine-learning-ml"]
    assert {"Artificial Neural Network (ANN)", "Deep Learning", "Prediction"} <= set(ml.see_also)
    assert "M" not in ml.see_also and "See also" not in ml.body
    mrm = entries["model-risk-management-mrm"]
    assert "NIST AI Risk Management Framework" in mrm.see_also and "R" not in mrm.see_also
    assert "See alse" not in entries["multidimensional-scaling-mds"].body
    assert entries["model-robustness"].see_also == ("Model Stability",)
    mini = entries["mini-batch"].body
    assert "sampling with replacement or without replacement?" in mini and "///" not in mini


# --- chapter ------------------------------------------------------------------------


def test_chapter_sections_and_preamble_entry() -> None:
    entries = entries_of("music-ml-chapter.md")
    assert list(entries) == [
        "machine-learning",
        "theory",
        "how-ml-learns",
        "musical-example",
        "definitions",
        "magenta",
        "musicrnn",
    ]
    intro = entries["machine-learning"]
    assert intro.id == "music-ml-chapter#machine-learning"
    assert intro.title == "Machine Learning"
    assert "In this chapter we're going to look at how to use Machine Learning" in intro.body
    assert "Bender, Futurama" in intro.body and "](" not in intro.body
    assert entries["how-ml-learns"].title == 'How ML "learns"'
    assert "```js" in entries["musicrnn"].body
    assert "music_rnn.initialize()" in entries["musicrnn"].body


# --- archive ------------------------------------------------------------------------


def test_archive_anchors_are_the_explicit_ones() -> None:
    explicit = re.findall(
        r"^# .*\{#([^}]+)\}\s*$", "\n".join(file_lines("data-archive-m.md")), re.M
    )
    # plus the one note whose "# Title {#anchor}" line the export lost (line 229)
    lost = explicit.index("manifold-learning") + 1
    expected = [*explicit[:lost], "many-to-many-relationships", *explicit[lost:]]
    assert list(entries_of("data-archive-m.md")) == expected


def test_archive_level1_heading_without_anchor_stays_inside_its_entry() -> None:
    entries = entries_of("data-archive-m.md")
    algorithms = entries["machine-learning-algorithms"]
    assert algorithms.id == "data-archive-m#machine-learning-algorithms"
    assert "# Supervised Learning" in algorithms.body
    assert "# Unsupervised Learning" in algorithms.body
    assert "Supervised Learning" in algorithms.see_also
    assert "supervised-learning" not in entries
    assert "Deploying using PyCaret" in entries["model-deployment"].body
    assert "Further Understanding" in entries["model-ensemble"].body


def test_archive_code_comments_and_markup() -> None:
    entries = entries_of("data-archive-m.md")
    assert "# Compiler flags\nCXXFLAGS = -Wall -g" in entries["makefile"].body
    ensemble = entries["model-ensemble"].body
    assert "combine the predictions of multiple individual models" in ensemble
    assert "the model's input data" in entries["model-observability"].body
    assert "Markov Decision Process (MDP) is a formal framework" in (
        entries["markov-decision-processes"].body
    )
    assert "Pasted image" not in entries["manifold-learning"].body


def test_no_code_comment_became_an_entry_anywhere() -> None:
    titles = {e.title.casefold() for e in all_entries()}
    for comment in ("make the data", "Compiler flags", "where", "MAE loss function", "plot"):
        assert comment.casefold() not in titles


# --- annotations --------------------------------------------------------------------


def test_annotation_anchors_follow_year_month_position() -> None:
    entries = entries_of("ml-annotations.txt")
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d+", a) for a in entries)
    first = entries["2023-12-1"]
    assert first.id == "ml-annotations#2023-12-1"
    assert first.title == "MLX (high overview)"
    assert "framework inspired by popular frameworks like PyTorch" in first.body


def test_annotation_positions_ignore_restarted_printed_numbers() -> None:
    lines = file_lines("ml-annotations.txt")
    entries = entries_of("ml-annotations.txt")
    vqa = entries["2020-03-3"]
    assert lines[vqa.line - 1].startswith("    1. Here")  # printed "1.", third of March 2020
    march = [a for a in entries if a.startswith("2020-03-")]
    start = lines.index("  15. Mar 2020")
    end = lines.index("  16. Oct 2018")
    printed = [x for x in lines[start:end] if re.match(r"^ {4}\d+\. ", x)]
    assert len(march) == len(printed) == max(int(a.rsplit("-", 1)[1]) for a in march)
    assert [int(x.split(".")[0]) for x in printed].count(1) > 1  # the numbers do restart


def test_annotation_empty_groups_titles_and_count_line() -> None:
    entries = entries_of("ml-annotations.txt")
    assert not [a for a in entries if a.startswith(("2022-08-", "2018-10-"))]
    assert entries["2021-01-6"].title == "Graduate Student Descent"  # comment is only ":)"
    no_comment = entries["2020-12-16"]
    assert no_comment.title.startswith("Venturebeat reports that 87% of data science")
    assert "Note:" not in no_comment.body
    assert len(entries) != int(file_lines("ml-annotations.txt")[0].split()[0])


# --- generic and options ------------------------------------------------------------


def test_generic_headings_terms_and_paragraphs() -> None:
    md = "# Bias\n\nError from assumptions.\n\n```\n# not a heading\n```\n\n### Variance\n\nSpread."
    entries = parse_text(md, "mine")
    assert [e.id for e in entries] == ["mine#bias", "mine#variance"]
    assert "# not a heading" in entries[0].body
    terms = parse_text("Bias: error from assumptions.\nVariance: spread of fits.", "t", "generic")
    assert [(e.title, e.body) for e in terms] == [
        ("Bias", "error from assumptions."),
        ("Variance", "spread of fits."),
    ]
    prose = parse_text("Gradient Descent\nAn optimisation method.\n\nA lone sentence.", "p")
    assert [e.title for e in prose] == ["Gradient Descent", "A lone sentence."]


def test_url_base_and_file_and_unknown_dialect() -> None:
    entries = parse_text("# Bias\n\ntext", "s", url_base="https://x.org/g/", file="g.md")
    assert entries[0].url == "https://x.org/g/#bias"
    assert entries[0].location == "g.md:1"
    assert parse_text("# Bias\n\ntext", "s")[0].url is None
    with pytest.raises(Exception, match="unknown dialect"):
        parse_text("x", "s", "nope")


def test_entry_line_points_at_the_entry_start_in_every_source() -> None:
    for name in ("ai-glossary-m.md", "ai-glossary-m-site.txt", "data-archive-m.md"):
        lines = file_lines(name)
        for entry in entries_of(name).values():
            assert entry.title.split()[0].casefold() in lines[entry.line - 1].casefold(), entry.id
