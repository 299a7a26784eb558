"""Key-term lookup: is the term a title, an alias, or a prominent phrase of some entry?

``CoverageIndex.check`` finds a question's key terms, looks each up (``term_check.py``, over
the tables of ``entry_tables.py``) and decides which one the question turns on
(``deciding_term.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.coverage.acts import describes_an_act, picks_out_one
from rag_glossary.coverage.asked_in_language import asked_words, capital_names
from rag_glossary.coverage.asking_part import SENTENCE_END
from rag_glossary.coverage.bare_kind import heads_description
from rag_glossary.coverage.contrasts import contrasts_any
from rag_glossary.coverage.deciding_term import deciding_term
from rag_glossary.coverage.derived_names import modifier_derived
from rag_glossary.coverage.does_asked import without_do
from rag_glossary.coverage.glossary_language import frame_words
from rag_glossary.coverage.hangul_terms import east_asian_check
from rag_glossary.coverage.hyphens import hyphenated
from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.listed_terms import CONTRAST
from rag_glossary.coverage.modifier_after import unwritten_modifier, unwritten_sibling
from rag_glossary.coverage.modifier_title import named_by_modifier
from rag_glossary.coverage.modifier_words import asked_terms, preposition_unsaid
from rag_glossary.coverage.named_kind import NamedKind
from rag_glossary.coverage.names import describes_a_kind
from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.of_qualifier import of_qualifier
from rag_glossary.coverage.other_language import SAID_NAME, said_name, said_word
from rag_glossary.coverage.pairs import head_dropped, shared_head
from rag_glossary.coverage.phrases import phrase_key, strong_stem, word_bag, words
from rag_glossary.coverage.question_forms import (
    asks_for_a_name,
    described_by_clause,
    everyday_word_in_a_description,
    gerund_describes,
    not_a_name,
    one_word_in_a_description,
    owned_by_asker,
)
from rag_glossary.coverage.ranked_entries import SAID_TOGETHER_HITS
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.coverage.spelled_out import both_missing, expansion_unsaid
from rag_glossary.coverage.story_names import NAMED_HITS, StoryNames
from rag_glossary.coverage.symbol_tokens import symbol_asked
from rag_glossary.coverage.term_edges import language_terms
from rag_glossary.coverage.termcoverage import TermCoverage

__all__ = ["CoverageIndex", "TermCoverage", "word_bag"]

# "X and how is it used", "X, and why ...": a second question after the term.
_SECOND_QUESTION = re.compile(r",?\s+(?:and|or|but)\s+(?:how|why|what|when|where|which|who)\b")
_TOP_HITS = 5  # a phrase in the body of one of the top hits is that hit's subject


class CoverageIndex(StoryNames, NamedKind):
    """Titles, aliases and entry texts as phrase keys, for key-term lookups (built by
    ``EntryTables``, looked up term by term by ``TermChecks``)."""

    def check(self, question: str, ranked: Sequence[str] | None = None) -> TermCoverage:
        """The first key term the glossary lacks, else the (first) one it has.

        With ``ranked`` (entry ids, best first), a phrase found only in the
        body of a long entry counts only if that entry is among the top hits: a term mentioned
        in passing is not what the entry covers. A symbol the words lose ("what does %>% do")
        is the term its best entry writes (symbol_tokens.py)."""
        question = without_do(question, self._language)  # "что делает ngen" (round 58 DO)
        if spelled := both_missing(question, self._lacks):
            return TermCoverage(spelled, False, "", (), True)  # "crf (constant rate factor)"
        result = east_asian_check(self, question, ranked) or self._check_words(question, ranked)
        result = self._kind_unknown(question, result)  # "bipinnate leaf definition"
        if result.found or not ranked:
            return result
        asked = symbol_asked(question, self.entries, self._position.get(ranked[0]))
        if asked is None:
            return result
        symbol, where = asked
        best = self._position[ranked[0]]
        first = (best, *(i for i in where if i != best))
        return self._found(KeyTerm(symbol, True), "symbol", first)

    def _lacks(self, name: str) -> bool:
        return self._check_term(KeyTerm(name, True)).found is False

    def _check_words(self, question: str, ranked: Sequence[str] | None) -> TermCoverage:
        asked, question = question, hyphenated(question, self._spaced, self._language, self._names)
        if whole := self._whole_name(question):
            # the name decides, whatever its words ("difference" is no contrast here)
            return self._check_term(whole)
        if story := self._quoted_name(question) or self._closing_title(question, ranked):
            return self._check_term(story)  # quoted in a story, or its closing question's title
        if numbered := unwritten_sibling(words(question), self._names, self._doc_freq, True):
            # "din 14530" beside DIN 14034: another standard, never this one's neighbour
            return replace(self._check_term(KeyTerm(numbered, True)), sibling=True)
        kept = capital_names(question, self._names)  # "vad står PA för": not "på"
        in_language = self._language and asked_words(words(question), self._language, kept, asked)
        if in_language and (found := self._unknown_first(question)):
            return found  # "fasor o que é, é o mesmo que a fase?"
        read = self._said_in_language(in_language, words(question)) if in_language else None
        if read is not None and in_language:
            read = self._name_wanted(question, in_language, read)
        if read is not None and read.found is not False:
            return read
        # a name a part of the question says decides over the whole's words read as one
        # unknown term ("cos'è l'overselling e come si evita": not "overselling evita")
        for part in self._language_parts if in_language else ():
            if found := part(question):
                return found
        if read is not None:
            return self._read_sibling(question, read, ranked)
        said_words = self._slips_mended(words(question)) if self._language else words(question)
        if self._other_language and (name := said_name(said_words, self._names, phrase_key)):
            # "vad är propolis": no English frame to strip; the short question's name decides
            if self._language and (
                kind := unwritten_modifier(
                    said_words, name, self._doc_freq, frame_words(self._language)
                )
            ):
                return self._check_term(KeyTerm(kind, True))
            found = self._check_term(KeyTerm(" ".join(name), True))
            if self._language and (kind := self._modifier_before(said_words, name, found)):
                return TermCoverage(kind, False, "", (), True)  # "örtlicher einsatzleiter"
            if (
                self._language
                and found.found
                and (kind := self._unsaid_after(said_words, name, found))
            ):
                return TermCoverage(kind, False, "", (), True)  # "scouts en gidsen vlaanderen"
            return replace(found, how=SAID_NAME) if found.how == "title" else found
        if self._other_language and (
            word := said_word(words(question), self._doc_freq, phrase_key)
        ):
            sibling = unwritten_sibling(said_words, self._names, self._doc_freq)
            if self._language and sibling:
                return self._check_term(KeyTerm(sibling, True))  # "carnet ata"
            return self._check_term(KeyTerm(word, True))  # "vad menas med vinterklot"
        if self._other_language and (bare := self._bare_in_language(question)):
            return bare  # "broma atomnumurs?": no frame, Broms said in its genitive
        terms = asked_terms(question, extract_key_terms(question), self._check_term)
        if self._language:  # "comment on appelle ...", "... nedir": no term's words
            terms = language_terms(terms, self._language, question)
        if not terms and ranked and (written := self._title_referred_back(question, ranked)):
            return self._check_term(written)
        # "physio told me to do smr on my tight calves every night, what is that": the
        # grammar found only a description, and the best entry's name is said in it
        described = bool(terms) and not any(t.term_style for t in terms)
        if ranked and described and (written := self._title_referred_back(question, ranked[:1])):
            return self._check_term(written)
        if not terms:
            return TermCoverage(None, None, "", (), False)
        if len(terms) == 2 and CONTRAST.search(question.lower()):
            terms[0] = shared_head(terms[0], terms[1], self._names)
            terms[1] = head_dropped(terms[0], terms[1], self._names)
        top = None if ranked is None else frozenset(ranked[:_TOP_HITS])
        results = [self._coordinated(t, self._check_term(t, top), top) for t in terms]
        results[0] = self._of_unsaid(question, terms[0], results[0], top)
        if ranked is not None and any(r.found is False for r in results):
            named = self._named_entries(question, ranked[:NAMED_HITS])
            # "what is metric learning": the question is the term, to be defined as such
            defines = strip_scaffolding(question) == terms[0].text
            results = [
                self._asked_of_named(question, self._anchored(r, named, defines), named)
                if r.found is False
                else r
                for r in results
            ]
            # "what is the POODLE attack": the name as its entry writes it, and its kind
            results = [self._named_with_kind(question, r, named, self._has_word) for r in results]
        if ranked is not None:
            results = [
                self._said_together(r, ranked[:SAID_TOGETHER_HITS])
                if r.found is False and r.term_style
                else r
                for r in results
            ]
        if ranked:
            results = [self._acts_on_best(r, ranked[0]) if r.found is False else r for r in results]
            results = [
                self._defined_in_other_words(r, ranked[0])
                if r.found is False and r.term_style
                else r
                for r in results
            ]
        if ranked:
            results = [self._derived_from_best(r, ranked[0]) for r in results]
        results[0] = preposition_unsaid(question, terms[0], results[0], self.entries)
        decided = deciding_term(question, terms, results)
        said = " ".join(words(question))
        if decided.how == "text" and asks_for_a_name(said):
            # "what do you call predicting the next item ...": a word of the description
            # some entry's text has is not the name asked for
            decided = replace(decided, generic=True)
        if decided.how == "text" and described_by_clause(said, decided.key_term or ""):
            # "is there a variant where the server ...": a word some entry's text has,
            # then what the thing does; described, so judged by how its best entry stands out
            decided = replace(decided, generic=True)
        if decided.how == "text" and not_a_name(decided.key_term or ""):
            # "rather than handing over ...", "how does it decide ...": a fragment some
            # entry's text holds is no name; judged as described
            decided = replace(decided, generic=True)
        if decided.how == "text" and gerund_describes(question, decided):
            # "designing the small phone layout first ...": the gerund some entry's text
            # has is the doing described, no name (a title still names it: "boosting")
            decided = replace(decided, generic=True)
        if ranked and decided.how == "text" and one_word_in_a_description(said, decided.key_term):
            # "the spots in space where a small probe can park ...": one word some entry's
            # text has, at the head of a long description, is no name; judged as described
            # (when judging: the ranking's own test is query_names.in_passing)
            decided = replace(decided, generic=True)
        everyday = everyday_word_in_a_description(said, decided.key_term, self._language)
        if ranked and decided.how == "text" and not decided.generic and everyday:
            # "the document the carrier gives you as receipt ...": an everyday word some
            # entry's text has, in a description, is a weak name (judgement.py: in passing)
            decided = replace(decided, in_passing=True)
        if owned_by_asker(said, decided):
            # "how do i pop my ears on the way down": the asker's own thing is no name
            decided = replace(decided, generic=True)
        if decided.how == "title" and heads_description(question, decided.key_term):
            # "protocol that stops switches from ...": a title heading a description is the
            # kind described; judged by how its best entry stands out
            decided = replace(decided, generic=True)
        # "qubit keeps its quantum behaviour", "the cpu side": a clause or a position the
        # grammar kept whole is no name; judged as described, named in no refusal
        acts = describes_an_act(question, decided.key_term or "")
        acts = acts or picks_out_one(question, decided.key_term or "")
        if decided.found is False and decided.term_style and acts:
            decided = replace(decided, term_style=False, clean=False)
        if ranked and self._names_best_in_passing(said, ranked[0]):
            decided = replace(decided, other_name=True)
        # "the diff between a type 1 and a type 2 error": the best entry, found for the
        # other side, is no sibling the first side is judged against
        best = ranked[0] if ranked else None
        other_side = any(r.found and best in r.entry_ids for r in results)
        if best and decided.found is False and not other_side and self._shares_part(decided, best):
            decided = replace(decided, sibling=True)
        if best and decided.found is False and self._modifier_best(question, decided, best):
            decided = replace(decided, sibling=True)  # "chroma keying": Chroma is its modifier
        if best and decided.found is False and self._contrasts_best(decided, best):
            decided = replace(decided, sibling=True)  # "soft iron ...": Hard Iron is a sibling
        if best and decided.found is False and self._best_is_setting(said, decided, best):
            decided = replace(decided, sibling=True)  # a neighbour, never other words for it
        if decided.how in ("acronym", "title") and self._expansion_unsaid(question, decided):
            # "what is ETTR (expose to the right)": the user spells the acronym out, and the
            # entry whose name it spells (Exposure Triangle) says none of that; a title
            # spelled out otherwise ("epic as in explicitly parallel ...", EPIC: Excalibur
            # PCI-bus Interface Chip) is another thing of the same letters
            decided = replace(decided, found=False, how="", entry_ids=())
        if ranked and describes_a_kind(question) and self._wrong_kind(decided, ranked[0]):
            missing = replace(decided, found=False, how="", entry_ids=(), term_style=True)
            return replace(missing, clean=False, wrong_kind=True)
        # "... he's doing an edge observation right near the limit of the path. what does
        # that actually mean": a common phrase of the story is no name; the best entry's
        # full title written in it is what "that" refers back to
        if ranked and self._common_phrase_in_story(question, decided):
            written = self._title_referred_back(question, ranked[:1])
            return self._check_term(written) if written else decided
        return decided

    def _coordinated(
        self, term: KeyTerm, result: TermCoverage, top: frozenset[str] | None
    ) -> TermCoverage:
        """ "what is subtree pruning and regrafting": when neither the words before "and"
        nor the words after it are in the glossary, the whole phrase is one name it lacks
        ("batch normalization and dropout" stays a list when either side is there; a first
        side some text has only in passing, "risk evaluation" of a "benefit-risk evaluation
        report", is no side the glossary has when that text does not say every word of the
        second: "risk evaluation and mitigation strategy", "soil and dust intake rate" (Exposure
        source says soil and dust, no intake rate); "gracile and cuneate nuclei" is a list)."""
        if not term.coordinated or result.found is None:
            return result
        after = term.coordinated.split(" and ", 1)[1]
        after_key = phrase_key(after.split())
        in_passing = result.how == "text" and not any(
            all(f" {w} " in self._texts[self._position[i]] for w in after_key)
            for i in result.entry_ids
        )
        if result.found and not in_passing:
            return result
        last = self._check_term(KeyTerm(after, True), top)
        if last.found is not False:
            return result
        return TermCoverage(term.coordinated, False, "", (), True, clean=term.clean)

    def _of_unsaid(
        self, question: str, term: KeyTerm, result: TermCoverage, top: frozenset[str] | None
    ) -> TermCoverage:
        """ "adverse event of special interest": a question that is only "X of Y", X found,
        names the whole when no entry holding X says Y's words and no text has the whole
        ("null space of a matrix": Null space says "matrix")."""
        if not result.found or result.generic or not term.term_style:
            return result
        whole, tail = of_qualifier(question, term.text)
        if not tail or any(self._says_all(i, tail) for i in result.entry_ids):
            return result
        if self._check_term(KeyTerm(whole, True), top).found:
            return result
        return TermCoverage(whole, False, "", (), True, clean=term.clean)

    def _modifier_best(self, question: str, missing: TermCoverage, best: str) -> bool:
        """Whether a question that is only its missing compound ("what is chroma keying")
        has a best entry named only by the compound's modifier (Chroma)."""
        i, term = self._position.get(best), missing.key_term or ""
        if i is None or not missing.clean or strip_scaffolding(question) != term:
            return False
        return named_by_modifier(term, self._entry_names[i])

    def _expansion_unsaid(self, question: str, found: TermCoverage) -> bool:
        """Whether the question spells its acronym out and no entry found for it says those
        words (a title found: only when that entry spells its name out another way)."""
        acronym = (found.key_term or "").replace(" ", "")
        found_at = [self._position[i] for i in found.entry_ids]
        if found.how == "title" and not set(found_at) & set(self._spelled.get(acronym, ())):
            return False
        return expansion_unsaid(question, acronym, [self._texts[i] for i in found_at])

    def _contrasts_best(self, missing: TermCoverage, best: str) -> bool:
        """Whether a name of the best entry says the opposite of a word of the missing term
        ("soft iron effects", Hard Iron magnetic distortion: contrasts.py)."""
        i = self._position.get(best)
        key = phrase_key((missing.key_term or "").split())
        return i is not None and contrasts_any(key, self._entry_names[i])

    def _says_all(self, entry_id: str, key: tuple[str, ...]) -> bool:
        text = self._texts[self._position[entry_id]]
        return all(f" {w} " in text for w in key)

    def _derived_from_best(self, result: TermCoverage, best: str) -> TermCoverage:
        """ "normative spelling" and the best entry Normatize: the name in another word
        class, modifying a noun the entry says, is that entry's term (derived_names)."""
        i = self._position.get(best)
        if result.found is not False or not result.term_style or i is None:
            return result
        key = phrase_key((result.key_term or "").split())
        said = {strong_stem(w) for w in self._texts[i].split()}
        if modifier_derived(key, self._entry_names[i], said):
            return replace(result, found=True, how="said-together", entry_ids=(best,))
        return result

    def _whole_name(self, question: str) -> KeyTerm | None:
        """ "what is staggered difference in differences and how is it analysed": the
        question's first clause, scaffolding stripped, is exactly an entry's name."""
        said = strip_scaffolding(SENTENCE_END.split(question, maxsplit=1)[0])
        head = _SECOND_QUESTION.split(said, maxsplit=1)[0].strip()
        key = phrase_key(head.split())
        if len(key) < 2 or (key not in self._names and self._correct(key) not in self._names):
            return None  # one word is found the usual way; typos corrected word by word
        return KeyTerm(head, True)
