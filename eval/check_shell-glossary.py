"""Static checks of eval/corpora/shell-glossary/questions.jsonl (blind, held out in round 13).

Run from the worktree root: ``python eval/check_shell-glossary.py``. It never searches or
answers: it checks the plan below with ``heldout_checks.run`` (what that checks is in
eval/heldout_checks.py's docstring); the negative-term grep reads the whole glossary file
(bodies, anchors and link targets included).

The glossary is one Markdown file (``reference.md``, Software Carpentry's "The Unix Shell"
lesson reference page: a command table, a figure, a Pandoc definition-list glossary and link
lists), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``, so the negative-term grep reads it.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, run, shaped_plan

FOLDER = ROOT / "eval" / "corpora" / "shell-glossary"
KINDS = {
    "term": 4,
    "alias": 3,
    "paraphrase": 6,
    "content": 5,
    "comparison": 2,
    "two-part": 2,
    "negative": 18,
}
# negatives by shape: 9 described, 9 named (most sharing a word with an entry title)
SHAPES = {"described": range(23, 32), "named": range(32, 41)}
N = "shell-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: the concept is absent, its neighbourhood (variable, process, file system, path,
    # standard input/output, redirect, prompt, shell script, home directory, ls) is present
    f"{N}023": ["environment variable", "environment variables", "env var", "env", "export"],
    f"{N}024": ["symlink", "symbolic link", "hard link", "link", "ln", "shortcut"],
    f"{N}025": ["permission", "permissions", "chmod", "chown", "owner", "executable", "mode bits"],
    f"{N}026": ["background", "job", "jobs", "job control", "nohup", "bg"],
    f"{N}027": ["standard error", "stderr", "error stream", "2>"],
    f"{N}028": ["exit status", "exit code", "return code", "return value", "exit"],
    f"{N}029": ["hidden", "hidden file", "hidden files", "dotfile", "dotfiles", "bashrc"],
    f"{N}030": ["history", "command history", "up arrow", "arrow", "ctrl-r", "reverse search"],
    f"{N}031": ["cron", "crontab", "schedule", "scheduled", "scheduler"],
    # named, most sharing a word with an entry title (process, loop, pipe, shell, file system)
    f"{N}032": ["process substitution", "substitution"],
    f"{N}033": ["infinite loop", "infinite", "endless"],
    f"{N}034": ["named pipe", "fifo", "mkfifo"],
    f"{N}035": ["alias", "aliases"],
    f"{N}036": ["login shell", "login", "non-login"],
    f"{N}037": ["zombie", "zombie process", "defunct"],
    f"{N}038": ["file descriptor", "descriptor", "fd"],
    f"{N}039": ["brace expansion", "brace", "braces"],
    f"{N}040": ["mount point", "mount", "mounted"],
}

PLAN = shaped_plan(FOLDER, KINDS, SHAPES, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
