"""Static checks of eval/corpora/kernel-glossary/questions.jsonl (blind, round 48).

Run from the worktree root: ``python eval/check_kernel-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file in **Japanese** (``kernel-glossary.md``,
meg4ne1251/server-textbook's ``shared/glossary.md`` at a2a9277, the shared glossary of a
Japanese textbook on Linux server internals, no licence stated): ``## A〜Z`` / ``## あ行`` ..
``## や・ら・わ行`` sections of ``### 用語(English / 略語)`` headings, each over a bullet list
``- **定義**: ...`` / ``- **初出章**: ...`` / ``- **関連一次情報源**: ...`` /
``- **関連用語**: ...`` with hard-wrapped definition lines. The questions are in Japanese too.

Japanese has no spaces between words, so the shared whole-word grep (``\\b...\\b``) cannot see
a Japanese key term inside a longer run of kana / kanji. This script therefore also checks
every negative key term as a plain **substring** of the lower-cased file (stricter).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "kernel-glossary"
GLOSSARY = FOLDER / "kernel-glossary.md"
N = "kernel-glossary-"
# The key term(s) of each negative, lower case, Japanese and English forms with usual
# synonyms and abbreviations: none may occur in the glossary file (as a substring).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary
    f"{N}023": [
        "cgroup",
        "cgroups",
        "コントロールグループ",
        "control group",
        "コンテナ",
        "container",
        "リソース制限",
    ],
    f"{N}024": ["selinux", "apparmor", "強制アクセス制御", "mandatory access", "ラベル"],
    f"{N}025": ["ハードリンク", "ハード・リンク", "hard link", "hardlink"],
    f"{N}026": ["strace", "ptrace", "ltrace", "トレース", "trace"],
    f"{N}027": [
        "ヒュージページ",
        "huge page",
        "hugepage",
        "hugetlb",
        "thp",
        "ラージページ",
        "large page",
    ],
    f"{N}028": ["モジュール", "module", "insmod", "modprobe", "rmmod", "lsmod"],
    f"{N}029": ["cron", "crontab", "anacron", "定期実行", "timer"],
    f"{N}030": ["デッドロック", "deadlock", "循環待ち", "行き詰"],
    f"{N}031": ["trim", "fstrim", "discard", "ssd"],
    # named; several share a word with a title: I/Oスケジューラ (スケジューラ), 仮想マシン
    # (仮想メモリ), プロセスグループ (プロセス), journalctl (ジャーナリング), kswapd (デーモン,
    # スワップ), CPUアフィニティ (ロードバランシング's neighbourhood)
    f"{N}032": ["kswapd"],
    f"{N}033": [
        "i/oスケジューラ",
        "ioスケジューラ",
        "mq-deadline",
        "bfq",
        "kyber",
        "elevator",
        "エレベータ",
    ],
    f"{N}034": ["journalctl", "journald"],
    f"{N}035": ["仮想マシン", "virtual machine", "kvm", "qemu", "ハイパーバイザ", "hypervisor"],
    f"{N}036": ["スラブ", "slab", "slub", "kmalloc"],
    f"{N}037": ["inotify", "fanotify", "ファイル監視", "監視"],
    f"{N}038": ["epoll", "poll", "select"],
    f"{N}039": [
        "プロセスグループ",
        "process group",
        "セッション",
        "session",
        "setsid",
        "setpgid",
        "pgid",
    ],
    f"{N}040": ["アフィニティ", "affinity", "taskset", "sched_setaffinity"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def substring_errors() -> list[str]:
    text = GLOSSARY.read_text(encoding="utf-8").lower()
    return [
        f"{qid}: negative key term {t!r} occurs in {GLOSSARY.name} (substring)"
        for qid, terms in NEGATIVE_TERMS.items()
        for t in terms
        if t.lower() in text
    ]


if __name__ == "__main__":
    errors = substring_errors()
    for e in errors:
        print(e)
    if errors:
        sys.exit(1)
    sys.exit(run(PLAN))
