"""Answers that only point elsewhere: a list of resources, with no sentence of their own.

MedQuAD's Genetics Home Reference pages answer "What are the treatments for X?" with 1,088 such lists
("These resources address the diagnosis or management of X: - Gene Review: X - Genetic Testing Registry:
X ... These resources from MedlinePlus offer information about ...: - Diagnostic Tests - Drug Therapy").
Matched by their question, they came first for "what actually helps vitiligo" and "what are the options for
my dad's prostate cancer" while a page that explains the treatments was next in line (session 24's blind
review). Such an answer is still reviewed text and may be all the corpus has; the ranker only lets a record
that matches about as well come first (``RankerConfig.pointer_penalty``).
"""

from __future__ import annotations

import re

from .layout import layout

#: A sentence that introduces resources instead of saying something about the question ("See the PDQ summary
#: about ...", "More detailed information on heart attacks is available at www...", "These resources address", "NIAMS
#: has more information about gout. Check out the information here.").
_INTRO = re.compile(
    r"^(?:(?:these|the following|this|other|more|additional) (?:\w+ ){0,2}(?:resources?|links?|sites?|websites?"
    r"|organi[sz]ations?|publications?|information)\b|for (?:more|additional|further) information\b"
    r"|(?:also,? )?see (?:the|also|\")|(?:also,? )?check out\b|visit (?:the |our )?(?:web ?site|www|http)"
    r"|(?:learn|find out) more\b"
    # "The National Institute of Arthritis ... at NIH has more information about gout."
    r"|[^.]{0,160}\b(?:has|have|offers?|provides?) (?:more|additional|further) information\b)",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+(?=[A-Z])")
#: A list item (or a sentence that introduces resources) longer than this is more than a title (GHR names
#: pages in up to 23 words: "Eunice Kennedy Shriver National Institute of Child Health and Human Development:
#: What Are the Treatments for Preeclampsia, ...?").
MAX_TITLE_WORDS = 30
#: A question that asks where to read more or find help: a list of resources is its answer.
ASKS_FOR_RESOURCES = re.compile(r"\b(?:resources?|support|organi[sz]ations?|where (?:to|can i) (?:find|get|read)"
                                r"|brand names?)\b", re.IGNORECASE)
#: Words without which no sentence introduces resources (a quick test before the layout is read).
_MAY_POINT = re.compile(r"\b(?:resources?|links?|sites?|websites?|organi[sz]ations?|publications?|information|see|visit"
                        r"|learn|find out|check out)\b", re.IGNORECASE)


#: The last sentence of an answer that promises a list which the scraped text lost: "You had surgery to get a new hip
#: or knee joint ... Below are some questions you may want to ask your health care provider to help you take care of
#: your new joint." (A.D.A.M.'s "what to ask your doctor" pages in MedQuAD; its list of questions was not kept.) It
#: was served as the whole answer to "the dentist says I need antibiotics before my scale and polish because of the
#: joint" (session 44's blind review JJJ).
_PROMISES_A_LIST = re.compile(r"\bbelow (?:are|is) (?:some |a few )?(?:of )?(?:the )?(?:questions|tips|steps|things"
                              r"|ways|ideas|answers)\b|\b(?:are|is) (?:listed|given|shown) below\b"
                              r"|\b(?:the following|below)[.:]?$", re.IGNORECASE)
#: An answer of more sentences than this says something of its own, whatever it lost.
_INTRO_SENTENCES = 3


def promises_a_missing_list(answer: str) -> bool:
    """Whether ``answer`` is an introduction whose list was lost: a few sentences (at most :data:`_INTRO_SENTENCES`),
    no list, and the last sentence promises one below."""
    blocks = layout(answer)
    if not blocks or any(block.kind == "list" for block in blocks):
        return False
    sentences = [s for block in blocks if block.kind == "paragraph"
                 for s in _SENTENCE_END.split(block.items[0].strip()) if s]
    return (0 < len(sentences) <= _INTRO_SENTENCES
            and _PROMISES_A_LIST.search(sentences[-1]) is not None)


#: A telephone number as the US pages write them: "301-496-5248", "1-888-394-3937", "(800) 555-0199".
_PHONE = re.compile(r"(?:\b1-)?(?:\(\d{3}\) ?|\b\d{3}-)\d{3}-\d{4}\b")
#: An e-mail or a web address, taken out before sentences are looked for.
_ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+", re.IGNORECASE)
#: A sentence of its own: this many words or more before a full stop, a question mark or an exclamation mark.
_OWN_SENTENCE = re.compile(r"(?:\b[A-Za-z][\w'-]*\W+){8,}?[A-Za-z][\w'-]*[.!?](?:\s|$)")


def only_lists_contacts(answer: str) -> bool:
    """Whether ``answer`` is a directory of organisations and nothing else: two telephone numbers or more and, once
    they and the e-mail and web addresses are taken out, no sentence of eight words or more (NIHSeniorHealth answers
    "What is (are) Age-related Macular Degeneration?" with the National Eye Institute's and three foundations'
    addresses; session 45's blind review MMM: it was the whole answer to "what is macular degeneration and can you go
    blind from it")."""
    if len(_PHONE.findall(answer)) < 2:
        return False
    rest = _ADDRESS.sub(" ", _PHONE.sub(" ", answer))
    return _OWN_SENTENCE.search(rest) is None


def only_points_elsewhere(answer: str) -> bool:
    """Whether ``answer`` says nothing but where to read more: it has a paragraph, each sentence of its
    paragraphs introduces resources in a few words, and each list item is a title (at most
    :data:`MAX_TITLE_WORDS` words). A bare list (symptoms, brand names) says something: False."""
    if not _MAY_POINT.search(answer):
        return False
    blocks = layout(answer)
    if not any(block.kind == "paragraph" for block in blocks):
        return False
    for block in blocks:
        if block.kind == "heading":
            continue
        if block.kind == "paragraph":
            sentences = [s for s in _SENTENCE_END.split(block.items[0].strip()) if s]
            if not all(_INTRO.match(s) and len(s.split()) <= MAX_TITLE_WORDS for s in sentences):
                return False
            continue
        if any(len(item.split()) > MAX_TITLE_WORDS for item in block.items):
            return False
    return True
