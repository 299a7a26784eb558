"""Static checks of eval/corpora/csh-glossary/questions.jsonl (blind, round 59).

Run from the worktree root: ``python eval/check_csh-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one **troff source file for the -ms macros** (``csh-glossary.g``: the
glossary of William Joy's "An Introduction to the C shell", ``csh.g`` of the 4.4BSD user's
supplementary documents, copied here from mikekmv/aeriebsd-src ``bin/csh/USD.doc/csh.g``,
"Copyright (c) 1980, 1993 The Regents of the University of California", 3-clause BSD licence
in the file's own comment block). It opens with 30 ``.\\"`` comment lines (the licence and the
SCCS id ``@(#)csh.g 8.1 (Berkeley) 6/8/93``), then ``.SH`` / ``Glossary`` / ``.PP`` and an
introduction, then 146 entries, each an indented paragraph ``.IP term`` (``.IP "absolute
pathname"`` quoted when it has a space, or ``.IP "core\\ dump"`` with an escaped space; the
first ``.IP \\&\\fB.\\fR 15n`` sets the indent) followed by its text, in alphabetical order.
Titles hold troff escapes: ``\\&`` before a leading dot (``\\&.cshrc``, ``\\&.login``),
``\\fB..\\fR`` (bold), ``\\s-2EOF\\s0`` (small caps: DELETE, EOF, RUBOUT, UNIX), a trailing
colon (``default:``) or dash (``control-``), a slash (``/etc/passwd``). The texts are one
phrase a line with ``.I word`` (italic) request lines in the middle of sentences, ``.DS`` /
``.DE`` displays of commands, ``.br``, ``\\e`` for a backslash, ``\\-`` for a minus, section
references like ``(1.6, 2.3)``, seven ``.\\"`` comment lines inside entries (bin, ps);
four entries are only "See ..." pointers (shell script, special character, standard,
variable expansion).

Written blind while the parser read no file of the folder (``rag-glossary entries`` exits 2:
"no glossary files", ``.g`` is not among the suffixes it reads), so the ids were keyed by
hand: one entry per ``.IP`` request, ANCHOR = the shared corpus README's ``slug`` of the term
after removing the troff escapes (``command-substitution``, ``directory-stack``, ``cshrc``,
``eof``, ``exit-status``); text = the term and the raw lines up to the next ``.IP`` (request
lines left in, as ``flat`` reads them). Two slugs repeat (``.`` and ``..`` both give the empty
slug, ``.logout`` gives ``logout`` like ``logout``): the second gets ``-1``; none is keyed.
Until the loader reads the file this script checks that reading (``main_keyed`` falls back
to it).
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, main_keyed, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "csh-glossary"
GLOSSARY = FOLDER / "csh-glossary.g"
N = "csh-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and spellings: none may
# occur in the glossary file (whole words, case-insensitive). Not "complete" (a plain word
# of the file), not "group" (extension: "groups of related files").
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (alias / pathname /
    # directory; filename expansion / history; time / repeat / detached; extension / mail;
    # login shell / port / tty; background / process / ps; /etc/passwd / directory;
    # cp / directory; cp / filename)
    f"{N}023": ["symbolic link", "symlink", "symlinks", "ln", "link", "links", "hard link"],
    f"{N}024": ["completion", "filec", "tab", "autocomplete", "autocompletion"],
    f"{N}025": ["cron", "crontab", "nightly", "schedule", "scheduled", "scheduler", "at(1)"],
    f"{N}026": [
        "tar",
        "compress",
        "compression",
        "compressed",
        "archive",
        "zip",
        "gzip",
    ],
    f"{N}027": ["rlogin", "telnet", "ssh", "remote", "network", "rsh"],
    f"{N}028": ["nice", "renice", "priority"],
    f"{N}029": ["chown", "chgrp", "owner", "ownership", "owns"],
    f"{N}030": ["recursive", "recursively", "cp -r"],
    f"{N}031": ["mv", "rename", "renaming", "renamed"],
    # named; several share a word with a title: job scheduling ("job": job, job control,
    # job number), pipeline hazard ("pipeline": pipeline), signal to noise ("signal":
    # signal), port scanning ("port": port), process mining ("process": process), root
    # cause analysis ("root": root), string theory ("string": string), word embeddings
    # ("word": word), foreground service ("foreground" / "background": the two entries)
    f"{N}032": ["round robin", "round-robin", "scheduling"],
    f"{N}033": ["hazard", "hazards", "instruction pipeline"],
    f"{N}034": ["signal to noise", "signal-to-noise", "noise", "snr"],
    f"{N}035": ["port scan", "port scanning", "scanning", "nmap"],
    f"{N}036": ["process mining", "mining"],
    f"{N}037": ["root cause", "root-cause", "rca"],
    f"{N}038": ["string theory"],
    f"{N}039": ["word embedding", "word embeddings", "embedding", "embeddings", "word2vec"],
    f"{N}040": ["android", "service", "foreground service"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

# One glossary entry: an ``.IP`` request line; its argument is the term (quoted when it holds
# a space), an optional second argument the indent (``15n``).
ENTRY = re.compile(r'^\.IP (?:"([^"]*)"|(\S+))', re.M)
# troff escapes in the terms: \& (zero width), \fB \fR \fP \f1 (fonts), \s-2 \s0 (sizes).
ESCAPES = re.compile(r"\\&|\\f[BRPI1]|\\s-?\d")


def term(raw: str) -> str:
    """The term of an ``.IP`` argument, troff escapes removed, ``\\ `` read as a space."""
    return ESCAPES.sub("", raw).replace("\\ ", " ")


def hand_entries() -> dict[str, str]:
    """id -> flat(term + raw text): one entry per ``.IP`` request, ANCHOR = the shared corpus
    README's slug of the term (a repeated slug gets -1); the text runs to the next ``.IP``
    (the last one to the end of the file), troff requests left in."""
    text = GLOSSARY.read_text(encoding="utf-8")
    calls = list(ENTRY.finditer(text))
    entries: dict[str, str] = {}
    for i, call in enumerate(calls):
        end = calls[i + 1].start() if i + 1 < len(calls) else len(text)
        name = term(call.group(1) if call.group(1) is not None else call.group(2))
        anchor = f"csh-glossary#{slug(name)}"
        n = 0
        while anchor in entries:
            n += 1
            anchor = f"csh-glossary#{slug(name)}-{n}"
        entries[anchor] = flat(f"{name} {text[call.end() : end]}")
    assert len(entries) == 146, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the .IP requests, keyed by their term"
    )


if __name__ == "__main__":
    sys.exit(main_keyed(PLAN, by_hand))
