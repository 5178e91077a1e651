"""Pages on diabetes's complications and messages that speak of no diabetes.

MedQuAD files several conditions twice: as themselves and as a complication of diabetes ("Diabetic Kidney Disease",
"Kidney Disease of Diabetes", "Diabetic Neuropathies: The Nerve Damage of Diabetes", "Prevent diabetes problems: Keep
your eyes healthy"). Those pages speak to a person who has diabetes. For a message that speaks of no diabetes they
are a poor first answer: "my mom's kidneys are only working at 40 percent, what can she do to slow it down" found
the diabetic kidney disease pages first, though nothing says she has diabetes (session 46's blind review PPP), and
numb feet after chemotherapy found the nerve damage of diabetes. The ranking lowers such pages by
``RankerConfig.diabetes_penalty`` (indexer/search.py) unless the message names their condition.

Pages on diabetes itself are not such pages: thirst and weight loss may be asking about diabetes without naming it.
"""

from __future__ import annotations

import re

from corpus import QARecord

#: The condition's name files it under diabetes and another condition or part of the body: "Diabetic X" (not the
#: diabetic diet, which is about diabetes itself), "X of Diabetes", "Diabetes and X" (not "Diabetes and Pregnancy",
#: which is diabetes in pregnancy, nor the genetic "diabetes and deafness"), "Diabetes, Heart Disease, and Stroke",
#: "Prevent diabetes problems: Keep your X healthy", diabetes's complications.
_COMPLICATION = re.compile(
    r"\bdiabetic (?!diet\b)\w+|\b(?:disease|damage|problems) of diabetes\b"
    r"|\bdiabetes,? (?:and|heart) (?!pregnancy\b|prediabetes\b|deafness\b)\w+"
    r"|diabetes problems|complications of diabetes|diabetes complications", re.IGNORECASE)
#: A message that speaks of diabetes, of its readings or of its medicines.
_SPEAKS_OF_DIABETES = re.compile(
    r"\b(?:diabet\w*|prediabet\w*|sugars?|insulin\w*|h?b?a1c|glucose|glycemic|glyc(?:a)?emi\w*|hyperglyc\w*|hypoglyc\w*"
    r"|hypos?|metformin|glucophage|glipizide|gliclazide|sitagliptin|januvia|jardiance|ozempic|semaglutide|trulicity"
    r"|type (?:1|2|one|two|i|ii)|t1d?|t2d?|dka|ketones?|glucometer|cgm|libre|dexcom)\b", re.IGNORECASE)


def is_diabetes_complication(record: QARecord) -> bool:
    """Whether ``record`` is filed under a complication of diabetes (its condition's name says so)."""
    return _COMPLICATION.search(record.focus or "") is not None


def speaks_of_diabetes(text: str) -> bool:
    """Whether ``text`` speaks of diabetes, its readings or its medicines."""
    return _SPEAKS_OF_DIABETES.search(text) is not None
