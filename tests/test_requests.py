"""Clinic service requests get no_match before retrieval; health questions about the same things do not."""

from __future__ import annotations

import pytest

from indexer.requests import is_service_request
from tests.support import labelled_health_messages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can I get a refill of my blood pressure pills", True),
        ("I need to book an appointment for my knee", True),
        ("please reschedule my appt to next week", True),
        ("what are your opening hours on saturday", True),
        ("how do I pay my bill online", True),
        ("does my insurance cover physio", True),
        ("can you email me my blood test results", True),
        ("what are the side effects of my blood pressure pills", False),
        ("how do I know if my test results are normal", False),
        ("should I see a doctor about my knee pain", False),
        ("is it safe to take ibuprofen with my prescription", False),
        ("any appointments available on friday", True),
        ("could I get an appointment with dr patel", True),
        # A date after "appointment" is backstory, not a booking request.
        ("we have an oncology appointment next week, how is male breast cancer treated", False),
        ("i have a doctors appointment tomorrow, what tests show anemia", False),
        ("will your insurer cover my knee brace", True),
        # What Medicare pays for is a health-information question MedQuAD answers.
        ("does medicare pay for home health care after a fall", False),
        ("can you file a claim for my last visit", True),
        # Insurance in the backstory of a health question is not a billing request.
        ("my insurance stopped covering my inhaler, are there cheaper ones that work the same", False),
        # Reading the patient's own report, choosing a local doctor (eval/emergency_blind.jsonl).
        ("Can you tell me what my MRI report means? It says mild degenerative disc disease", True),
        ("can you look at my lab results and tell me if they're ok? LDL 142, HDL 38", True),
        ("Which orthopedic surgeon in Springfield is the best for knee replacement?", True),
        ("can you recommend a good dermatologist near me?", True),
        ("is dr nguyen taking new patients", True),
        ("what is degenerative disc disease on an MRI", False),
        ("my lab results show high ALT, what causes that?", False),
        ("which doctor is best for thyroid problems, an endocrinologist?", False),
        ("what is the best treatment for knee arthritis", False),
        # A planned visit told as backstory (eval/dev_graded.jsonl, gr-h-09), not a booking.
        ("What causes rosacea? I would like to know what to expect before I make an appointment.", False),
        ("can I make an appointment for tuesday", True),
        # Graded round 7 (gr-af-12, gr-ah-26): a noun "check" before the next sentence, and a
        # general insurance aside at the end of a health question.
        ("positive on my school health check. My chest x-ray was clear, why treat latent TB?", False),
        ("will this gap close on its own or will i need surgery, and does insurance ever cover that", False),
        ("can you check my x-ray from last week", True),
        ("does the insurance cover a tummy tuck", True),
        ("should i book a checkup", True),
        # Session 11's blind writers (development half): the clinic asked to act, wrapped in health
        # details; the patient's own results; prices, paperwork and the building.
        ("Could the doctor just do another prescription for the amoxicillin so I don't have to take him out of "
         "school?", True),
        ("can the doctor refer me to a dermatologist? been using the eczema cream for 6 weeks", True),
        ("He has finished his last box of Seretide. Can you please put it through today?", True),
        ("can the dr send it electronically to the CVS on Elm today?", True),
        ("Got my cholesterol results, LDL 162. Or can he just tell me over the phone what to do", True),
        ("Can you tell me what my latest result was from the check I had in March?", True),
        ("Can the doctor call in some antibiotics for me? Same sinus thing as last year", True),
        ("can you prescribe me something to help me sleep, like ambien", True),
        ("can i collect her prescription from the pharmacy counter for her", True),
        ("Is the flu clinic still on this Saturday and do I need to book or just turn up?", True),
        ("Can I just book the blood test with the phlebotomist or do I have to see the GP first?", True),
        ("Any way to get a same day appt for strep?", True),
        ("my mom needs a follow up after her knee surgery, can we get something in the next 2 weeks", True),
        ("I'd like to schedule my annual mammogram, what days do you have open?", True),
        ("is my a1c back yet from the blood draw last wednesday", True),
        ("the biopsy would be back in a week. It's been 10 days. Is it back?? Is it cancer?", True),
        ("how much is a flu shot if you dont have insurance", True),
        ("Is my MRI going to be covered by Medicare or do I need a prior authorization first?", True),
        ("Does my plan cover the flu shot at your clinic?", True),
        ("Are you accepting new patients with Medicaid?", True),
        ("Does Dr. Nguyen take new Medicare patients?", True),
        ("Does the hospital cafeteria have vegetarian options and what are its hours?", True),
        ("where can i buy a cheap car seat around here", True),
        ("Just need a repeat of my brown preventer inhaler please.", True),
        # ... and the health questions that share their words.
        ("I get amitriptyline on repeat prescription for nerve pain. Is it safe to have a glass of wine with it?",
         False),
        ("The travel clinic said we need a yellow fever vaccine and it isn't covered by my insurance. Is it safe at "
         "64?", False),
        ("can you sign up for a clinical trial for ALS?", False),
        ("what are the hours of sleep a teenager needs", False),
        ("can you tell me what my symptoms were caused by?", False),
        ("can you send me information about diabetes", False),
        ("is it back pain or kidney pain", False),
        ("can he take ibuprofen with his antibiotics", False),
        ("can doctors prescribe adderall to a 5 year old", False),
        ("do i need to bring anything to my colonoscopy", False),
        ("how much sugar is too much for a diabetic", False),
        # Session 12: the portal, notes for work, home and video visits, a named insurer or doctor ...
        ("how do i reset my patient portal password it keeps locking me out after 3 tries", True),
        ("I need a doctors note for work for the days i was off sick last week. can it be emailed?", True),
        ("do your doctors do home visits? or can we do a video appointment instead", True),
        ("do u take blue cross", True),
        ("Please can I speak to Dr Harrington about my MRI results", True),
        # ... and health questions with the same words.
        ("is it safe to go back to work after covid without a note from a doctor test?", False),
        ("my doctor said I should talk to a specialist, what does a rheumatologist do?", False),
        ("does medicare cover the shingles vaccine", False),
        ("I will talk to my doctor about it but what are the side effects of a statin?", False),
        ("what is a home visit by a nurse after a stroke like and what do they check?", False),
        # Session 16 (a QA review): the patient's own results asked for, and the building.
        ("what are my blood test results", True),
        ("what was my cholesterol number on my last test", True),
        ("did my lab results come back", True),
        ("where is the clinic parking", True),
        ("what are the results of a high a1c test", False),
        ("what was the cause of my low potassium", False),
        ("what was my a1c supposed to be under", False),
        ("what were my chances of passing it on to my kids", False),
        ("how long does parking a car after cataract surgery have to wait, can I drive", False),
        # Session 30's blind review: a stain on the carpet is not health; stains on teeth or skin are.
        ("What's the best way to get a red wine stain out of a light carpet? It's been there since last night.", True),
        ("how do I get a blood stain out of my sheets", True),
        ("how can I get coffee stains off my teeth", False),
        ("is a port wine stain on my baby's face dangerous", False),
        ("how to remove the stains on my nails from nail polish", False),
        # Session 31's blind review O: a bill missed or forgotten is a sign of memory loss; a household bill is not the
        # clinic's; the clinic's own bill still is business
        ("My mom is 82. She missed paying her electric bill twice and got lost driving home. Her doctor visit is in a "
         "month. What are the early signs of Alzheimer's?", False),
        ("she forgets to pay her bills and gets lost, is it dementia", False),
        ("how do I pay my bill online", True),
        ("I got a bill for my last visit that looks wrong", True),
        # Session 33's last blind review: a family's visit is not the clinic's
        ("I have shingles and my pregnant daughter-in-law was coming to stay this weekend. Can she catch it? Should we "
         "cancel the visit?", False),
        ("I need to cancel my visit on Tuesday", True),
        ("can I reschedule the doctor's visit to next week", True),
        # Session 38's blind review: a refill asked outright names the medicine, not "my pills"
        ("pls refill my creon 25000 capsules, running out on friday", True),
        # the whole message a refill and a medicine, as typed into a phone (session 40's blind review WW)
        ("refill lisinopril", True),
        ("lisinopril 10mg refill pls", True),
        ("refill?", True),
        ("what happens if i refill too early", False),
        # billing (session 40's blind review XX)
        ("I was charged twice for my mole removal on the 3rd, $180 each time. Who do I contact to get a refund?", True),
        ("is it normal to be charged for a flu shot?", False),
        # a bill disputed, a medicine ordered and delivered (session 41's blind review ZZ)
        ("I got a bill for $340 for my STD panel and HIV test, I thought it was covered by my insurance. Who do I call "
         "to dispute it?", True),
        ("Can you order me a box of the morning after pill and have it delivered discreetly to my flat today?", True),
        ("how long does the morning after pill take to work once it's in the body?", False),
        ("can my body dispute a vaccine, like reject it?", False),
        ("please refill my ventolin, I have two puffs left", True),
        ("can you renew my mum's levothyroxine", True),
        ("I refill my pill organiser every Sunday, is it OK to keep metformin in it?", False),
        # the whole message as typed into the box (session 42's blind review EEE)
        ("repeat prescription", True),
        ("results ready?", True),
        ("how much is a blood test", True),
        ("how much is a normal blood sugar", False),
        ("repeat prescription of sertraline safe in pregnancy?", False),
        ("are blood test results ready in a day usually, or is a week normal for a cbc?", False),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_is_service_request(text: str, expected: bool) -> None:
    assert is_service_request(text) is expected


def test_no_dev_health_question_is_taken_for_a_request() -> None:
    assert [i for i, text in labelled_health_messages() if i.startswith(("dev-", "gr-")) and is_service_request(text)] \
        == []


def test_api_answers_service_requests_with_no_match(client) -> None:  # type: ignore[no-untyped-def]
    body = client.post("/v1/ask", json={"question": "can I get a refill of my asthma inhaler please"}).get_json()
    assert body["status"] == "no_match" and body["answer"] is None and body["matches"] == []
    assert "contact the clinic" in body["message"]
