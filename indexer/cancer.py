"""Cancer pages and messages that speak of no cancer.

A page about a cancer is a poor first answer, and a poor suggestion, for a message that speaks of no cancer nor of
what may be one and does not name the page's condition: "treatments for anal fissure" is not asking about anal
cancer, a boy of 16 asking about breast tissue is not asking about the stages of breast cancer (session 37's blind
review KK). The suggestions leave such pages out (indexer/answer.py, ``suggestions_of``); the ranking lowers them by
``RankerConfig.cancer_penalty`` (indexer/search.py).
"""

from __future__ import annotations

import re

from corpus import QARecord

#: A record about a cancer: its condition's name or its question.
#: (And tumours named without those words: session 39's blind review RR offered "Langerhans Cell Histiocytosis" for a
#: baby's cradle cap and a craniopharyngioma for a flat head; on the graded dev set's 458 no_match messages the wider
#: pattern drops none of the suggestions.)
_CANCER_RECORD = re.compile(r"cancer|carcinoma|tumou?r|lymphoma|leuka?emia|melanoma|sarcoma|myeloma|neoplasm|blastoma"
                            r"|malignan|histiocytosis|craniopharyngioma|glioma|astrocytoma|ependymoma|mesothelioma"
                            r"|carcinoid|seminoma|thymoma|meningioma", re.IGNORECASE)
#: A message that speaks of a cancer, or of what may be one (a lump, a growth, a mole, a smear, a scan's nodule).
_SPEAKS_OF_CANCER = re.compile(
    r"\b(?:cancer\w*|tumou?r\w*|malignan\w*|lumps?|lumpy|mass(?:es)?|growths?|biops\w*|chemo\w*|radiotherapy|radiation"
    r"|oncolog\w*|carcinoma|lymphoma|leuka?emia|melanoma|sarcoma|myeloma|metasta\w*|spread\w*|moles?|polyps?"
    r"|nodules?|brca\d?|psa|mammogram\w*|smear|screening|cysts?|swollen glands?|swelling)\b", re.IGNORECASE)


def is_cancer_record(record: QARecord) -> bool:
    """Whether ``record`` is about a cancer (its condition's name or its question says so)."""
    return _CANCER_RECORD.search(f"{record.focus} {record.question}") is not None


def speaks_of_cancer(text: str) -> bool:
    """Whether ``text`` speaks of a cancer or of what may be one."""
    return _SPEAKS_OF_CANCER.search(text) is not None
