"""MedQuAD question templates: recover the focus and question type from a templated question.

The LiveQA judged-answers CSV carries only the question text, so its focus ("Metformin") and
type ("side effects") are read back from the template MedQuAD generated it with.
"""

from __future__ import annotations

import re

# (pattern with one (?P<focus>...) group, qtype). Order matters: the first match wins.
_TEMPLATES: tuple[tuple[str, str], ...] = (
    (r"what is \(are\) (?P<focus>.+)", "information"),
    (r"do you have information about (?P<focus>.+)", "information"),
    (r"what (?:are the )?symptoms of (?P<focus>.+)", "symptoms"),
    (r"what are the signs and symptoms of (?P<focus>.+)", "symptoms"),
    (r"what are the treatments for (?P<focus>.+)", "treatment"),
    (r"what causes (?P<focus>.+)", "causes"),
    (r"how to diagnose (?P<focus>.+)", "exams and tests"),
    (r"how to prevent (?P<focus>.+)", "prevention"),
    (r"what are the complications of (?P<focus>.+)", "complications"),
    (r"what is the outlook for (?P<focus>.+)", "outlook"),
    (r"who is at risk for (?P<focus>.+?)\??", "susceptibility"),
    (r"what are the stages of (?P<focus>.+)", "stages"),
    (r"what are the genetic changes related to (?P<focus>.+)", "genetic changes"),
    (r"is (?P<focus>.+) inherited", "inheritance"),
    (r"how many people are affected by (?P<focus>.+)", "frequency"),
    (r"what (?:research|research \(or clinical trials\)) is being done for (?P<focus>.+)", "research"),
    (r"what to do for (?P<focus>.+)", "considerations"),
    (r"do i need to see a doctor for (?P<focus>.+)", "when to see a doctor"),
    (r"where to find support for people with (?P<focus>.+)", "support groups"),
    (r"what important warning or information should i know about (?P<focus>.+)", "important warning"),
    (r"who should get (?P<focus>.+) and why is it prescribed", "indication"),
    (r"how should (?P<focus>.+) be used and what is the dosage", "usage"),
    (r"are there safety concerns or special precautions about (?P<focus>.+)", "precautions"),
    (r"what special dietary instructions should i follow with (?P<focus>.+)", "dietary"),
    (r"what should i do if i forget a dose of (?P<focus>.+)", "forget a dose"),
    (r"what are the side effects or risks of (?P<focus>.+)", "side effects"),
    (r"what should i know about storage and disposal of (?P<focus>.+)", "storage and disposal"),
    (r"what to do in case of emergency or overdose of (?P<focus>.+)", "emergency or overdose"),
    (r"what other information should i know about (?P<focus>.+)", "other information"),
    (r"what are the brand names of combination products of (?P<focus>.+)", "brand names of combination products"),
    (r"what are the brand names of (?P<focus>.+)", "brand names"),
    (r"how effective is (?P<focus>.+)", "effectiveness"),
    (r"what is the action of (?P<focus>.+) and how does it work", "how does it work"),
    (r"are there interactions between (?P<focus>.+) and other medications", "interactions with medications"),
    (r"are there interactions between (?P<focus>.+) and herbs and supplements",
     "interactions with herbs and supplements"),
    (r"are there interactions between (?P<focus>.+) and foods", "interactions with foods"),
    (r"why get vaccinated with (?P<focus>.+)", "why get vaccinated"),
    (r"who should not get (?P<focus>.+) and what are its contraindications", "contraindication"),
    (r"what to do in case of a severe reaction to (?P<focus>.+)", "severe reaction"),
    (r"how can i learn more about (?P<focus>.+)", "how can i learn more"),
    (r"what is the dosage of (?P<focus>.+)", "usage"),
    (r"what is (?P<focus>.+)", "information"),
)
_COMPILED = tuple(
    (re.compile(rf"^\s*{pattern}\s*\??\s*$", re.IGNORECASE), qtype) for pattern, qtype in _TEMPLATES
)


def parse_template(question: str) -> tuple[str, str] | None:
    """Return ``(focus, qtype)`` when ``question`` follows a MedQuAD template, else None."""
    for pattern, qtype in _COMPILED:
        match = pattern.match(question)
        if match:
            focus = match.group("focus").strip(" ?")
            if focus:
                return focus, qtype
    return None
