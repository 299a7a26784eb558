"""Static checks of eval/corpora/genetics-glossary/questions.jsonl (blind, round 23).

Run from the worktree root: ``python eval/check_genetics-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``genetics-glossary.md``, zjsailor/hxtskills's
``skills/generate-genetic-review/GLOSSARY.md``, ``**Term**: definition`` paragraphs under
one-letter ``##`` headings), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "genetics-glossary"
N = "genetics-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Heterozygous / Allele, Dominant /
    # Recessive, De novo / Zygote, Epigenetics, Aneuploidy / Trisomy / Recombination,
    # Epigenetics / Silencer, Spliceosome / Exon, Multifactorial / Risk Stratification / SNP,
    # Quantitative Trait Locus / Multifactorial / Trait) is in the glossary
    f"{N}023": [
        "heterozygote advantage",
        "overdominance",
        "sickle",
        "malaria",
        "balancing selection",
    ],
    f"{N}024": [
        "codominance",
        "codominant",
        "co-dominant",
        "blood type",
        "blood group",
        "incomplete dominance",
    ],
    f"{N}025": ["mosaicism", "mosaic", "somatic", "post-zygotic", "postzygotic"],
    f"{N}026": ["imprinting", "imprinted", "parent-of-origin", "maternal", "paternal"],
    f"{N}027": ["nondisjunction", "non-disjunction", "fail to separate", "anaphase"],
    f"{N}028": ["methylation", "methyl", "cpg", "cytosine"],
    f"{N}029": ["alternative splicing", "splicing", "splice variant", "isoform", "isoforms"],
    f"{N}030": ["polygenic risk score", "polygenic score", "prs", "polygenic"],
    f"{N}031": ["heritability", "heritable", "h2", "twin", "twins"],
    # named; sharing a word with a title: gene flow (Gene, Gene Expression, ...), genetic
    # counseling (Genetic Architecture, Ethics in Genetic Research), microRNA (Transfer RNA),
    # silent mutation (Missense / Nonsense / Frameshift Mutation), Sanger sequencing
    # (Sequencing, Whole Exome / Genome Sequencing), northern blot (Southern Blot), tumor
    # suppressor gene (Oncogene, Modifier Gene, ...), loss of heterozygosity (Heterozygous),
    # reverse transcription (Transcription)
    f"{N}032": ["gene flow", "migration"],
    f"{N}033": [
        "genetic counseling",
        "genetic counselling",
        "counselor",
        "counsellor",
        "counseling",
    ],
    f"{N}034": ["microrna", "mirna", "small rna", "rna interference", "rnai"],
    f"{N}035": ["silent mutation", "synonymous", "same amino acid"],
    f"{N}036": ["sanger", "dideoxy", "chain termination"],
    f"{N}037": ["northern blot", "northern", "western blot", "western"],
    f"{N}038": ["tumor suppressor", "tumour suppressor", "suppressor", "p53", "two-hit", "knudson"],
    f"{N}039": ["loss of heterozygosity", "heterozygosity", "loh"],
    f"{N}040": ["reverse transcription", "reverse transcriptase", "cdna", "retrovirus"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
