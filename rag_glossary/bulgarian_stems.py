"""A light stemmer for Bulgarian, which Snowball lacks (language_stems.py).

Bulgarian marks a noun's definiteness with an ending ("табла", "таблата"; "пул", "пулът";
"капии", "капиите") and its plural with another ("пул", "пулове"; "капия", "капии"), so a
question's "таблата" and "мъртвите пулове" never met the entries' "табла", "мъртъв пул" as
words. This is J. Savoy's light stemmer for Bulgarian ("Searching strategies for the
Bulgarian language", Information Retrieval 10, 2007): the article dropped, then the plural,
then one closing vowel, with the few letter changes the plural makes ("-ци" of "-к",
"-зи" of "-г", "-си" of "-х"). A word of three letters or fewer is kept as written.
"""

from __future__ import annotations


def bulgarian_stem(word: str) -> str:
    """The stem of a lowercase Bulgarian word: "таблата" and "табла" "табл", "пулове" and
    "пул" "пул", "капиите" and "капия" "капи"."""
    if len(word) < 4:
        return word
    if len(word) > 5 and word.endswith("ища"):
        return word[:-3]
    stem = _plural(_article(word))
    if len(stem) > 3 and stem[-1] in "яаое":
        stem = stem[:-1]
    if len(stem) > 4 and stem.endswith("ен"):
        stem = stem[:-2] + "н"
    if len(stem) > 5 and stem[-2] == "ъ":
        stem = stem[:-2] + stem[-1]
    return stem


def _article(word: str) -> str:
    if len(word) > 6 and word.endswith("ият"):
        return word[:-3]
    if len(word) > 5 and word.endswith(("ът", "то", "те", "та", "ия")):
        return word[:-2]
    if len(word) > 4 and word.endswith("ят"):
        return word[:-2]
    return word


def _plural(word: str) -> str:
    if len(word) > 6:
        if word.endswith("овци"):
            return word[:-3]
        if word.endswith("ове"):
            return word[:-3]
        if word.endswith("еве"):
            return word[:-3] + "й"
    if len(word) > 5:
        if word.endswith("ища"):
            return word[:-3]
        if word.endswith("та"):
            return word[:-2]
        if word.endswith("ци"):
            return word[:-2] + "к"
        if word.endswith("зи"):
            return word[:-2] + "г"
        if word[-3] == "е" and word[-1] == "и":
            return word[:-3] + "я" + word[-2]
    if len(word) > 4:
        if word.endswith("си"):
            return word[:-2] + "х"
        if word.endswith("и"):
            return word[:-1]
    return word
