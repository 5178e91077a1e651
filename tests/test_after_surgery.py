"""The line for a new or worse problem since a recent operation or procedure (indexer/after_surgery.py)."""

from __future__ import annotations

import pytest

from indexer.after_surgery import AFTER_SURGERY_NOTE, after_surgery_note
from indexer.answer import Answerer
from indexer.search import Searcher
from safety import Triage


@pytest.mark.parametrize("text", [
    # session 44's blind review JJJ (operations and procedures): declined or answered with nothing on whom to ask
    "My mum had her thyroid removed 2 days ago and now says her lips and fingertips are tingling and she's getting "
    "cramps in her hands. Is that to do with the operation?",
    "Dad had a coronary angiogram through the groin 3 days ago. There is a big dark bruise and a hard lump the size of "
    "a walnut where they went in. Should we worry?",
    "Had a spinal anaesthetic for my knee op 2 days ago and now I've got a pounding headache whenever I sit or stand "
    "up, goes away when I lie flat.",
    "had a LLETZ (loop) on my cervix last week after abnormal cells, now I've got brownish discharge with bits in it",
    "got my wisdom tooth pulled 3 days ago and now the pain is way worse not better",
    "had my gallbladder removed by keyhole surgery on Tuesday and the cuts are a bit sore",
    "my son is 6 and had his tonsils out 4 days ago. now he says his ears really hurt",
])
def test_a_problem_since_a_recent_operation_gets_the_line(text: str) -> None:
    assert after_surgery_note(text) == AFTER_SURGERY_NOTE


@pytest.mark.parametrize("text", [
    # long ago, still to come, or no problem told
    "Had my hip replaced 5 years ago. The dentist says I need antibiotics before my scale and polish. Is that right?",
    "having a gastroscopy next tuesday. will i be awake for it?",
    "I have a biopsy appointment for a breast lump on Monday and I can't stop reading things online",
    "My wife had an abdominal hysterectomy 2 weeks ago. When is it safe for us to have sex again?",
    "Our 11yo had his appendix out a week ago. When can he go back to school and do PE?",
    "had my knee replaced 3 weeks ago with no problems at all, when can I drive?",
    # not an operation: things taken out, a GP's surgery, a salon, a blood test
    "found a tick on my leg, took it out with tweezers 2 days ago, theres just a small red dot now",
    "my blood pressure meds ran out 3 days ago and my regular doctor retired",
    "the nurse took my blood pressure yesterday, it was 186/108 in the surgery, is that dangerous?",
    "had blood work done last thursday, when will the results come back?",
])
def test_no_line_without_a_problem_since_a_recent_operation(text: str) -> None:
    assert after_surgery_note(text) == ""


def test_the_line_is_shown_under_an_answer_or_a_no_match(searcher: Searcher) -> None:
    """Whatever the search finds, the line is said; an emergency is the triage's and gets none, nor a pet."""
    answerer = Answerer(triage=Triage())
    answer = answerer.ask(searcher, "I had my gallbladder out 4 days ago and the wound is red and oozing a bit, is "
                                    "that an infection?")
    assert answer.status in {"answered", "no_match"}
    assert AFTER_SURGERY_NOTE in answer.message
    if answer.status == "answered":
        assert answer.caution is not None and AFTER_SURGERY_NOTE in answer.caution
    emergency = answerer.ask(searcher, "Had my knee replaced 10 days ago. My calf is swollen and now I'm suddenly "
                                       "short of breath with a sharp pain in my chest")
    assert emergency.status == "emergency" and AFTER_SURGERY_NOTE not in emergency.message
    pet = answerer.ask(searcher, "my dog had his op 3 days ago and the wound is red and swollen")
    assert AFTER_SURGERY_NOTE not in pet.message
