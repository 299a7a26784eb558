"""Names a story refers back to: a question that tells a story and closes by asking what
"it" or "that" means names its term in the story, as an entry's full title written there
or as a quoted name (asked_back.statement_asked_back finds the closing question).
``CoverageIndex`` (lookup.py) asks these when the grammar finds no name. Here too: a short
English question's key term opened by a word no entry writes (unknown_modifier.py), and a
non-English one's glossary word after such a word (unknown_named.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.coverage.asked_back import statement_asked_back
from rag_glossary.coverage.asking_part import STORY_WORDS, closing_sentence
from rag_glossary.coverage.glossary_language import frame_words, question_forms
from rag_glossary.coverage.language_parts import LanguageParts
from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.question_forms import asks_for_a_name
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.coverage.unknown_modifier import purpose_after, unknown_modifier
from rag_glossary.coverage.unknown_named import unknown_before
from rag_glossary.everyday import everyday_in, everyday_words

NAMED_HITS = 3  # an entry the question names must rank this high to anchor it
_TITLE_SPAN = 6  # the longest title looked for in a story's words
_QUOTED = re.compile(r"(?<!\w)['\"‘“]([^'\"’”]+)['\"’”](?!\w)")
# how high an entry whose title a story's closing question writes must rank: 3 to 6 answer
# the same negatives (none) on the 192 sets, 5 one more question (a title ranked 5th)
_CLOSING_HITS = 5
_PREFIX = 2  # "bi" of "bipinnate": a slip adds no two letters before a word


class StoryNames(LanguageParts):
    """The names a story writes or quotes, over ``LanguageParts``' tables."""

    def _kind_unknown(self, question: str, result: TermCoverage) -> TermCoverage:
        """An English glossary's short question whose key term opens with a word no entry
        writes ("bipinnate leaf"): a kind the glossary lacks, refused as a missing name
        whose sibling it has (unknown_modifier.py)."""
        if self._language and result.key_term and result.found:
            return self._named_unknown(question, result)
        if self._other_language or not result.key_term or result.found is None:
            return result
        if result.named_entries:
            return result  # "whats a promt book": a title's slip names its entry
        said = words(strip_scaffolding(question))
        if not unknown_modifier(result.key_term, said, self._unwritten, self._writes):
            return result
        purpose = purpose_after(said, result.key_term)
        if purpose and self._check_term(KeyTerm(purpose, True)).found:
            return result  # "python library for topic modelling": asked for what it serves
        # "how do i calculate ground speed": a term the grammar found unfit to name stays so
        clean = result.clean or result.found is not False
        whole = result.whole  # "service mesh with sidecar proxies" is what the refusal names
        return TermCoverage(
            result.key_term, False, "", (), True, clean=clean, sibling=True, whole=whole
        )

    def _named_unknown(self, question: str, result: TermCoverage) -> TermCoverage:
        """A non-English glossary's short question naming an unknown thing by a word no
        entry writes before a word some entry's text does ("pourbaix diyagramı nasıl
        okunur", "lcoh kostnad"): that phrase is missing (unknown_named.py). A word of the
        language's everyday list is no unknown name ("hur stor ... räknas som block")."""
        if result.how != "text" or result.named_entries or not result.key_term:
            return result
        everyday = everyday_in(self._language)
        frame = frame_words(self._language)
        phrase = unknown_before(
            words(question),
            result.key_term,
            frame,
            lambda w: w not in everyday and self._unknown(w),
        )
        if phrase is None:
            return result
        return TermCoverage(phrase, False, "", (), True, sibling=True)

    def _unwritten(self, word: str) -> bool:
        """A word no entry writes nor one slip from, or an entry's word with letters put
        before it ("bipinnate": Pinnate), a word of its own."""
        near = self._near_word(word)
        if near is None or not word.endswith(near):
            return self._unknown(word)
        return not self._writes(word) and len(word) - len(near) >= _PREFIX

    def _common_phrase_in_story(self, question: str, decided: TermCoverage) -> bool:
        """A key term some entry's text has only as common words, in a story that closes by
        asking what "that" means."""
        return decided.generic and decided.how == "text" and bool(statement_asked_back(question))

    def _title_referred_back(self, question: str, ranked: Sequence[str]) -> KeyTerm | None:
        """ "the chef keeps yelling mise en place at us, what does it actually mean": when
        the grammar finds no name in the story, "it" refers to an entry's full title written
        there (two words or more, or one word no everyday English has), the last one said,
        if that entry is among the top hits."""
        said = words(statement_asked_back(question))
        top = frozenset(ranked[:NAMED_HITS])
        for end in range(len(said), 0, -1):
            if not phrase_key(said[end - 1 : end]):
                continue  # "mise en place [at]": a stop word ends no title written
            for start in range(max(0, end - _TITLE_SPAN), end):
                if self._written_title(said[start:end], top):
                    return KeyTerm(" ".join(said[start:end]), True)
        return None

    def _written_title(self, said: Sequence[str], top: frozenset[str]) -> bool:
        key = phrase_key(said)
        rare = len(key) >= 2 or (len(key) == 1 and key[0] not in everyday_words())
        where = self._names.get(key, ()) if rare else ()
        return any(self.entries[i].id in top for i in where)

    def _closing_title(self, question: str, ranked: Sequence[str] | None) -> KeyTerm | None:
        """ "[a story of 12+ words]. ik snap er niks van, wat is npk eigenlijk?": a long
        story's closing sentence that writes a top hit's full title (the last one written)
        names what is asked, in any language; the story's words are no key term
        (asking_part.closing_sentence). A question asking what to call a thing names no
        title it writes ("what do you call that kind of service on the ramp"), nor one
        writing two titles apart ("what are precision and recall")."""
        closing = closing_sentence(question)
        said = words(closing)
        if ranked and not said and self._language is not None:
            return self._clause_title(question, frozenset(ranked[:_CLOSING_HITS]))
        if not ranked or not said or asks_for_a_name(" ".join(said)):
            return None  # "what do you call that kind of service on the ramp": not Ramp
        top = frozenset(ranked[:_CLOSING_HITS])
        spans = [
            (start, end)
            for end in range(len(said), 0, -1)
            for start in range(max(0, end - _TITLE_SPAN), end)
            if phrase_key(said[start : start + 1])
            and phrase_key(said[end - 1 : end])
            and self._written_title(said[start:end], top)
        ]
        if not spans:
            return self._story_title(question[: question.rfind(closing)], said, top)
        start, end = spans[0]
        named = set(self._names.get(phrase_key(said[start:end]), ()))
        if any(
            (e <= start or s >= end)
            and named.isdisjoint(self._names.get(phrase_key(said[s:e]), ()))
            for s, e in spans[1:]
        ):
            # "what are precision and recall": two titles, no one name; a title and its own
            # alias name one ("अन्तिम स्थिति यानी finality", "X, i.e. Y")
            return None
        return KeyTerm(" ".join(said[start:end]), True)

    def _clause_title(self, question: str, top: frozenset[str]) -> KeyTerm | None:
        """ "[a story of 12+ words], saya tak faham langsung, boleh terangkan apa benda tu
        sebenarnya?": a story told in one sentence whose last comma opens the question,
        read as ``_story_title`` reads a closing sentence (frame words and a meaning form
        alone refer back)."""
        head, comma, tail = question.rstrip().rpartition(",")
        if not comma or len(words(head)) < STORY_WORDS:
            return None
        return self._story_title(head, words(tail), top)

    def _story_title(
        self, story: str, closing: Sequence[str], top: frozenset[str]
    ) -> KeyTerm | None:
        """ "min granne pratar hela tiden om vandrande biodling, ... på sommaren. vad innebär
        det egentligen": a closing sentence in the glossary's language that asks what
        something means (a ``meaning`` form, no ``called`` one) in its frame and everyday
        words alone refers back; the story's last written title of a top hit is the term."""
        forms = question_forms().get(self._language or "")
        if (
            forms is None
            or forms.meaning.isdisjoint(closing)
            or not forms.called.isdisjoint(closing)
        ):
            return None
        known = frame_words(self._language) | everyday_in(self._language)
        if any(w not in known for w in closing):
            return None
        said = words(story)
        for end in range(len(said), 0, -1):
            for start in range(max(0, end - _TITLE_SPAN), end):
                if phrase_key(said[start : start + 1]) and self._written_title(
                    said[start:end], top
                ):
                    return KeyTerm(" ".join(said[start:end]), True)
        return None

    def _quoted_name(self, question: str) -> KeyTerm | None:
        """ "my friend says her brand is going to be 'demi couture', what does that actually
        mean": the story quotes an entry's name and the question refers back to it."""
        for quoted in _QUOTED.findall(statement_asked_back(question)):
            said = words(quoted)
            if phrase_key(said) in self._names:
                return KeyTerm(" ".join(said), True)
        return None
