"""Static checks of eval/corpora/seyyarivu-glossary/questions.jsonl (blind, round 59).

Run from the worktree root: ``python eval/check_seyyarivu-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring), that the loader read the one ``.md`` file, and that
no negative's key term is in the glossary.

The glossary is one **Markdown file** in **Tamil** (``seyyarivu-glossary.md``:
kpassoubady/tamil-glossary's ``ai-tamil-glossary.md``, "தமிழ் AI கலைச்சொற்கள் — பதிப்பு 3",
Tamil coinages for AI terms after the சொல்லாய்வு (Sollaayvu) Facebook group, CC BY 4.0).
After a title, a numbered list of six coining rules and a ``---``, one pipe table
``| English | Primary Tamil Word | Alternative Tamil Words | Notes / Explanation |`` holds 313
rows: the English term (``Abductive Reasoning``, ``Retrieval-Augmented Generation (RAG)``),
the Tamil coinage (``மதிமயக்கம்``, ``செய்யுரையினி``), alternatives separated by ``/`` or ``,``
(or ``—`` for none), and a Tamil explanation that often opens with the coinage's parts
(``மதி (intellect) + மயக்கம் (delusion).``), with English words and examples in Latin
letters and ``[^1]`` footnote marks for Sollaayvu coinages. A version history (bullets with
bold labels) and a contact line follow the table.

Written blind while the parser read 325 entries from the file (313 table rows keyed by the
slug of the English column, plus 12 from the Tamil prose: the rule list, the version history,
the contact lines), so the script checks the parser's entries; ``--by-hand`` (or a loader
that reads nothing) checks its own reading of the table rows, which gives the same 313 row ids.

Tamil glues case endings to words (மாதிரியின், தரவுகளை), and Python's ``\\b`` falls between
a consonant and a dependent vowel sign or virama, so besides the whole-word NEGATIVE_TERMS
every Tamil key term is also checked as a substring of the lower-cased file (STEMS).
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import (
    OUTSIDE_KINDS,
    OUTSIDE_NEGATIVES,
    ROOT,
    corpus_plan,
    flat,
    slug,
)

FOLDER = ROOT / "eval" / "corpora" / "seyyarivu-glossary"
GLOSSARY = FOLDER / "seyyarivu-glossary.md"
N = "seyyarivu-glossary-"
ROWS_IN_TABLE = 313
# The key term(s) of each negative, lower case, with usual synonyms in English and Tamil:
# none may occur in the glossary file (whole words, case-insensitive). Not "privacy"-like
# words the file uses for other things; not "adam" (Optimizer names Adam, SGD, AdamW).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Classification /
    # Supervised Learning; Classification / Precision / Recall / F1 Score; Validation Set /
    # Evaluation; Overfitting / Epoch / Validation Set; Data Centre / Tensor / Inference;
    # Deepfake / Image Generation; Gradient / Backpropagation; Feature Extraction / Vector
    # Embeddings; Machine Translation / N-gram / Evaluation)
    f"{N}023": [
        "random forest",
        "decision tree",
        "decision trees",
        "ensemble",
        "bagging",
        "முடிவு மரம்",
        "சீரற்ற காடு",
    ],
    f"{N}024": [
        "confusion matrix",
        "true positive",
        "false positive",
        "குழப்ப அணி",
        "குழப்ப அட்டவணை",
    ],
    f"{N}025": [
        "cross-validation",
        "cross validation",
        "k-fold",
        "குறுக்குச் சரிபார்ப்பு",
        "குறுக்குச் சோதனை",
    ],
    f"{N}026": ["early stopping", "முன்கூட்டியே நிறுத்தல்", "முன்நிறுத்தம்"],
    f"{N}027": ["gpu", "gpus", "nvidia", "cuda", "graphics card", "வரைகலை", "வரைகலைச் செயலி"],
    f"{N}028": ["watermark", "watermarking", "நீர்க்குறி", "நீர்க்குறியிடல்"],
    f"{N}029": [
        "vanishing gradient",
        "vanishing",
        "exploding gradient",
        "exploding",
        "மறையும் சரிவு",
    ],
    f"{N}030": ["one-hot", "one hot", "dummy variable", "ஒற்றைச் சூடு"],
    f"{N}031": ["bleu", "rouge", "meteor", "bleu score"],
    # named; several share a word with a title: batch normalization ("batch": Batch Size),
    # Q-learning ("learning": Reinforcement Learning (RL)), logistic regression
    # ("regression": Autoregressive Model's gloss), LSTM ("network": Recurrent Neural Network),
    # learning rate scheduler ("learning rate": Learning Rate), PCA ("analysis": Sentiment
    # Analysis), sliding window attention ("window" / "attention": Context Window,
    # Attention), model card ("model": Language Model), Markov chain ("chain": Chain of
    # Thought, Prompt Chaining)
    f"{N}032": ["batch normalization", "batchnorm", "normalization", "தொகுதி இயல்பாக்கம்"],
    f"{N}033": ["q-learning", "q learning", "bellman", "q-value"],
    f"{N}034": ["logistic regression", "logistic", "தளவாடப் பின்னடைவு"],
    f"{N}035": ["lstm", "long short-term memory", "நீண்ட குறுகிய கால நினைவகம்"],
    f"{N}036": ["scheduler", "warmup", "warm-up", "learning rate schedule"],
    f"{N}037": ["pca", "principal component", "principal component analysis", "முதன்மைக் கூறு"],
    f"{N}038": ["sliding window", "sliding window attention", "நழுவும் சாளரம்"],
    f"{N}039": ["model card", "model cards", "மாதிரி அட்டை"],
    f"{N}040": ["markov", "markov chain", "மார்க்கோவ்"],
}

# Every Tamil key term is a stem too: ``\b`` misses a word ending in a vowel sign or virama.
TAMIL = tuple(
    t for terms in NEGATIVE_TERMS.values() for t in terms if re.search("[\u0b80-\u0bff]", t)
)

PLAN = corpus_plan(
    FOLDER,
    OUTSIDE_KINDS,
    NEGATIVE_TERMS,
    formats=True,
    two_sided_comparisons=True,
    negative_ranges=OUTSIDE_NEGATIVES,
    unique_questions=True,
    glossary_files={".md": 1},
    glossary_phrases=("மதிமயக்கம்", "Primary Tamil Word"),
)

# One row of the pipe table: English | Primary Tamil | Alternatives | Notes / Explanation.
ROW = re.compile(r"^\| ([^|]+?) \| ([^|]*?) \| ([^|]*?) \| (.*) \|$", re.M)


def hand_entries() -> dict[str, str]:
    """id -> flat(English + Tamil + alternatives + explanation): one entry per table row,
    ANCHOR = the shared corpus README's slug of the English column (the parser's reading
    gives the same 313 row ids, plus 12 prose entries this reading leaves out)."""
    text = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for english, tamil, alternatives, notes in ROW.findall(text):
        if english in ("English", "---"):
            continue
        anchor = f"seyyarivu-glossary#{slug(english)}"
        assert anchor not in entries, anchor
        entries[anchor] = flat(f"{english} {tamil} {alternatives} {notes}")
    assert len(entries) == ROWS_IN_TABLE, len(entries)
    return entries


def stems_absent() -> list[str]:
    text = GLOSSARY.read_text(encoding="utf-8").lower()
    return [f"stem '{s}' is in the glossary" for s in TAMIL if s in text]


def by_hand() -> int:
    return heldout_checks.run_by_hand(PLAN, hand_entries(), GLOSSARY, "the rows of the pipe table")


def main() -> int:
    errors = stems_absent()
    if errors:
        print("\n".join(errors))
        return 1
    return heldout_checks.main(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
