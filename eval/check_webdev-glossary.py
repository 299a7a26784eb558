"""Static checks of eval/corpora/webdev-glossary/questions.jsonl (blind, round 50).

Run from the worktree root: ``python eval/check_webdev-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Ruby source file (``webdev-glossary.rb``, hmccutchen/code-gym-rails's
``app/models/glossary.rb``, the curated term list of a Rails 8 coding-practice app): a
comment block, then ``module Glossary`` whose constant ``TERMS = { ... }.freeze`` is a hash
literal of 184 ``"lower-case term" => "one-sentence definition",`` pairs (many pairs are
spelling variants with the very same definition: "closure" / "closures", "n+1" /
"n_plus_one", "over-mocking" / "over mocking"), followed by ordinary code: a
``def self.lookup(term)`` method and a ``TERM_PATTERN = Regexp.union(...)`` constant with a
long comment. Topic: full-stack web development concepts (JavaScript and React, TypeScript,
Rails and ActiveRecord, databases, testing, deployment, system design, code smells). The
questions are in English, typed like users type (lower case, missing "?", typos).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "webdev-glossary"
N = "webdev-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations:
# none may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (static site
    # generation, mutex, indexing / caching, cache invalidation, query object / service
    # object, pub/sub / event emitter, transaction / rollback, mock / stub, -)
    f"{N}023": ["hydration", "hydrate", "server-side rendering", "server side rendering", "ssr"],
    f"{N}024": ["readers-writer", "read-write lock", "rwlock", "shared lock", "readers"],
    f"{N}025": ["bloom", "false positive", "false positives", "probabilistic"],
    f"{N}026": ["stampede", "thundering herd", "herd", "dogpile"],
    f"{N}027": ["cqrs", "command query", "command-query", "segregation"],
    f"{N}028": ["event sourcing", "sourcing", "event store", "append-only", "append only"],
    f"{N}029": ["saga", "compensating", "two-phase commit", "2pc"],
    f"{N}030": ["property-based", "fuzz", "fuzzing", "quickcheck", "randomly generated"],
    f"{N}031": ["css", "media query", "media queries", "responsive", "breakpoint", "layout"],
    # named; several share a word with a title: union find (union type), composite key
    # (composite index), factory pattern (adapter / decorator / observer ... pattern), dead
    # letter queue (microtask queue), memory barrier (memory leak), covering index (composite
    # index, missing index), liskov substitution principle (single responsibility
    # principle), event delegation (event loop, event emitter), service worker (service
    # object, service boundaries)
    f"{N}032": ["union-find", "union find", "disjoint set", "disjoint"],
    f"{N}033": ["composite key", "compound key"],
    f"{N}034": ["factory", "factories"],
    f"{N}035": ["dead letter", "dead-letter", "dlq"],
    f"{N}036": ["memory barrier", "memory fence", "fence"],
    f"{N}037": ["covering index", "covering", "index-only"],
    f"{N}038": ["liskov", "substitution", "lsp"],
    f"{N}039": ["delegation", "delegate", "bubbling"],
    f"{N}040": ["service worker", "service workers"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
