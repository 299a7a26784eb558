"""Static checks of eval/corpora/raku-glossary/questions.jsonl (blind, round 42).

Run from the worktree root: ``python eval/check_raku-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Perl POD file (``raku-glossary.pod``: "Synopsis 99: Glossary" of the Perl 6
design documents, Raku/old-design-docs ``S99-glossary.pod``): ``=encoding utf8``, ``=head1
TITLE`` / ``=head1 VERSION`` and an intro paragraph, then ``=head1 A`` .. ``=head1 Z`` letter
sections (plus ``=head1 *`` and ``=head1 :`` for symbols) over 555 ``=head2 TERM`` headings and
one ``=head3 ()``, each followed by plain POD paragraphs with ``L<...>`` / ``C<...>`` /
``B<...>`` / ``I<...>`` formatting codes and indented verbatim code blocks; 103 headings have
no text at all (stubs); titles that differ only in case (Camelia / camelia, Int / int, Match /
match, EXPORT / export, Repository / repository) and titles made of punctuation only (``.``,
``..``, ``...``, ``?``, ``(``, ``*``, ``$/``, ``++``, ``&``); ``=head1 AUTHORS`` and a ``=for
vim`` line at the end.

Written blind while the parser read no file from the folder (``.pod`` is not in
``GLOSSARY_SUFFIXES``: "no glossary files"): until it does, ``rag-glossary entries`` fails and
this script falls back to a by-hand reading (``--by-hand``, also chosen automatically): one
entry per ``=head2`` / ``=head3`` line, ANCHOR = the shared corpus README's ``slug`` of the
heading text (a repeat gets ``-1``, ``-2``: ``camelia-1``), body = the paragraphs after it up
to the next ``=head``; the negatives' grep reads the whole ``.pod`` file. The anchors used
are listed in eval/corpora/raku-glossary/README.md.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "raku-glossary"
GLOSSARY = FOLDER / "raku-glossary.pod"
N = "raku-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (hash / Zen slice, string / pod,
    # arity / signature / Subsignature, concurrency / thread / GIL, IRC jargon such as mumble /
    # edsel / WAT, golf / thinko, PBP / PPI, laziness / precomp, gradual / static typing / role)
    # is in the glossary
    f"{N}023": ["autovivification", "autovivify", "autovivified", "autoviv", "vivify"],
    f"{N}024": ["heredoc", "heredocs", "here document", "here-doc", "here-document", "q:to"],
    f"{N}025": [
        "currying",
        "curry",
        "curried",
        "priming",
        "assuming",
        "partial application",
        "partially applied",
    ],
    f"{N}026": ["deadlock", "deadlocks", "deadlocked", "deadly embrace", "livelock"],
    f"{N}027": ["bikeshed", "bikeshedding", "bike shed", "bike-shedding", "parkinson"],
    f"{N}028": ["yak", "yak shaving", "yak-shaving", "yak shave"],
    f"{N}029": [
        "lint",
        "linter",
        "linting",
        "perlcritic",
        "perl::critic",
        "critic",
        "static analysis",
        "static analyzer",
    ],
    f"{N}030": [
        "memoize",
        "memoization",
        "memoise",
        "memoisation",
        "memoized",
        "cache",
        "cached",
        "caching",
    ],
    f"{N}031": ["duck", "duck typing", "duck-typing", "structural typing"],
    # named; eight share a word with a title: hash collision (hash), cpan testers (CPAN), git
    # rebase (git, git submodule), stack overflow (stack frame), code coverage (dead code, source
    # code, machine code), bug bounty (Bug report), named capture (capture), virtual memory
    # (Virtual Machine); yapc next to advent calendar / FOSDEM in christmas
    f"{N}032": ["collision", "collisions", "hash collision"],
    f"{N}033": ["testers", "cpan testers", "smoke", "smoker", "smoke test"],
    f"{N}034": ["rebase", "rebasing", "squash"],
    f"{N}035": ["overflow", "stack overflow", "stackoverflow"],
    f"{N}036": ["coverage", "code coverage", "test coverage"],
    f"{N}037": ["bounty", "bug bounty", "reward"],
    f"{N}038": ["named capture", "named captures", "named group"],
    f"{N}039": ["virtual memory", "paging", "page file", "swap space"],
    f"{N}040": ["yapc", "conference", "perl mongers", "workshop"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(title + body): one entry per =head2 / =head3 heading, up to the next =head."""
    entries: dict[str, str] = {}
    seen: Counter[str] = Counter()
    text = GLOSSARY.read_text(encoding="utf-8")
    parts = re.split(r"^=head([1-4]) (.*)\n", text, flags=re.MULTILINE)
    for level, title, body in zip(parts[1::3], parts[2::3], parts[3::3], strict=True):
        if level not in ("2", "3"):
            continue
        anchor = slug(title)
        key = f"raku-glossary#{anchor}" + (f"-{seen[anchor]}" if seen[anchor] else "")
        seen[anchor] += 1
        assert key not in entries, key
        entries[key] = flat(f"{title} {body}")
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(PLAN, hand_entries(), GLOSSARY, "the =head2 / =head3 terms")


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
