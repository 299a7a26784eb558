"""Static checks of eval/corpora/langchain-glossary/questions.jsonl (blind, round 59).

Run from the worktree root: ``python eval/check_langchain-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring), that the loader read the one ``.md`` file, and that
no negative's key term (whole words) or Swahili stem (substrings) is in the glossary.

The glossary is one **Markdown file in Swahili** (``langchain-glossary.md``: the Swahili
translation of the glossary of Microsoft's course "LangChain4j for Beginners",
roryp/LangChain4j-for-Beginners ``translations/sw/docs/GLOSSARY.md``, machine-translated by
Microsoft's Co-op Translator; MIT like the course; saved from ``read_file``'s text, the
repository's snapshot being too large to fetch). It opens with a ``<!-- CO_OP_TRANSLATOR_METADATA
... -->`` comment holding a JSON object, a ``#`` title ("LangChain4j Kamusi ya Maneno"), a
``## Yaliyomo`` table of contents whose nine links all point to ``../../../docs``, then nine
``##`` sections (Misingi, Vipengele vya LangChain4j, Dhana za AI/ML, Uhandisi wa Prompt, RAG,
Wakala na Zana, Itifaki ya Muktadha wa Mfano (MCP), Huduma za Azure, Ujaribu na Maendeleo),
six of them with a ``- [Moduli NN](...)`` link in the heading, and 69 paragraphs ``**Term** -
Swahili definition.``, 19 of them ending in a ``[Moduli NN](../NN-name/README.md)`` link; a
translator's disclaimer in an HTML comment closes the file. The **terms stay in English**
(``Hallucination``, ``MessageWindowChatMemory``, ``@Tool Annotation``, ``Stateful vs
Stateless``, ``UserMessage / AiMessage / SystemMessage``); only the definitions are Swahili,
with English words inside (``tokens``, ``embeddings``, ``prompts``, ``overlap``), arrows
(``Pakua → gawanya → weka embeddings → hifadhi``) and one definition left in English
(``Bicep``).

Written blind while the parser read 69 entries from the file (one per bold term, ids the slug
of the term, ``LLM`` and ``azd`` as aliases), so the script checks the parser's entries;
``--by-hand`` (or a loader that reads other ids) checks its own reading of the bold-term
paragraphs, which gives the same 69 ids.

Swahili glues its prefixes and infixes to the stem (kufupisha, yamefupishwa, mashambulizi), so
besides the whole-word NEGATIVE_TERMS every negative's Swahili stems are checked as substrings
of the lower-cased file (``NEGATIVE_STEMS``).
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
    main_stems_absent,
    slug,
)

FOLDER = ROOT / "eval" / "corpora" / "langchain-glossary"
GLOSSARY = FOLDER / "langchain-glossary.md"
N = "langchain-glossary-"
TERMS_IN_FILE = 69
# The key term(s) of each negative, lower case, with usual synonyms in English and Swahili:
# none may occur in the glossary file (whole words, case-insensitive). "semantic" (Semantic
# Search) and "spring" (Spring Boot) are in the file: only the whole names are listed.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (LLM / Few-Shot
    # Learning; Role-Based Prompting / UserMessage / SystemMessage; ContentRetriever /
    # Similarity Score / Vector Database; ChatModel / Tokens; Azure OpenAI / Tokens' limits;
    # Temperature / Reasoning Effort; Semantic Search ("si maneno muhimu") / Azure AI Search;
    # Embeddings / EmbeddingModel; ChatMemory / MessageWindowChatMemory / Context Window)
    f"{N}023": [
        "fine-tuning",
        "fine-tune",
        "fine-tuned",
        "finetuning",
        "finetune",
        "fine tuning",
        "weights",
        "lora",
        "training",
        "retraining",
        "kufundisha",
        "uzito",
    ],
    f"{N}024": [
        "prompt injection",
        "injection",
        "jailbreak",
        "jailbreaking",
        "guardrail",
        "guardrails",
        "shambulio",
        "mashambulizi",
    ],
    f"{N}025": ["rerank", "reranking", "re-ranking", "reranker", "re-rank", "cross-encoder"],
    f"{N}026": [
        "streaming",
        "stream",
        "streamingchatmodel",
        "token by token",
        "sse",
        "server-sent events",
    ],
    f"{N}027": [
        "rate limit",
        "rate limiting",
        "rate",
        "429",
        "throttling",
        "throttle",
        "quota",
        "kikomo",
    ],
    f"{N}028": ["top-p", "top_p", "topp", "top p", "nucleus", "sampling", "top-k", "top_k"],
    f"{N}029": ["hybrid search", "hybrid", "bm25", "keyword search", "keyword", "keywords"],
    f"{N}030": ["dimension", "dimensions", "dimensionality", "1536", "3072"],
    f"{N}031": [
        "summarization",
        "summarisation",
        "summary",
        "summarize",
        "summarizing",
        "kufupisha",
        "ufupisho",
    ],
    # named; several share a word with a title: TokenWindowChatMemory (ChatMemory), Azure
    # Functions ("azure": Azure OpenAI and others), vector quantization ("vector": Vector
    # Database), Semantic Kernel ("semantic": Semantic Search), prompt caching ("prompt":
    # Prompt), Spring AI ("spring": Spring Boot), GraphRAG / knowledge graph (RAG), tool
    # poisoning ("tool": Tool), load testing ("testing": Integration / In-Memory Testing)
    f"{N}032": ["tokenwindowchatmemory", "token window"],
    f"{N}033": ["azure functions", "functions", "serverless"],
    f"{N}034": ["quantization", "quantisation", "quantized", "quantize"],
    f"{N}035": ["semantic kernel", "kernel"],
    f"{N}036": ["prompt caching", "caching", "cache", "cached"],
    f"{N}037": ["spring ai"],
    f"{N}038": ["graphrag", "knowledge graph", "graph"],
    f"{N}039": ["tool poisoning", "poisoning", "poison"],
    f"{N}040": ["load testing", "load test", "load", "stress testing", "jmeter", "k6"],
}
# Substrings absent from the whole lower-cased file (Swahili affixes are glued on).
NEGATIVE_STEMS = (
    "fine-tun",
    "finetun",
    "fundish",
    "uzito",
    "inject",
    "jailbr",
    "guardrail",
    "shambul",
    "rerank",
    "re-rank",
    "stream",
    "throttl",
    "quota",
    "kikomo",
    "nucleus",
    "sampl",
    "hybrid",
    "bm25",
    "keyword",
    "dimension",
    "summar",
    "fupish",
    "fupisho",
    "quantiz",
    "quantis",
    "kernel",
    "cach",
    "graph",
    "poison",
    "jmeter",
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
    glossary_phrases=("Kamusi ya Maneno", "Modeli inajitathmini"),
)

# One glossary entry: a paragraph ``**Term** - definition`` (the definition is one line).
ENTRY = re.compile(r"^\*\*(.+?)\*\* - (.*)$", re.M)


def hand_entries() -> dict[str, str]:
    """id -> flat(term + definition): one entry per bold-term paragraph, ANCHOR = the shared
    corpus README's slug of the term (the parser's reading gives the same 69 ids)."""
    text = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for term, definition in ENTRY.findall(text):
        anchor = f"langchain-glossary#{slug(term)}"
        assert anchor not in entries, anchor
        entries[anchor] = flat(f"{term} {definition}")
    assert len(entries) == TERMS_IN_FILE, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the bold-term paragraphs, keyed by their term"
    )


if __name__ == "__main__":
    sys.exit(main_stems_absent(PLAN, by_hand, GLOSSARY, NEGATIVE_STEMS))
