"""Questions about an animal get a pointer to a vet, never a person's answer; a person's question that
mentions an animal is never refused for it, and an emergency is never withheld for it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from indexer import Searcher
from indexer.animals import is_about_an_animal, is_pet_record
from indexer.answer import ANIMAL_EMERGENCY_NOTE, ANIMAL_MESSAGE, Answerer

from .conftest import MEDQUAD, needs_shared_data
from .support import labelled_texts

EVAL = Path(__file__).resolve().parent.parent / "eval"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # About an animal: its health, care, medicines, and questions about animals in general.
        ("my cat keeps scratching the couch, how do I stop her", True),
        ("our goldfish is floating on its side and breathing fast, is it dying?", True),
        ("what vaccines does a puppy need and when", True),
        ("is it safe to give my dog ibuprofen for his limp", True),
        ("can dogs get lyme disease from ticks", True),
        ("she's a 9 year old lab and has been sick all morning", True),
        ("Corn snake not eaten in 6 weeks, is that ok?", True),
        ("Please help me, my dog is having a seizure right now", True),
        ("our family dog is limping on his back leg", True),
        ("my lab is throwing up yellow foam every morning", True),
        # A person is involved: bitten, scratched, allergic, pregnant, a child, the writer's body.
        ("my cat scratched me and now the scratch is red and swollen", False),
        ("I was bitten by my neighbour's dog yesterday, do I need a rabies shot?", False),
        ("dog bite on my calf bleeding a lot wont stop help", False),
        ("My 2 year old just swallowed one of the dog's heartworm tablets", False),
        ("Took the dog for a walk in the woods last week and now there's a bullseye rash on my thigh", False),
        ("I'm 10 weeks pregnant and we have two cats, should I worry about toxoplasmosis?", False),
        ("can i bring my service dog to my chemo appointments", False),
        ("even the dog is sleepy and we all have headaches since the boiler came on", False),
        ("could I catch ringworm from the cat?", False),
        ("I accidentally took my dog's pills this morning instead of mine, am I ok?", False),
        ("my hamster died and ive felt really low for weeks", False),
        ("I drink raw milk from our goats and have had fevers on and off", False),
        # people at work with animals, asking how a person catches it (session 43's blind review HHH)
        ("we have rats in the barn and I heard farmers can catch weils disease, how do you catch it", False),
        # Animal words that are not animals: tests, illnesses, idioms, food.
        ("keep getting charley horse in my calves at night", False),
        ("what does a PET scan show?", False),
        ("is chicken pox dangerous for adults", False),
        ("been sick as a dog since tuesday, cant keep water down", False),
        ("my little bunny is 4 months and has a rash on both cheeks", False),
        ("Choked on a bit of chicken at dinner last night, throat still scratchy", False),
        ("where do i drop off a stool sample, front desk or the lab", False),
        ("my lab results came back with high potassium", False),
        # results called "labs" (session 35's blind review: "sodium came back 131 on my labs")
        ("sodium came back 131 on my labs, low flag. what does it mean", False),
        ("my labs came back and my alt is high", False),
        ("my lab came back normal but I still feel tired", False),
        ("What are the symptoms of Cat scratch disease ?", False),
        # a lung disease named after birds (session 40's blind review VV)
        ("What is bird fancier's lung?", False),
        ("is pigeon breeders lung the same as asthma", False),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_is_about_an_animal(text: str, expected: bool) -> None:
    assert is_about_an_animal(text) is expected


def test_pet_records() -> None:
    assert is_pet_record("what is the risk for my pet for Rabies ?")
    assert not is_pet_record("What is (are) Cat Scratch Disease ?")
    assert not is_pet_record("What is (are) Animal Bites ?")


#: The labelled messages of eval/ that are about an animal (the only ones that may be flagged).
ABOUT_ANIMALS = {
    "dev_questions:dev-018", "emergency_blind:ebl-101", "emergency_blind10:q12-004", "emergency_blind10:q12-026",
    "emergency_blind10:q12-027", "emergency_blind10:q12-030", "emergency_blind10:q12-077", "emergency_blind10:q12-094",
    "emergency_blind10:q12-105",
    "emergency_blind2:eb2-045", "emergency_blind2:eb2-053", "emergency_blind7:b12-089", "emergency_dev:em-159",
    "emergency_blind23:tw-049",  # a beagle's seizure (session 33), about an animal as written
    "emergency_blind61:tbl-011",  # a dog that chewed a strip of ibuprofen (session 44), about an animal as written
}  # fmt: skip


def test_no_labelled_person_message_is_taken_for_an_animal() -> None:
    texts = labelled_texts(skip=("animals_",))
    assert len(texts) > 4000
    assert ABOUT_ANIMALS <= set(texts)
    assert {k for k, t in texts.items() if is_about_an_animal(t)} == ABOUT_ANIMALS


#: Blind writers' animal-or-person messages (eval/animals_blind*.jsonl; docs/evaluation.md): each
#: was measured once as written, then the patterns were tightened until no person message reads as
#: about an animal. The animal messages still missed (named pets, "my boy", a pet's owner who says
#: "I" about themself) stay on the normal path.
ANIMAL_SETS = ("animals_blind.jsonl", "animals_blind2.jsonl", "animals_blind3.jsonl")


@pytest.mark.parametrize("name", ANIMAL_SETS)
def test_blind_writers_person_messages_are_never_taken_for_an_animal(name: str) -> None:
    rows = [json.loads(line) for line in (EVAL / name).open()]
    assert {r["label"] for r in rows} == {"animal", "person"}
    assert [r["id"] for r in rows if r["label"] == "person" and is_about_an_animal(r["text"])] == []
    animals = [r for r in rows if r["label"] == "animal"]
    # Most of the animal messages are recognised (36/55, 23/45, 27/40 when this was written).
    assert sum(is_about_an_animal(r["text"]) for r in animals) >= len(animals) // 2


@needs_shared_data()
def test_only_medquads_pet_question_reads_as_about_an_animal() -> None:
    from corpus import load_medquad

    questions = {r.question for r in load_medquad(MEDQUAD, include_answerless=True)}
    assert len(questions) > 40_000
    assert [q for q in questions if is_about_an_animal(q)] == ["what is the risk for my pet for Rabies ?"]


def test_api_points_animal_questions_to_a_vet(client) -> None:  # type: ignore[no-untyped-def]
    question = "my dog keeps scratching his back, how is that treated?"
    body = client.post("/v1/ask", json={"question": question}).get_json()
    assert body["status"] == "no_match" and body["reason"] == "animal"
    assert body["answer"] is None and body["confidence"] == 0 and body["related"] == []
    # The nearest reviewed questions stay as suggestions (for a person's question read wrongly).
    assert body["matches"] and all(m["id"].startswith("fx-") for m in body["matches"])
    assert body["message"] == ANIMAL_MESSAGE and "vet" in body["message"]
    # The same words about the writer's own back are a person's question.
    body = client.post("/v1/ask", json={"question": "my back keeps aching after walking the dog, how is that treated?"})
    assert body.get_json()["reason"] != "animal"


def test_emergency_about_an_animal_keeps_the_emergency_and_names_a_vet(client) -> None:  # type: ignore[no-untyped-def]
    body = client.post("/v1/ask", json={"question": "the dog isnt breathing, his gums look blue, HELP"}).get_json()
    assert body["status"] == "emergency"
    assert body["emergency"]["message"].endswith(ANIMAL_EMERGENCY_NOTE)
    assert body["message"] == body["emergency"]["message"]
    person = client.post("/v1/ask", json={"question": "my husband isnt breathing, his lips look blue, HELP"}).get_json()
    assert person["status"] == "emergency" and ANIMAL_EMERGENCY_NOTE not in person["emergency"]["message"]


def test_a_record_about_pets_may_answer(make_index, encoder, tiny_records) -> None:  # type: ignore[no-untyped-def]
    pet = replace(tiny_records[0], id="fx-pet-rabies", question="What is the risk for my pet for rabies?",
                  answer="Pets that are not vaccinated can catch rabies from wild animals; keep their shots current.",
                  alt_questions=(), focus="Rabies", qtype="susceptibility")
    people = replace(tiny_records[0], id="fx-csd", question="What is cat scratch disease?",
                     answer="Cat scratch disease is an infection people get from a cat's scratch or bite.",
                     alt_questions=(), focus="Cat scratch disease", qtype="information")
    searcher = Searcher.load(make_index([pet, people]), encoder)
    answerer = Answerer()
    answered = answerer.ask(searcher, "what is the risk for my pet for rabies?")
    assert answered.status == "answered" and answered.answer is not None
    assert answered.answer.record.id == "fx-pet-rabies"
    declined = answerer.ask(searcher, "how do I stop my cat scratching the couch")
    assert declined.status == "no_match" and declined.about_an_animal and declined.answer is None


def test_eval_rows_count_each_kind_of_outcome() -> None:
    from eval.animals import AnimalResult, animal_rows

    results = {"eval/animals_x.jsonl": [
        AnimalResult("a1", "animal", "answered", True, False),  # a person's answer: the failure
        AnimalResult("a2", "animal", "answered", True, True),  # from a record about pets
        AnimalResult("a3", "animal", "no_match", True, False),  # the vet message
        AnimalResult("a4", "animal", "emergency", True, False),  # emergency message with the vet line
        AnimalResult("a5", "animal", "no_match", False, False),  # missed: plain no_match
        AnimalResult("p1", "person", "answered", False, False),
        AnimalResult("p2", "person", "no_match", True, False),  # a person taken for an animal
        AnimalResult("p3", "person", "emergency", False, False),
    ]}
    rows = dict(animal_rows(results))
    assert rows["animals_x.jsonl"] == rows["all"] == {
        "animal messages": 5, "person's answer": 1, "pet record": 1, "vet message": 2,
        "person messages": 3, "read as animal": 1, "answered": 1, "emergency": 1,
    }
