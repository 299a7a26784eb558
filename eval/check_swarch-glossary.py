"""Static checks of eval/corpora/swarch-glossary/questions.jsonl (blind, round 48).

Run from the worktree root: ``python eval/check_swarch-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file in **Vietnamese** (``swarch-glossary.md``,
nguyentantai21042004/co3017-software-architecture's ``document/glossary.md``, the vocabulary
of a software-architecture course project, an Intelligent Tutoring System; no licence
stated): ``## A`` .. ``## Z`` letter sections, each term a ``### English Term`` heading over two
lines ``**Tiếng Việt**: Vietnamese name`` and ``**Giải thích**: Vietnamese definition`` (two
trailing spaces as a Markdown line break), eight ``### X - See Y`` pointer headings with no
body. The questions are in Vietnamese, typed as Vietnamese users do (some without
diacritics, "la gi", "ko", "j", English terms mixed in).

Vietnamese users often drop the diacritics, so a negative's key term must be absent both as
written and with diacritics stripped (``đ`` -> ``d``, combining marks dropped) from both the
term and the file: ``no_diacritics_errors`` checks that on top of heldout_checks' grep.
"""

from __future__ import annotations

import re
import sys
import unicodedata

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "swarch-glossary"
GLOSSARY = FOLDER / "swarch-glossary.md"
N = "swarch-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations (in
# Vietnamese and English, with and without diacritics): none may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary
    f"{N}023": ["circuit breaker", "circuit", "breaker", "ngắt mạch", "ngat mach", "cầu dao"],
    f"{N}024": [
        "rate limit",
        "rate limiting",
        "rate limiter",
        "throttling",
        "throttle",
        "giới hạn tốc độ",
        "giới hạn tần suất",
        "quota",
    ],
    f"{N}025": ["cqrs", "command query", "command query responsibility segregation", "đọc ghi"],
    f"{N}026": [
        "saga",
        "compensating",
        "compensation",
        "bù trừ",
        "hoàn tác",
        "giao dịch",
        "distributed transaction",
        "rollback",
    ],
    f"{N}027": [
        "canary",
        "rollout",
        "phát hành dần",
        "feature flag",
        "feature toggle",
        "progressive delivery",
    ],
    f"{N}028": [
        "đạo văn",
        "gian lận",
        "chép bài",
        "sao chép bài",
        "plagiarism",
        "cheating",
    ],
    f"{N}029": ["quên", "lãng quên", "ebbinghaus", "forgetting", "forgetting curve", "đường cong"],
    f"{N}030": [
        "jwt",
        "token",
        "json web token",
        "đăng nhập",
        "login",
        "authentication",
        "oauth",
        "session",
        "cookie",
        "ký số",
    ],
    f"{N}031": ["dead letter", "dead-letter", "dlq", "thư chết", "hàng đợi riêng", "poison"],
    # named; several share a word with a title: event sourcing (Event, Event Publishing),
    # service mesh (Service, Service Dependency), vertical scaling (Horizontal Scaling),
    # mutation testing (Testing, Property-Based Testing), LMS (Learner, Learning Path),
    # item response theory (Assessment's neighbourhood), GraphQL (REST API), observer pattern
    # (Strategy Pattern, Repository Pattern), Docker Swarm (Docker, Docker Compose)
    f"{N}032": ["event sourcing", "sourcing"],
    f"{N}033": ["service mesh", "mesh", "istio", "sidecar", "linkerd"],
    f"{N}034": ["vertical", "vertical scaling", "scale up", "mở rộng dọc", "scale dọc"],
    f"{N}035": ["mutation", "mutation testing", "đột biến"],
    f"{N}036": ["lms", "learning management system", "moodle"],
    f"{N}037": ["item response", "item response theory", "irt"],
    f"{N}038": ["graphql"],
    f"{N}039": ["observer", "observer pattern", "quan sát"],
    f"{N}040": ["swarm", "docker swarm"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def strip_diacritics(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def no_diacritics_errors() -> list[str]:
    corpus = strip_diacritics(GLOSSARY.read_text(encoding="utf-8").lower())
    return [
        f"{rid}: '{t}' (without diacritics) is in the glossary"
        for rid, terms in NEGATIVE_TERMS.items()
        for t in terms
        if re.search(rf"\b{re.escape(strip_diacritics(t))}\b", corpus)
    ]


def hand_entries() -> dict[str, str]:
    """id -> flat(title + text): one entry per ``### `` heading (pointers included)."""
    entries: dict[str, str] = {}
    title = None
    body: list[str] = []
    for line in [*GLOSSARY.read_text(encoding="utf-8").splitlines(), "## end"]:
        if line.startswith("#"):
            if title is not None:
                entries[f"swarch-glossary#{slug(title)}"] = flat(f"{title} {' '.join(body)}")
            title = line[4:].strip() if line.startswith("### ") else None
            body = []
        elif title is not None:
            body.append(line.replace("**", ""))
    assert len(entries) == 235, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(PLAN, hand_entries(), GLOSSARY, "the ### headings")


if __name__ == "__main__":
    extra = no_diacritics_errors()
    print("\n".join(extra) or "OK: no negative key term in the glossary without diacritics")
    sys.exit(heldout_checks.main(PLAN, by_hand) or (1 if extra else 0))
