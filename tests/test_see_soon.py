"""Signs that are no emergency but need a doctor's check soon get a line saying so (indexer/see_soon.py; session 36's
blind review HH: painless blood in the urine and food that sticks on the way down got no such word)."""

from __future__ import annotations

import pytest

from indexer.answer import Answerer
from indexer.search import Searcher
from indexer.see_soon import SEE_SOON_NOTE, see_soon_note, signs_told
from safety import Triage


@pytest.mark.parametrize(("text", "sign"), [
    ("I saw blood in my pee this morning, pink/red color, no pain at all, no burning. 58 yo man, ex smoker.",
     "blood in your urine"),
    ("HELP my pee is red!! ate a big beet salad last night, no pain at all. is this blood??", "blood in your urine"),
    ("red colour in my pee this morning, yesterday I eat much beetroot, I am scared", "blood in your urine"),
    ("food keeps getting stuck halfway down when i eat meat or bread, i have to drink water to push it down",
     "food that sticks when you swallow"),
    ("my voice has been hoarse for like 5 weeks now, no cold no fever", "a hoarse voice"),
    ("always thirsty and peeing loads even at night, lost some weight without trying", "weight loss"),
    ("found a small hard lump on my left testicle in the shower, doesnt hurt. im 26", "a new lump"),
    # cancer feared, a scan or an appointment only asked about: whom the line is for
    ("found a lump in my breast last week, could it be cancer? should I make an appointment?", "a new lump"),
    ("My periods stopped 4 years ago and this week I have had some spotting", "bleeding after the menopause"),
    ("bright red blood on the toilet paper when I go, for a few weeks now", "blood in your poo"),
    ("the mole on my shoulder has got bigger and gone darker this year", "a mole that is changing"),
    ("I have had an ulcer on my tongue for 4 weeks that won't heal", "a mouth ulcer"),
    ("my husband's eyes have gone yellow and his pee is dark", "yellow skin"),
    # session 39's blind review QQ: blood in the urine told with no "my", glands swollen with night sweats
    ("blood in pee but no pain, im 64 man. is this bladder cancer??", "blood in your urine"),
    ("Swollen lymph nodes in my armpit and drenching night sweats for about a month, lost some weight too",
     "a new lump"),
])
def test_a_sign_to_see_a_doctor_about_soon_is_named(text: str, sign: str) -> None:
    note = see_soon_note(text)
    assert sign in note and "see a doctor soon" in note


@pytest.mark.parametrize("text", [
    "no blood in my urine, just a burning feeling when I pee",  # denied
    "I'm not losing weight but I'm tired all the time",
    "my husband had blood in his urine and after a cystoscopy they found bladder cancer. What is BCG?",  # seen to
    "I found a lump in my breast and have a mammogram booked for Monday. Are most lumps cancer?",
    "my 3 year old grandson, the food stays stuck in his stomach, we call it empacho",  # a child
    "my newborn's skin looks yellow today",  # the triage's
    "hoarse voice since yesterday after shouting at the match",  # not three weeks
    "swollen glands in my neck with a cold since Monday",  # a cold's, days old
    "what are the side effects of ibuprofen?",
])
def test_no_line_without_such_a_sign(text: str) -> None:
    assert signs_told(text) == [] and see_soon_note(text) == ""


def test_at_most_two_signs_are_named() -> None:
    text = ("I've lost weight without trying, there's blood in my poo and my skin looks yellow. Also trouble "
            "swallowing.")
    assert len(signs_told(text)) == 4
    note = see_soon_note(text)
    assert note == SEE_SOON_NOTE.format(signs="food that sticks when you swallow or weight loss you cannot explain")


def test_the_line_is_shown_under_an_answer_or_a_no_match(searcher: Searcher) -> None:
    """Whatever the search finds, the line is said; an emergency is the triage's and gets none, nor a pet."""
    answerer = Answerer(triage=Triage())
    for question in ("I saw blood in my pee this morning, no pain. What could cause this?",
                     "How is a urinary tract infection treated? I have blood in my urine since Monday"):
        answer = answerer.ask(searcher, question)
        assert answer.status in {"answered", "no_match"}
        assert "blood in your urine, see a doctor soon" in answer.message, (question, answer.status)
        if answer.status == "answered":
            assert answer.caution is not None and "see a doctor soon" in answer.caution
    emergency = answerer.ask(searcher, "I am peeing pure blood with big clots and now I can't pee at all and I'm "
                                       "dizzy and pale")
    assert emergency.status == "emergency" and "see a doctor soon" not in emergency.message
    pet = answerer.ask(searcher, "my cat keeps peeing on the bed and I saw blood in the pee")
    assert "see a doctor soon" not in pet.message


@pytest.mark.parametrize(("text", "told"), [
    # session 38's blind review OO: a first psychosis described by a parent, declined with nothing on how soon to act
    ("My son is 19. Over the past year he quit university, stays in his room, stopped washing, and now says the "
     "neighbours are putting voices in his head through the walls. Could this be schizophrenia? What should we do?",
     True),
    ("my mum is convinced the neighbours are spying on her and won't leave the house", True),
    ("I've started hearing voices when nobody is there", True),
    # denied, or already in someone's care
    ("no voices or anything like that, just a very low mood", False),
    ("he has schizophrenia and is on clozapine but still hears voices at night, is that normal?", False),
    ("she was diagnosed with psychosis last year and the early intervention team visit weekly", False),
])
def test_a_first_psychosis_gets_a_line_on_seeking_help_within_days(text: str, told: bool) -> None:
    from indexer.answer import PSYCHOSIS_NOTE, psychosis_note

    assert (psychosis_note(text) == PSYCHOSIS_NOTE) is told


def test_the_psychosis_line_is_shown_under_a_no_match_or_an_answer(searcher: Searcher) -> None:
    from indexer.answer import PSYCHOSIS_NOTE

    answer = Answerer(triage=Triage()).ask(searcher, "my brother says the neighbours are putting voices in his head "
                                                     "through the walls, what should we do")
    assert answer.status in ("answered", "no_match") and PSYCHOSIS_NOTE in answer.message
