"""A diagnosis the message says is already made, and the records that tell how it is made.

"My brother was diagnosed with hemochromatosis ... Should I be tested, and if I have it what is the treatment?",
"an echo showed mitral valve prolapse with mild regurgitation ...", "our 9 year old was just diagnosed with celiac
disease": the story is full of tests and diagnoses, so the page on how the condition is diagnosed ("How to diagnose
Hemochromatosis?") comes first, while the writer already has the diagnosis and asks what comes next (session 30, from
the graded dev set: docs/evaluation.md). Such a record gives way to the best record about the same condition that
answers another kind of question and scores about as well (``RankerConfig.diagnosed_margin``, indexer/search.py),
unless the writer doubts the diagnosis ("misdiagnosed", "a second opinion", "not sure it is right"), when how it is
made is what they want to know. Pure regular expressions, no model.
"""

from __future__ import annotations

import re

#: The diagnosis told as done: "was diagnosed", "has been diagnosed", "just got diagnosed", "the doctor diagnosed him",
#: "diagnosed with X last year", "the biopsy showed", "the test came back positive", "the diagnosis was".
_TOLD = re.compile(
    r"\b(?:was|were|been|got|just|recently|newly|finally|officially|already) (?:\w+ )?diagnosed\b"
    r"|\b(?:doctors?|dr|gp|they|pediatrician|paediatrician|specialist|\w+ologist) (?:\w+ )?diagnosed\b"
    r"|\bdiagnosed (?:with|as having|as|me|him|her|them|us|my|our|at|in|last|this|two|three|a few|\d+)\b"
    r"|\bdiagnosis (?:was|is|came|of)\b"
    # told in other words (session 31's blind review M: "after a bunch of tests the doctor said I have alpha-1
    # antitrypsin deficiency", "I was told I have Hashimoto's thyroiditis after bloodwork")
    r"|\b(?:doctors?|dr|gp|they|pediatrician|paediatrician|specialist|\w+ologist) (?:\w+ )?"
    r"(?:said|says|told (?:me|us|him|her)|confirmed|found out) (?:that )?(?:i|he|she|we|they|my \w+|our \w+) "
    r"(?:have|has|had) (?!a (?:test|scan|look)|an? appointment|to\b|no\b|nothing\b)"
    r"|\b(?:i|he|she|we|they) (?:was|were|got|have been|has been) told (?:that )?(?:i|he|she|we|they) (?:have|has|had)"
    r" (?!to\b|a (?:test|scan)|an? appointment|no\b|nothing\b)"
    # session 34's blind review CC: "the genetic test came back as Lynch syndrome", "the doctor said just ectopic beats"
    r"|\bcame back (?:as|showing) (?!normal|negative|clear|fine|inconclusive)"
    r"|\b(?:doctors?|dr|gp|cardiologist|specialist|\w+ologist) (?:\w+ )?(?:said|says|told (?:me|us|him|her)) "
    r"(?:(?:that )?(?:it'?s|it is|it was|they'?re|they are|they were) )?(?:just|only|simply) "
    r"(?!a (?:test|scan|check)|(?:to )?(?:wait|rest|keep|take|come|go|watch|drink|see|give|use|try|monitor|ignore"
    r"|leave|stop|call|book|have)\b)"
    r"|\b(?:tests?|scans?|biopsy|echo|echocardiogram|ultrasound|mri|ct|x-?rays?|bloodwork|blood work|labs|endoscopy|"
    r"colonoscopy|mammogram|ekg|ecg|results?|screening) (?:\w+ ){0,2}"
    r"(?:showed|shows|confirmed|revealed|came back positive|was positive|were positive|found (?:a|an|that|out|I|he|she|"
    r"my|his|her|it))\b",
    re.IGNORECASE,
)
#: How a diagnosis is made, asked in the same words ("how is celiac disease diagnosed with a blood test", "how do they
#: know it was diagnosed right"), or one still to come ("what do I need to get diagnosed with sleep apnea", "to be
#: diagnosed"): not a diagnosis told.
_NOT_TOLD = re.compile(
    r"\bhow (?:is|are|do|does|did|can|could|would|will|to|was|were|they)\b[^.?!]*\bdiagnos\w*"
    r"|\b(?:get|gets|getting|be|being) (?:\w+ )?diagnosed\b", re.IGNORECASE)
#: The diagnosis not made, or in doubt: the page on how it is made is then what the writer wants. A contraction is
#: matched whole ("hasn't", "hasnt", "wasn’t"), never "nt" alone ("my parent was diagnosed" is a diagnosis told).
_NOT_MADE = re.compile(
    r"(?:\b(?:not|never|no one|nobody|without|before)"
    r"|\b(?:has|have|had|was|were|is|are|did|do|does|ca|could|wo|would)n['’]?t) (?:\w+ ){0,2}(?:diagnosed|diagnosis)\b"
    r"|\b(?:un|mis|over|self|wrongly |wrong |incorrectly |mis-)diagnos\w*"
    r"|\bsecond opinion\b|\bwrong diagnosis\b|\b(?:not|isn't|isnt) (?:sure|convinced)\b|\bdoubt\w*\b"
    r"|\b(?:came back|were|was|all) (?:normal|negative|clear|fine|inconclusive)\b",
    re.IGNORECASE,
)


def tells_diagnosis(text: str) -> bool:
    """Whether ``text`` says a diagnosis was already made, with no doubt about it."""
    if _NOT_MADE.search(text):
        return False
    told = list(_TOLD.finditer(text))
    if not told:
        return False
    not_told = [(m.start(), m.end()) for m in _NOT_TOLD.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in not_told) for m in told)
