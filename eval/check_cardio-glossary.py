"""Static checks of eval/corpora/cardio-glossary/questions.jsonl (blind, round 48).

Run from the worktree root: ``python eval/check_cardio-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file in **Korean** (``cardio-glossary.MD``, upper-case suffix
kept: tactics6655/Documentation's ``MEDICAL.MD``, a personal list of medical terms, mostly
cardiology, no licence stated): 226 ``# 한국어 용어 (English term)`` headings, each followed
by a one- or two-line Korean definition or by nothing at all (about 140 headings are stubs
with no body; a few terms appear twice under different English names). The questions are
in Korean too, typed as Korean users do (spacing dropped or wrong, English terms mixed in,
colloquial endings).

Korean attaches particles to words and the grep matches whole words (``\\b`` treats Hangul
as word characters): every negative's key terms were also checked as plain substrings of
the file (none occurs), so the list below holds stems that no longer form would hide.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "cardio-glossary"
N = "cardio-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file (checked as whole words here, as substrings by hand).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (저칼슘혈증 /
    # 저알부민혈증, 호흡장애 / 말초부종, 관상동맥 / 심근경색증, 심장전도계, 지질 이중층,
    # 심실세동 / 심인성 쇼크, 정맥울혈 / 안장 색전, 폐 침윤, 강직성 척추염)
    f"{N}023": ["빈혈", "anemia", "anaemia", "헤모글로빈", "혈색소", "hemoglobin"],
    f"{N}024": ["심부전", "heart failure", "울혈성", "심장기능상실"],
    f"{N}025": ["협심증", "angina", "흉통", "가슴"],
    f"{N}026": ["심전도", "ecg", "ekg", "electrocardiogram", "그래프", "파형"],
    f"{N}027": [
        "고지혈증",
        "이상지질혈증",
        "콜레스테롤",
        "cholesterol",
        "중성지방",
        "hyperlipidemia",
        "기름",
    ],
    f"{N}028": ["심폐소생술", "cpr", "흉부압박", "가슴압박", "제세동기", "응급처치"],
    f"{N}029": ["혈전", "심부정맥", "thrombosis", "thrombus", "피떡", "dvt", "덩어리"],
    f"{N}030": ["폐렴", "pneumonia", "기침", "가래"],
    f"{N}031": ["통풍", "gout", "요산", "uric", "엄지발가락", "관절"],
    # named; several share a word with a title: 확장성 심근병증 (비후성 심근병증,
    # 제한심장근육병증), 심방세동 (심실세동), 대동맥 박리 (대동맥 축착), 폐색전증 (안장 색전),
    # 관상동맥 우회술 (관상동맥), 승모판 탈출증 (승모판역류, 승모판막), 심낭염 (심근염),
    # 브루가다 증후군 (other 증후군 titles), 맹장염 (복통)
    f"{N}032": ["확장성", "dilated", "dcm"],
    f"{N}033": ["심방세동", "atrial fibrillation", "afib"],
    f"{N}034": ["박리", "dissection"],
    f"{N}035": ["폐색전", "pulmonary embolism", "embolism"],
    f"{N}036": ["우회술", "바이패스", "cabg", "bypass"],
    f"{N}037": ["탈출증", "prolapse", "mvp"],
    f"{N}038": ["심낭", "심막", "pericarditis", "pericardium"],
    f"{N}039": ["브루가다", "brugada"],
    f"{N}040": ["맹장", "충수", "appendicitis", "appendix"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
