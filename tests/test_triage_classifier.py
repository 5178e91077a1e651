"""The learned emergency check that runs after the rules: its maths, its file, its wiring into the
Answerer and the API, and what it does when it cannot be used."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from eval.train_triage import fit
from indexer.answer import Answerer
from safety import ClassifierError, Emergency, EmergencyClassifier, Triage, contacts_for, load_classifier
from safety.classifier import CLASSIFIER_FILE, ClassifierMismatch, KindModel
from safety.evaluation import evaluate
from safety.triage import CLASSIFIER_RULE, POSSIBLE_EMERGENCY, emergency_message, first_rule

# Long messages that describe an emergency happening now in words no rule was written for
# (checked below: the rules let each one through), and long ordinary questions.
#: An emergency no rule reads, which the classifier flags (the mushroom story that stood here until session 32 is now
#: read by poison.wild_mushrooms).
UNRULED_EMERGENCIES = [
    "my partner fell off scaffolding at work about 3 metres, he's lying there and says his neck hurts a lot, the lads "
    "want to sit him up",
]
ORDINARY_LONG = [
    "Help paying for my treatments\nHello, my husband was laid off in March and we lost our insurance through his "
    "job. I have rheumatoid arthritis and my injections cost more than our rent. What programs can help pay for "
    "arthritis medicine?",
    "My lower back and my hamstring have both hurt for about three years now, worse after sitting at my desk all "
    "day. Could the two be connected, and could it be coming from my spine?",
]


def _classifier(coef: np.ndarray, **kw: object) -> EmergencyClassifier:
    values = {"intercept": 0.0, "threshold": 0.5, "model_name": "m", "model_fingerprint": "f", **kw}
    return EmergencyClassifier(coef, **values)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- maths
def test_training_fit_is_at_the_optimum_of_the_c_objective() -> None:
    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal(1.0, 0.5, (40, 3)), rng.normal(-1.0, 0.5, (40, 3))])
    y = np.array([True] * 40 + [False] * 40)
    coef, intercept = fit(x, y, c=10.0)
    p = 1 / (1 + np.exp(-(x @ coef + intercept)))
    assert ((p >= 0.5) == y).mean() >= 0.95
    # The gradient of 0.5|w|^2 + C * log-loss (intercept unpenalised) vanishes at the solution.
    grad_w = coef + 10.0 * x.T @ (p - y)
    grad_b = 10.0 * float((p - y).sum())
    assert np.abs(grad_w).max() < 1e-5 and abs(grad_b) < 1e-5


def test_probability_threshold_and_minimum_length() -> None:
    clf = _classifier(np.array([2.0, 0.0]), min_words=5)
    long_text = "one two three four five six"
    assert clf.probability(np.array([1.0, 0.0])) == pytest.approx(1 / (1 + np.exp(-2.0)))
    assert clf.flags(np.array([1.0, 0.0]), long_text)
    assert not clf.flags(np.array([-1.0, 0.0]), long_text)
    # A short message is left to the rules however sure the classifier would be.
    assert not clf.flags(np.array([1.0, 0.0]), "one two")


def test_encoder_check_names_both_models() -> None:
    clf = _classifier(np.zeros(4) + 0.1, model_name="all-MiniLM-L6-v2", model_fingerprint="abc")
    clf.check_encoder("all-MiniLM-L6-v2", "abc", 4)
    with pytest.raises(ClassifierMismatch, match="abc.*other"):
        clf.check_encoder("other-model", "other", 4)
    with pytest.raises(ClassifierMismatch, match="dim 4"):
        clf.check_encoder("all-MiniLM-L6-v2", "abc", 8)


# ---------------------------------------------------------------------------- the file
def test_save_and_load_round_trip(tmp_path: Path) -> None:
    clf = _classifier(np.array([0.25, -0.5, 1.0]), intercept=-1.5, threshold=0.6, min_words=12, provenance="test")
    path = tmp_path / "c.json"
    clf.save(path, extra={"cross_validated": {"x": 1}})
    back = EmergencyClassifier.load(path)
    assert np.allclose(back.coef, clf.coef) and back.intercept == -1.5 and back.threshold == 0.6
    assert back.min_words == 12 and back.provenance == "test" and back.model_fingerprint == "f"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ("{not json", "not JSON"),
        ('{"format": 99}', "format 1"),
        ('{"format": 1, "coef": [1.0]}', "intercept"),
        ('{"format": 1, "coef": [NaN], "intercept": 0, "threshold": 0.5, "model_name": "m", "model_fingerprint": "f"}',
         "finite"),
        ('{"format": 1, "coef": [1.0], "intercept": 0, "threshold": 1.5, "model_name": "m", "model_fingerprint": "f"}',
         "threshold"),
    ],
)
def test_bad_classifier_files_are_named(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "classifier.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(ClassifierError, match=message) as info:
        EmergencyClassifier.load(path)
    assert "classifier.json" in str(info.value) or message in ("finite", "threshold")


def test_load_classifier_setting(tmp_path: Path) -> None:
    assert load_classifier("off") is None
    assert load_classifier("bundled").model_fingerprint == EmergencyClassifier.load(CLASSIFIER_FILE).model_fingerprint
    with pytest.raises(ClassifierError, match="missing.json"):
        load_classifier(str(tmp_path / "missing.json"))


def test_bundled_classifier_matches_the_bundled_model(encoder) -> None:  # type: ignore[no-untyped-def]
    clf = load_classifier()
    assert clf is not None
    clf.check_encoder(encoder.name, encoder.base_fingerprint, encoder.dim)
    payload = json.loads(CLASSIFIER_FILE.read_text())
    assert "held-out set never read" in payload["provenance"]
    assert payload["cross_validated"]["ordinary_false_alarms"] <= 0.01 * payload["cross_validated"]["ordinary_messages"]


def _kinds(threshold: float = 0.6) -> KindModel:
    # Two kinds on a 2-d toy space: the first axis says "choking", the second "seizure".
    return KindModel(("choking", "seizure"), np.array([[4.0, 0.0], [0.0, 4.0]]), np.zeros(2), threshold)


def test_kind_model_names_a_kind_only_when_sure() -> None:
    kinds = _kinds()
    p = kinds.probabilities(np.array([1.0, 0.0]))
    assert p.sum() == pytest.approx(1.0) and p[0] > 0.9
    assert kinds.name(np.array([1.0, 0.0])) == "choking"
    assert kinds.name(np.array([0.0, 1.0])) == "seizure"
    assert kinds.name(np.array([0.5, 0.5])) is None  # 50/50: not sure enough to name
    back = KindModel.from_json(json.loads(json.dumps(kinds.to_json())))
    assert back.categories == kinds.categories and np.allclose(back.coef, kinds.coef)


def test_kind_model_shapes_are_checked() -> None:
    with pytest.raises(ClassifierError, match="2 categories"):
        KindModel(("a", "b"), np.zeros((3, 2)), np.zeros(2), 0.5)
    with pytest.raises(ClassifierError, match="distinct"):
        KindModel(("a", "a"), np.zeros((2, 2)), np.zeros(2), 0.5)
    with pytest.raises(ClassifierError, match="dimension"):
        _classifier(np.ones(3), kinds=_kinds())


def test_named_kind_gets_its_own_message_and_unknown_kinds_are_refused(tmp_path: Path) -> None:
    triage = Triage(contacts_for("US"), _classifier(np.array([5.0, 5.0]), min_words=0, kinds=_kinds()))
    named = triage.check_vector(np.array([1.0, 0.0]), "my dad")
    assert named is not None and named.category == "choking" and named.rule == CLASSIFIER_RULE
    assert "back blows" in named.message
    unsure = triage.check_vector(np.array([0.5, 0.5]), "my dad")
    assert unsure is not None and unsure.category == POSSIBLE_EMERGENCY
    odd = KindModel(("choking", "alien_abduction"), np.eye(2), np.zeros(2), 0.5)
    with pytest.raises(ClassifierError, match="alien_abduction"):
        Triage(classifier=_classifier(np.ones(2), kinds=odd))
    # Saved and read back with its kind model.
    path = tmp_path / "k.json"
    _classifier(np.ones(2), kinds=_kinds()).save(path)
    assert EmergencyClassifier.load(path).kind(np.array([0.0, 1.0])) == "seizure"


def test_suicide_is_named_only_with_a_word_of_self_harm_or_despair() -> None:
    kinds = KindModel(("suicide_self_harm", "seizure"), np.array([[4.0, 0.0], [0.0, 4.0]]), np.zeros(2), 0.6)
    triage = Triage(contacts_for("US"), _classifier(np.array([5.0, 5.0]), min_words=0, kinds=kinds))
    suicide = np.array([1.0, 0.0])
    # Clinic messages the bundled model flagged and named "suicide" (eval/dev_clinic_blind.jsonl):
    for text in ("Please could you pass a message to Tamsin in the lactation team, tell her Ruby is finally "
                 "latching on both sides and we owe her big time x",
                 "my son is 6 and broke his wrist on the trampoline, school want a note from the doctor saying "
                 "he cant do PE for the next 4 weeks. can i pick one up tomorrow"):
        got = triage.check_vector(suicide, text)
        assert got is not None and got.category == POSSIBLE_EMERGENCY and "988" in got.message
    for text in ("my boyfriend said everyone would be better off without him and now he won't answer",
                 "she's been saving up her pills for weeks and just texted me goodbye",
                 "I\u2019m on the bridge and I don\u2019t want to be here anymore"):
        got = triage.check_vector(suicide, text)
        assert got is not None and got.category == "suicide_self_harm", text
    seizure = triage.check_vector(np.array([0.0, 1.0]), "my dad is shaking all over")
    assert seizure is not None and seizure.category == "seizure"  # other kinds need no such word


def test_an_unconscious_diabetic_gets_the_diabetic_message() -> None:
    kinds = KindModel(("unconscious", "seizure"), np.array([[4.0, 0.0], [0.0, 4.0]]), np.zeros(2), 0.6)
    triage = Triage(contacts_for("US"), _classifier(np.array([5.0, 5.0]), min_words=0, kinds=kinds))
    diabetic = triage.check_vector(np.array([1.0, 0.0]),
                                   "my wife took her insulin and skipped dinner, now she is so drowsy")
    assert diabetic is not None and diabetic.category == "diabetic_emergency" and "glucagon" in diabetic.message
    other = triage.check_vector(np.array([1.0, 0.0]), "my dad slumped in his chair and I can't rouse him")
    assert other is not None and other.category == "unconscious"
    cold = triage.check_vector(np.array([1.0, 0.0]), "found him outside, hypothermia maybe, barely rousable")
    assert cold is not None and cold.category == "unconscious"  # not a "hypo"


def test_red_urine_named_a_bleed_gets_the_generic_message() -> None:
    """Session 35's blind review GG: red urine after beetroot, named "severe_bleeding" by the classifier, got the
    advice to press on the wound and use a tourniquet."""
    kinds = KindModel(("severe_bleeding", "seizure"), np.array([[4.0, 0.0], [0.0, 4.0]]), np.zeros(2), 0.6)
    triage = Triage(contacts_for("US"), _classifier(np.array([5.0, 5.0]), min_words=0, kinds=kinds))
    urine = triage.check_vector(np.array([1.0, 0.0]), "HELP my pee is bright red this morning, is this blood??")
    assert urine is not None and urine.category == "possible_emergency" and "tourniquet" not in urine.message
    wound = triage.check_vector(np.array([1.0, 0.0]), "cut my leg on glass and it is gushing, I need to pee")
    assert wound is not None and wound.category == "severe_bleeding"


def test_bundled_kind_model_covers_only_known_categories() -> None:
    from safety import CATEGORIES

    clf = load_classifier()
    assert clf is not None and clf.kinds is not None
    assert set(clf.kinds.categories) <= set(CATEGORIES)
    Triage(classifier=clf)  # would raise on a kind without a message


# ---------------------------------------------------------------------------- triage and answerer
def test_check_vector_words_a_generic_emergency_message() -> None:
    triage = Triage(contacts_for("GB"), _classifier(np.array([5.0, 0.0]), min_words=0))
    emergency = triage.check_vector(np.array([1.0, 0.0]), "my dad is very unwell")
    assert emergency is not None
    assert (emergency.category, emergency.rule) == (POSSIBLE_EMERGENCY, CLASSIFIER_RULE)
    assert "999" in emergency.message and "116 123" in emergency.message and "NHS 111" in emergency.message
    assert emergency.message.startswith("What you describe can be a sign of an emergency.")
    assert triage.check_vector(np.array([-1.0, 0.0]), "my dad is very unwell") is None
    assert Triage().check_vector(np.array([1.0, 0.0]), "my dad is very unwell") is None  # no classifier


@pytest.mark.parametrize("text", UNRULED_EMERGENCIES)
def test_classifier_catches_what_the_rules_miss(searcher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert first_rule(text) is None
    rules_only = Answerer(Triage()).ask(searcher, text)
    assert rules_only.status != "emergency"
    answer = Answerer(Triage(classifier=load_classifier())).ask(searcher, text)
    assert answer.status == "emergency" and answer.matches == [] and answer.answer is None
    assert answer.emergency is not None and answer.emergency.rule == CLASSIFIER_RULE


@pytest.mark.parametrize("text", ORDINARY_LONG)
def test_classifier_leaves_ordinary_questions_alone(searcher, text: str) -> None:  # type: ignore[no-untyped-def]
    answer = Answerer(Triage(classifier=load_classifier())).ask(searcher, text)
    assert answer.status != "emergency"
    # The search reused the vectors computed for the classifier: same result as without it.
    plain = Answerer(Triage()).ask(searcher, text)
    assert [h.record.id for h in answer.matches] == [h.record.id for h in plain.matches]
    assert answer.confidence == pytest.approx(plain.confidence)


def test_rules_still_come_first(searcher) -> None:  # type: ignore[no-untyped-def]
    text = "my dad's face is drooping and he can't lift his arm right now"
    answer = Answerer(Triage(classifier=load_classifier())).ask(searcher, text)
    assert answer.status == "emergency" and answer.emergency is not None and answer.emergency.category == "stroke"


def test_classifier_of_another_model_is_not_used(searcher, caplog) -> None:  # type: ignore[no-untyped-def]
    bundled = load_classifier()
    assert bundled is not None
    foreign = EmergencyClassifier(bundled.coef, bundled.intercept, bundled.threshold, "other-model", "0000")
    answerer = Answerer(Triage(classifier=foreign))
    with caplog.at_level(logging.WARNING):
        answer = answerer.ask(searcher, UNRULED_EMERGENCIES[0])
        answerer.ask(searcher, UNRULED_EMERGENCIES[0])
    assert answer.status != "emergency"
    warnings = [r for r in caplog.records if "emergency classifier off" in r.getMessage()]
    assert len(warnings) == 1 and "other-model" in warnings[0].getMessage()
    # The rules still run.
    assert answerer.ask(searcher, "I want to kill myself").status == "emergency"


def test_evaluation_counts_what_the_classifier_added(tmp_path: Path, searcher) -> None:  # type: ignore[no-untyped-def]
    cases = [
        {"id": "a", "text": UNRULED_EMERGENCIES[0], "emergency": True, "category": "overdose_poisoning"},
        {"id": "b", "text": ORDINARY_LONG[0], "emergency": False, "category": None},
        {"id": "c", "text": "I want to kill myself", "emergency": True, "category": "suicide_self_harm"},
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in cases) + "\n")
    rules = evaluate(path, Triage())
    both = evaluate(path, Triage(classifier=load_classifier()), lambda t: searcher.prepare(t).message_vector)
    assert (rules["detected"], rules["by_classifier"]) == (1, 0)
    assert (both["detected"], both["by_classifier"], both["false_alarms"]) == (2, 1, 0)
    # The classifier names the kind only when its kind model is sure; else possible_emergency.
    assert both["category_recall"] in (pytest.approx(0.5), pytest.approx(1.0))


# ---------------------------------------------------------------------------- HTTP
def test_api_routes_a_classifier_emergency(app_factory) -> None:  # type: ignore[no-untyped-def]
    client = app_factory().test_client()
    r = client.post("/v1/ask", json={"question": UNRULED_EMERGENCIES[0]})
    body = r.get_json()
    assert r.status_code == 200 and body["status"] == "emergency"
    assert body["emergency"]["category"] in (POSSIBLE_EMERGENCY, "overdose_poisoning") and body["matches"] == []
    assert "911" in body["message"] and "988" in body["message"]


def test_api_classifier_can_be_turned_off(app_factory) -> None:  # type: ignore[no-untyped-def]
    client = app_factory(emergency_classifier="off").test_client()
    body = client.post("/v1/ask", json={"question": UNRULED_EMERGENCIES[0]}).get_json()
    assert body["status"] != "emergency"


def test_app_refuses_a_missing_classifier_file(app_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClassifierError, match="nowhere.json"):
        app_factory(emergency_classifier=str(tmp_path / "nowhere.json"))


@pytest.mark.parametrize(
    ("name", "emergencies", "non_emergencies"),
    [("emergency_long3.jsonl", 30, 80), ("emergency_long4.jsonl", 30, 80), ("emergency_mid.jsonl", 20, 40)],
)
def test_long_sets_rules_then_classifier(searcher, name: str, emergencies: int, non_emergencies: int) -> None:  # type: ignore[no-untyped-def]
    """eval/emergency_long3.jsonl, long4 and mid (more writers; measured blind first, then the
    rules' false alarms on them were fixed and the classifier trained on them): the rules miss some
    emergencies told in lay words, the classifier catches them, and ordinary emergency-adjacent
    questions (history, leaflets, care plans, "I'm safe") rarely get the emergency message (at
    most 1 in 10: the threshold favours catching emergencies the rules would miss in new wording)."""
    path = Path(__file__).resolve().parent.parent / "eval" / name
    rules = evaluate(path, Triage())
    both = evaluate(path, Triage(classifier=load_classifier()), lambda t: searcher.prepare(t).message_vector)
    assert (rules["emergencies"], rules["non_emergencies"]) == (emergencies, non_emergencies)
    assert rules["false_alarms"] == 0, rules["false_alarm_cases"]
    # (long4's last rule miss, a collapse with snoring gasps, got a rule in session 14)
    assert both["by_classifier"] == emergencies - rules["detected"], both["misses"]
    assert both["misses"] == [] and both["false_alarms"] <= non_emergencies // 10, both["false_alarm_cases"]


def test_a_prepared_query_is_only_reused_for_its_own_question(searcher) -> None:  # type: ignore[no-untyped-def]
    prepared = searcher.prepare(ORDINARY_LONG[1])
    other = "how do I lower my blood pressure without pills?"
    reused = searcher.search(other, query=prepared)
    fresh = searcher.search(other)
    assert [h.record.id for h in reused.matches] == [h.record.id for h in fresh.matches]
    same = searcher.search(ORDINARY_LONG[1], query=prepared)
    assert [h.record.id for h in same.matches] == [h.record.id for h in searcher.search(ORDINARY_LONG[1]).matches]


def test_training_folds_and_thresholds() -> None:
    from eval.train_triage import Example, choose_kind_threshold, choose_threshold, folds

    examples = [Example("s", f"e{i}", "t", i % 4 == 0, False) for i in range(40)]
    f = folds(examples)
    assert list(f) == list(folds(examples))  # fixed by the ids, no random state
    for k in range(5):  # stratified: each fold holds 2 of the 10 emergencies
        assert sum(1 for i, e in enumerate(examples) if e.emergency and f[i] == k) == 2
    # 200 ordinary messages, 2 emergencies and 12 hard non-emergencies the rules let through.
    ordinary = np.array([True] * 200 + [False] * 14)
    emergency = np.array([False] * 200 + [True] * 2 + [False] * 12)
    rule = np.zeros(214, dtype=bool)
    p = np.zeros(214)
    p[:3] = 0.7  # three ordinary messages at 0.7: 1.5% alarms up to 0.7, none above
    p[200:202] = 0.9  # the emergencies
    assert choose_threshold(p, ordinary, emergency, rule) == 0.75
    p[:3] = 0.4
    p[202:214] = 0.55  # 12 hard false alarms at 0.55: 2 * 5 - 12 < 2 * 5 from 0.6 on
    assert choose_threshold(p, ordinary, emergency, rule) == 0.6
    p[202:208] = 0.0  # only 6 left: 10 - 6 > 0 is still below 10 at 0.6
    assert choose_threshold(p, ordinary, emergency, rule) == 0.6
    rule[202:214] = True  # the rules already flag them: they do not count against the classifier
    assert choose_threshold(p, ordinary, emergency, rule) == 0.5
    right = np.array([True] * 40 + [False])
    prob = np.array([0.9] * 40 + [0.6])
    assert choose_kind_threshold(right, prob) == 0.65  # 40/41 = 97.6% at 0.5-0.6; the wrong one is below 0.65


def test_training_never_reads_held_out_or_spanish_sets() -> None:
    from eval import data
    from eval.train_triage import load_examples

    sources = {e.source for e in load_examples()}
    held_out = {path for path, held in data.EMERGENCY_LONG_SETS if held}
    assert held_out and data.NOT_ENGLISH_SETS
    assert not sources & (held_out | data.NOT_ENGLISH_SETS)
    assert "eval/emergency_blind10.jsonl" in sources and data.EMERGENCY_DEV in sources


def test_kind_model_learns_only_from_labelled_kinds() -> None:
    """Sets that label no kind (emergency_turn_blind, emergency_named_blind) stopped `make train-triage`
    on a None label; their emergencies now train the emergency model but not the kind model."""
    from eval.train_triage import Example, kind_examples, load_examples

    examples = [Example("a", "1", "t", True, False, "stroke"), Example("b", "2", "t", True, False, None),
                Example("c", "3", "t", False, False, None), Example("d", "4", "t", True, True, "seizure")]
    assert kind_examples(examples).tolist() == [0, 3]
    real = load_examples()
    assert any(e.emergency and e.category is None for e in real)  # such sets are trained on
    assert all(real[i].category is not None for i in kind_examples(real))


def test_the_classifier_yields_when_the_writer_rules_the_danger_out() -> None:
    """Session 22: the bundled classifier sent these to the emergency message (two from a blind review, others
    from the triage sets' non-emergencies); the writer says in so many words that the danger is not there now."""
    triage = Triage(contacts_for("US"), _classifier(np.array([5.0, 0.0]), min_words=0))
    flagged = np.array([1.0, 0.0])
    for text in ("my 2 year old has a fever of 39.2 and is still playing and drinking, should I give paracetamol or "
                 "wait?",
                 "cut my finger chopping onions, its bleeding quite a lot but stopped after pressing for 10 minutes, "
                 "do i need stitches?",
                 "My daughter was stung by a bee on her hand yesterday. The hand is swollen and itchy, no trouble "
                 "with breathing. What can I give her?",
                 "the bleeding has stopped now but there is a deep gash on his shin, does it need glue?",
                 # a time that dates the story, or a "just" that plays it down, is not urgency
                 "bee sting on my arm 2 hours ago, its swollen and red about 5cm, itchy, no trouble breathing. is "
                 "this an allergic reaction?",
                 "its just a small cut and it stopped bleeding when I held a tissue on it"):
        assert triage.check_vector(flagged, text) is None, text
    # ... unless the danger is denied ("hasn't stopped"), or something says it is urgent now
    for text in ("he cut his hand on glass and it hasnt stopped bleeding, its soaking through the towel",
                 "she is not acting normally and her fever is 40",
                 "he was still playing an hour ago but right now he is floppy and hard to wake",
                 "no trouble breathing earlier but it is getting worse, her lips are swelling"):
        got = triage.check_vector(flagged, text)
        assert got is not None and got.rule == CLASSIFIER_RULE, text


@pytest.mark.parametrize(("text", "calm"), [
    # session 30's blind review: the bundled classifier sent this to the meningitis and sepsis message
    ("My 8 month old has had a 101 fever since last night, keeps pulling at her left ear and won't sleep. Could it be "
     "an ear infection and does she need antibiotics?", True),
    ("my 2 year old has a temp of 38.5 and a runny nose, how much calpol can she have", True),
    ("my 8 month old has a 101 fever and is really floppy", False),
    ("my 3 month old has a fever of 100.5", False),  # under six months: the classifier decides
    ("my 2 yr old has a 104 fever", False),
    ("toddler with 102 fever and a rash that wont fade", False),
    ("my 4 year old has had a 101 fever for 5 days now", False),
    ("my 2 year old has a 101 fever and right now he is hard to wake", False),
    # signs ruled out are no warning signs (a second triage round of session 30), signs told are
    ("My little boy is 2 and a half and he's had a temperature on and off since yesterday, highest was 38.6. He's "
     "drinking fine and he's had plenty of wet nappies. No rash anywhere, I've checked.", True),
    ("my 2 year old has a temp of 38.5 and no wet nappies since this morning", False),
    ("my 2 year old has a temp of 38.5, not floppy but not drinking", False),
], ids=lambda v: str(v)[:40])
def test_the_classifier_yields_to_a_mild_fever_in_a_child_past_six_months(text: str, calm: bool) -> None:
    triage = Triage(contacts_for("US"), _classifier(np.array([5.0, 0.0]), min_words=0))
    got = triage.check_vector(np.array([1.0, 0.0]), text)
    assert (got is None) is calm


@pytest.mark.parametrize(("text", "calm"), [
    # session 32's two blind triage rounds: the event is over and the person has been well since
    ("Dad (82) bonked the top of his head on a cabinet door last week. He's not on blood thinners, and he's been "
     "completely normal since. What should I watch for?", True),
    ("My 2yo smacked her forehead on the coffee table 2 days ago. Since then she's been totally herself.", True),
    ("Our 9 yo had anaphylaxis last Saturday, home Sunday and he's been completely himself since.", True),
    # ... not when the text says it is back now
    ("He hit his head last week and has been completely normal since, but right now he is vomiting and confused",
     False),
    # session 36's held-out round AG: the same told by a second-language writer or a phone message
    ("My son have asthma. Yesterday night he cough a little, use the blue inhaler one time. Today he play normal.",
     True),
    ("Baby 10 days, eye white part little yellow. Midwife check yesterday. Baby drink milk good, many wet diaper.",
     True),
    ("slipped on the ice tuesday landed on my bum, walked home fine, tailbone still aches", True),
    ("last month my daughter eat my iron tablet, they check her blood, doctor let us go home same day", True),
    # ... not a sleep before the change, nor a sleep that is bad
    ("He fell off a wall yesterday and hit his head. He went to sleep fine. Today he's acting weird and can't remember "
     "yesterday", False),
    ("My heart is broken since my husband passed and i cant sleep well", False),
    # session 37's blind review KK: a blood patch on the white of the eye with the sight told unharmed
    ("the white of my left eye is completely bright red like a blood patch. It doesn't hurt, my vision is fine and "
     "there's no discharge", True),
    ("bright red patch on my eye after sneezing, I can see fine", True),
    # ... not sight that is lost or going
    ("my eye went red and now I can't see properly out of it, it hurts a lot", False),
    # session 37's blind review MM: seen, and the danger ruled out by a doctor
    ("woke up with half my face drooping went to a&e they said its bells palsy not a stroke gave me steroids and eye "
     "drops how long does it take to get better", True),
    ("they said it was not a stroke last week but now his arm is weak again and his speech is slurred", False),
    # session 37's blind review LL: a breath-holding spell over in seconds
    ("he screamed then stopped breathing, went blue and floppy for a few seconds, then came round and was fine. It has "
     "happened twice now. What was that?", True),
    ("she came round and was fine until tonight, now she is floppy again", False),
    # session 38's blind review: a recipe for someone getting over a stomach bug; its held-out round AL: a heartburn
    # that is over, asked how to stop it happening
    ("Can you give me a good bone broth recipe? My husband is getting over a stomach bug and I want to make something "
     "for him", True),
    ("burning behind breastbone after a curry, gaviscon sorted it in 10 mins. how to stop it happening", True),
    # ... not when it is happening now
    ("he was getting over a stomach bug but now he is vomiting blood and collapsed", False),
    # session 38's blind review OO: the look-alike named in the emergency department
    ("left side of my face is droopy, I can't close my left eye, arms and legs are fine. ER said Bell's palsy. How "
     "long until it goes away?", True),
    ("the GP said it was labyrinthitis, the room still spins a bit when I turn over, how long does it last?", True),
    # session 38's blind review PP: already in hospital, or many medicines a day as prescribed
    ("After his hip operation my dad became very confused, pulling at his drip, seeing things. The nurses called it "
     "delirium. Will he go back to normal?", True),
    ("mum takes 14 different tablets a day from 3 different doctors. is that too many, can some be stopped?", True),
    ("he is in hospital but now he suddenly can't breathe and his lips are blue", False),
    # session 38's held-out round AN (session 39): a call for the ambulance told in the past, the dentist's emergency
    # slot, a toothache with no swelling of the face, an early spotting with the writer well
    ("My grandad had a bad nosebleed last Sunday, we had to call an ambulance and they cauterised it. He's been home "
     "since Wednesday, pottering about as normal. Is it OK for him to blow his nose yet?", True),
    ("she knocked out a baby tooth, the bleeding stopped, she's chatting away. push it back in or rush to an emergency "
     "dentist?", True),
    ("tooth pain 3 days, worse at night. My face is not swollen, I have no fever. ibuprofen and paracetamol together?",
     True),
    ("6 weeks pregnant, a little brown spotting when I wipe, small cramps, I feel normal, not dizzy. Is it "
     "miscarriage?", True),
    # ... not when the ambulance is needed now, the face swells, or the writer felt normal until a change
    ("he is pottering about as normal but should we call an ambulance? his speech went slurred", False),
    ("My face is not swollen but my tongue and throat are, I can hardly breathe", False),
    ("no facial swelling but my throat is closing up after the new antibiotic", False),
    ("I feel normal until I stand up, then I black out and my heart races, right now I cannot stand", False),
    # session 39's held-out round AP (babies and toddlers) and blind review RR (children)
    ("my 2 yr old bumped his forehead an hour ago, big lump, now hes back pushing his trucks round", True),
    ("4 days old, hands and feet a bit bluish, her lips and tongue and face are pink, plenty of wet nappies", True),
    ("she gagged on the banana, went red, pushed it out. She was fine straight after and carried on eating", True),
    ("one side of his scrotum looks bigger, soft, no colour change. He's feeding and happy", True),
    ("touched the oven door, finger went red, cooled it 20 minutes. He's stopped crying and is watching Bluey", True),
    ("massive vomit after his bottle, cried a bit then was smiling again, he's kept the next one down", True),
    ("my 7 year old keeps blinking hard and jerks his shoulder, worse when he's tired or excited. Is this Tourette's?",
     True),
    ("is it ok to give a baby aspirin to my 10 year old for a headache? thats all we have in the house", True),
    ("Can you write a note for school saying my son was off sick with a cold on Monday and Tuesday?", True),
    # ... not when the baby is not pink, or stopped smiling
    ("his lips were pink but now they're blue and he is floppy", False),
    ("she was smiling again but now she is floppy and won't wake up", False),
    # session 39's held-out round AQ (pregnancy and after)
    ("2 weeks after the birth, one small clot this morning, no smell, no fever, feel ok apart from tired", True),
    ("my milk came in, temp 37.9 yesterday, today 36.8 and I feel like myself again", True),
    ("medical abortion 10 days ago, light bleeding now, feeling much better in myself", True),
    ("7 weeks pregnant, brown spotting yesterday, it stopped last night, no pain anywhere", True),
    ("headache at 33 weeks, it had gone by lunchtime, blood pressure was 118/76 at the midwife", True),
    ("I get a horrible picture of dropping him on the stairs, I would never ever want to hurt him", True),
    ("nexplanon in my arm since march, random spotting, arm is fine, no pain", True),
    # ... and its blind review TT: a shoulder that hurts when lifted, a dislocation put back at the hospital
    ("My shoulder hurts when I lift my arm over my head and it aches at night. I'm 55 and a house painter. Is this "
     "rotator cuff?", True),
    ("My shoulder come out of place in rugby last week, they put it back in emergency room. How big is the chance it "
     "happen again?", True),
    # session 40's held-out rounds (told by carers; wellness; rare conditions) and blind review YY (a clinic's business
    # with a pain word or a medicine and dose)
    ("thought he'd swallowed a hearing aid battery but we found it, counted them all, all 6 accounted for", True),
    ("temp 37.9 this morning, gave calpol and shes perked up, eating and drinking, wet nappies normal", True),
    ("10 days after my breast augmentation, they feel tight and high, no fever, incisions clean and dry", True),
    ("hae type 1, my hand swelled, did my icatibant and it's already going down, throat totally fine", True),
    ("Can you send my repeat prescription of pregabalin 150mg to the Boots on King Street please", True),
    ("Can you write me a fit note for work saying I was off with back pain last Monday to Wednesday?", True),
    ("Hi, I need to move my pain clinic appointment this Thursday to sometime next week", True),
    # ... not when it is happening now
    ("I need to move my appointment but right now my chest is crushing and I can't breathe", False),
    # session 42's held-out round BA and blind review DDD: "just now" dating a past event, a usual fit over, a safe
    # dose asked with nothing taken, whether a child will outgrow it
    ("she choked on a piece of apple just now, it came out, now she is breathing normal and laughing", True),
    ("Just now he got fits again like usual, 1 minute, now he is awake and talking to us, only little tired", True),
    ("How many Panadol can take in one day for body pain? My friend says too much will spoil the liver.", True),
    ("sometimes his one eye is going inside, my lola says he will outgrow it, is it true or he needs glasses", True),
    # ... not when "just now" is the present, a dose was taken, or it is happening now
    ("she is choking just now, breathing normal a minute ago but now she is going blue", False),
    ("I took 20 Panadol this morning, how many can you take in one day?", False),
    ("will he outgrow it? right now he is fitting and not stopping", False),
    # session 42's held-out round BD: a seizure plan's "ambulance only if", a sprain walked on, home from a stent
    ("his usual seizure stopped by itself, the plan says call an ambulance only if it goes past 5 minutes, he's back "
     "to himself", True),
    ("slipped off the ladder yesterday, ankle a bit swollen but he's walking on it", True),
    ("chest pain yesterday, had a stent, came back to the shelter today feeling well", True),
    ("call an ambulance now, he is not breathing", False),
    # session 43's held-out rounds BE and BF: well all afternoon since a grape came out, walking as he always does after
    # a fall last week, a familiar hangover, a heart attack as a figure of speech
    ("he choked on a sweet at lunch, it came straight out, he's been playing and breathing normally all afternoon",
     True),
    ("mum had a fall on Sunday, no head knock, she's walking the same as she always does, bruise going yellow", True),
    ("was sick once this morning after the party, feels like my usual hangover, can I sleep it off?", True),
    ("my dad said 'you'll give me a heart attack' when I told him about the piercing, how do I clean it?", True),
    # ... not when it is happening now
    ("he was breathing normally all afternoon but right now he's wheezing and can't get a breath", False),
    # session 43's held-out round BG and blind review HHH: no breathlessness with a chest wall pain, a small burn
    # cooled, a friend up and eating the morning after, spells that lying down ends, a return to work asked about
    ("sharp pain in my chest when I press on it since moving boxes, no shortness of breath", True),
    ("burned my hand on the oven, ran it under cold water for 20 mins, one small blister", True),
    ("my friend was sick twice after drinking last night, this morning she's up and eating toast", True),
    ("twice at work I've nearly fainted, lying down makes it go, why?", True),
    ("hurt my back lifting a box 4 days ago, stiff and sore, when can I go back to work?", True),
    ("she was up and eating an hour ago but now she's not breathing", False),
    # session 43's held-out round BH: talking or walking normally, a baby who stays pink, spotting with no cramps and no
    # pain, an X-ray that was fine
    ("bumped his head an hour ago, big lump, now watching cartoons and talking normally", True),
    ("nan slipped on the step this morning, got up herself and is walking normal, a bit sore", True),
    ("8 weeks, light brown spotting this morning, no cramping, no pain, scan last week was fine", True),
    ("rear-ended last week, neck stiff, urgent care did an xray and it was fine, what exercises help?", True),
    # session 44's held-out rounds BJ and BK: a piece of steak out and the man fine, his usual migraine, a flatmate just
    # stressed, a heart that "stopped" at a text
    ("grandad choked on steak yesterday, back slaps and it came out and he was fine, finished his dinner", True),
    ("husband rang to say he's got one of his migraines, zigzag lines first then the headache, took his sumatriptan",
     True),
    ("my flatmate keeps saying the dissertation is killing her, she's fine she's just stressed, any tips?", True),
    ("my heart literally stopped when he texted back, is that a medical thing lol", True),
    # ... not when it is worse than ever or happening now
    ("one of her migraines but this is the worst headache she has ever had and she can't lift her arm", False),
    ("it came out and he was fine but right now he's choking again and can't breathe", False),
    # ... and its rounds BL and BM: a chewed blister pack with every tablet still in it, an antihistamine child
    # chatting normally, a spell that ended "then I could move again", an INR steady since, a child's 38.6 told as
    # the child's
    ("teeth marks all over the blister pack but every single tablet is still in it, kid is fine", True),
    ("took two of his chewable zyrtec, a bit sleepy but watching TV and chatting to me normally", True),
    ("couldnt move anything when I woke, lasted 30 seconds then I could move again, happened twice", True),
    ("she took double her warfarin last month, her INR was fine and its been steady since", True),
    ("my 5yo is 38.6 with a cold, gave calpol, sipping water, can I give ibuprofen too?", True),
    ("he was chatting to me normally an hour ago but now he won't wake up", False),
    # ... and its rounds BN and BO and blind review LLL: fine and playing since, a baby moving loads, sent home after
    # checks, a first-aid question after a TV drama, a usual migraine, a nosebleed stopped by pinching, a seizure plan's
    # "no ambulance unless", phantom pain
    ("she coughed the banana out straight away and she's been fine and playing for hours since", True),
    ("30 weeks, some tightenings that come and go, no bleeding, the baby is moving loads", True),
    ("grandad passed out at a wedding last weekend, the hospital checked his heart and sent him home", True),
    ("on the show they put a spoon in her mouth during a seizure, is that what you're meant to do?", True),
    ("got a migraine, my usual kind, took sumatriptan, can I have a second tablet today?", True),
    ("nosebleed on warfarin, pinched my nose leaning forward for 10 mins and it stopped", True),
    ("her usual seizure is over, breathing normally on her side, the plan says no ambulance unless it's over 5 mins",
     True),
    ("since the amputation I get phantom pain in the foot that isn't there, burning at night", True),
    # ... and its round BQ (sport): a spell gone at once, let home from the med tent, a joint that moves fully, back on
    # court, a pulled muscle
    ("dizzy for a sec after squats, saw stars, went away straight away, drank water", True),
    ("lightheaded at the end of a hot 10k, sat in the med tent, they checked me over and let me go home", True),
    ("shoulder popped out and back in at jiu jitsu, sore today but I can move it fully", True),
    ("nose bled for 5 mins after a netball to the face, she's already back on court", True),
    ("sore neck after heavy shrugs, no fever, just feels like a pulled muscle. heat or ice?", True),
    ("felt normal again after an hour but now the chest pain is back and I can't breathe", False),
    ("the plan says no ambulance unless it's over 5 minutes, breathing normally, but right now she's fitting again",
     False),
], ids=lambda v: str(v)[:40])
def test_the_classifier_yields_to_a_person_well_since_an_event(text: str, calm: bool) -> None:
    triage = Triage(contacts_for("US"), _classifier(np.array([5.0, 0.0]), min_words=0))
    got = triage.check_vector(np.array([1.0, 0.0]), text)
    assert (got is None) is calm


def test_the_bundled_classifier_no_longer_flags_the_reviewed_look_alikes() -> None:
    """The same texts through the bundled model and a real message vector would need the encoder; here the
    veto is checked on the bundled classifier with a vector it flags (its own weights' direction)."""
    clf = load_classifier()
    assert clf is not None
    triage = Triage(classifier=clf)
    vector = clf.coef / np.linalg.norm(clf.coef)  # the direction the model reads as most urgent
    text = ("my 2 year old has a fever of 39.2 and is still playing and drinking, should I give paracetamol or "
            "wait?")
    assert clf.flags(vector, text)
    assert triage.check_vector(vector, text) is None
    assert triage.check_vector(vector, text.replace("is still playing and drinking", "is floppy and not drinking"))


def test_an_extra_dose_taken_by_mistake_gets_advice_words_not_the_overdose_message() -> None:
    """Session 25's blind review: "accidentally took my levothyroxine twice this morning" got the overdose message
    (CPR, naloxone, the suicide line). An extra dose by mistake gets advice now and the signs to call for; many
    tablets, intent, a child who got into pills, a dangerous medicine or signs of poisoning keep the overdose words."""
    triage = Triage(contacts_for("US"), _classifier(np.array([5.0, 0.0]), min_words=0))
    flagged = np.array([1.0, 0.0])
    for text in ("HELP I accidentally took my levothyroxine twice this morning because I forgot I already took it!! "
                 "Is this an overdose??",
                 "I think I took a double dose of my blood pressure pill by mistake, what should I do",
                 "forgot I had already taken my metformin and took another one"):
        got = triage.check_vector(flagged, text)
        assert got is not None, text
        assert "an extra dose taken by mistake needs advice now" in got.message and "naloxone" not in got.message
        assert "988" not in got.message and "Poison Help at 1-800-222-1222" in got.message
    for text in ("I accidentally took my oxycodone twice and now I'm really drowsy",
                 "took a double dose of my insulin by mistake",
                 "I took the whole bottle of my sertraline, not by accident"):
        message = emergency_message("overdose_poisoning", contacts_for("US"), text)
        assert "an extra dose taken by mistake" not in message, text


#: Session 25: messages the bundled classifier flagged although the event was over. The blind review's three past
#: falls and "what can we do to help prevent him from falling again?" (a question about the next time), and the
#: held-out triage set's (eval/emergency_holdout4.jsonl) people who are fine now; an ambulance or 911 in a story dated
#: to the past is not urgency.
OVER = [
    "My dad is 84 and has fallen three times in the last 6 months, last time he was on the bathroom floor for an hour. "
    "What can we do to help prevent him from falling again?",
    "my son had a febrile seizure last month with a high fever, how do we stop it happening again?",
    "after her asthma attack at school how can we avoid another one",
    "hi my son had a seizure 3 days ago at school, first one ever, ambulance came and ER checked everything and sent "
    "him home. he is totaly fine now. is it ok for him to go swimming?",
    "My 3 year old fell off the sofa onto carpet, cried for a minute, now completely back to normal.",
    "Mum (79) might have taken her evening statin twice, the pill box slot was empty. She is her normal self.",
    "I gave my 4 year old her calpol about 2 hours early by mistake. She's fine watching tv.",
    # session 26's second blind review
    "grandad keeps falling, 3 times this month, hes 90 and on lots of tablets. what can we do to stop him falling",
    # session 27's last blind review (the rules still raise it: a seizure's sudden onset keeps its sentence live)
    "Last night my 20 month old had a febrile seizure, we called 911 and the ambulance took us in and they sent us "
    "home in the morning. He is totally back to himself today, playing and eating. Will he get epilepsy later?",
    # a feverish child drinking and peeing fine (session 27's blind triage round)
    "my 4 yr old has had a fever of 101 since this morning, shes drinking, playing in between doses of tylenol and "
    "peeing fine. when should i start to worry?",
    # preparing for what has not happened (session 27's blind triage round)
    "what should i do if my kid ever swallows a button battery? just want to be prepared, we have a lot of gadgets",
    # session 31's blind triage rounds: a faint at a blood draw that is over, a toddler's bump two hours ago
    "I fainted while getting my blood drawn yesterday. Was out for maybe 5 seconds, woke up right away, felt sweaty "
    "and queasy for a bit, then fine. Any way to stop it next time?",
    "my toddler smacked his forehead on the coffee table about 2 hours ago, got a lump. since then hes been running "
    "around, ate his lunch, laughing like normal. do I need to keep him awake?",
    "20 weeks pregnant with my first. When I stand up fast or sneeze I get a quick sharp pain low on my right side, "
    "lasts a few seconds and then goes. No bleeding, feel fine otherwise. Is that round ligament pain?",
]
#: ... and the same stories when something says the danger is now.
NOW = [
    "he has fallen again right now and cant get up, how do we prevent him from falling again",
    "right now grandad is on the floor and cant get up, what can we do to stop him falling",
    # "falling asleep" is no fall to prevent (session 26's code review)
    "my dad is 84 and very drowsy today, I cannot keep him from falling asleep mid sentence and he seems muddled and "
    "not himself at all since lunch",
    "she is having another seizure at the moment, how do we stop it happening again",
    "he had a seizure 3 days ago and was fine, but right now he is fitting again and the ambulance is on its way",
    "she was back to normal yesterday but now she is not breathing properly, should I call 911",
    "my son just swallowed a button battery right now, i want to be prepared for the hospital, what do they do",
    "my baby has a high fever and is not drinking fine, she is floppy and wont wake properly",
    # preparing is no cue unless it is "just" that ("I need to be prepared" for what is happening: a code review)
    "my wife has crushing chest pain and is sweating, I need to be prepared, what do I pack for the hospital",
    # "then fine" is no calm cue when the story goes on to now
    "he fainted and then was fine until an hour ago, now he is not breathing properly",
]


@pytest.mark.parametrize(("text", "yields"), [(t, True) for t in OVER] + [(t, False) for t in NOW])
def test_the_classifier_yields_to_a_story_that_is_over(text: str, yields: bool) -> None:
    triage = Triage(contacts_for("US"), _classifier(np.array([5.0, 0.0]), min_words=0))
    got = triage.check_vector(np.array([1.0, 0.0]), text)
    assert (got is None) == yields and (yields or got.rule == CLASSIFIER_RULE), text


# ---------------------------------------------------------------------------- setting an alarm aside
def test_a_classifier_alarm_can_be_set_aside_by_the_patient_and_a_rule_alarm_cannot(searcher) -> None:  # type: ignore[no-untyped-def]
    """Session 26's blind review: a 10-year-old's bedwetting and a 3-week-old's yellow skin got only the classifier's
    "call 911". The patient who says nothing like it is happening now gets the question answered; the rules' alarms
    stand whatever the patient says."""
    answerer = Answerer(Triage(classifier=load_classifier()))
    text = UNRULED_EMERGENCIES[0]
    alarm = answerer.ask(searcher, text)
    assert alarm.status == "emergency" and alarm.emergency_by == "classifier" and not alarm.emergency_set_aside
    aside = answerer.ask(searcher, text, no_emergency_now=True)
    assert aside.status != "emergency" and aside.emergency is None and aside.emergency_by is None
    assert aside.emergency_set_aside
    # The same decision as a triage without the classifier would give, marked as set aside.
    plain = Answerer(Triage()).ask(searcher, text)
    assert (aside.status, [h.record.id for h in aside.matches]) == (plain.status, [h.record.id for h in plain.matches])
    assert not plain.emergency_set_aside

    stroke = "my dad's face is drooping and he can't lift his arm right now"
    assert aside.message.endswith("You said nothing like an emergency is happening now. If that changes, call 911; "
                                  "if you are thinking of harming yourself, contact the 988 Suicide & Crisis Lifeline "
                                  "(call or text 988).")
    assert alarm.emergency_can_set_aside
    rule = answerer.ask(searcher, stroke, no_emergency_now=True)
    assert rule.status == "emergency" and rule.emergency_by == "rules" and not rule.emergency_set_aside
    assert not rule.emergency_can_set_aside
    # Nothing to set aside: an ordinary question is not marked.
    assert not answerer.ask(searcher, ORDINARY_LONG[1], no_emergency_now=True).emergency_set_aside


#: Session 31's blind review M: the breathing rule's alarm on a story of panic attacks, with a heart already checked.
PANIC = ("panic attacks at work. I keep having panic attacks at work, my heart races and I feel like I can't breathe "
         "and I have to hide in the bathroom. My ER visit last month said my heart is fine. How are panic attacks "
         "treated?")


def test_a_rule_alarm_for_signs_of_a_condition_the_writer_names_can_be_set_aside(searcher) -> None:  # type: ignore[no-untyped-def]
    """The breathing rule still fires first on the panic-attack story; the writer who says nothing like an emergency
    is happening now then gets the search's answer with the set-aside line. Without the named condition, or for a
    kind that is never set aside, the rule's alarm stands."""
    answerer = Answerer(Triage())
    alarm = answerer.ask(searcher, PANIC)
    assert alarm.status == "emergency" and alarm.emergency_by == "rules" and alarm.emergency.category == "breathing"
    assert alarm.emergency_can_set_aside and not alarm.emergency_set_aside
    aside = answerer.ask(searcher, PANIC, no_emergency_now=True)
    assert aside.status != "emergency" and aside.emergency is None and aside.emergency_set_aside
    assert "You said nothing like an emergency is happening now." in aside.message
    for text in ("my son can't breathe and his lips are blue",
                 "my son can't breathe and his lips are blue, this is not a panic attack",
                 "I keep having panic attacks and now I want to kill myself"):
        stands = answerer.ask(searcher, text, no_emergency_now=True)
        assert stands.status == "emergency" and not stands.emergency_can_set_aside, text


def test_api_offers_to_set_aside_a_rule_alarm_the_writer_explains(app_factory) -> None:  # type: ignore[no-untyped-def]
    client = app_factory().test_client()
    body = client.post("/v1/ask", json={"question": PANIC}).get_json()
    assert body["status"] == "emergency" and body["emergency"]["by"] == "rules"
    assert body["emergency"]["can_set_aside"] is True
    body = client.post("/v1/ask", json={"question": PANIC, "no_emergency_now": True}).get_json()
    assert body["status"] in ("answered", "no_match") and body["emergency"] is None
    html = client.post("/", data={"q": PANIC}).get_data(as_text=True)
    assert '<div class="emergency" role="alert">' in html and 'name="no_emergency_now" value="1"' in html


def test_a_crisis_the_classifier_names_is_never_set_aside(searcher) -> None:  # type: ignore[no-untyped-def]
    """Session 26's code review: the classifier names suicide or a mental-health crisis only with such words in the
    message, and a person in crisis may say nothing is happening; those alarms stand."""
    class NamingTriage(Triage):
        def check_vector(self, vector: np.ndarray, text: str) -> Emergency | None:
            return Emergency("suicide_self_harm", "crisis message", CLASSIFIER_RULE)

    answer = Answerer(NamingTriage(classifier=load_classifier())).ask(searcher, UNRULED_EMERGENCIES[0],
                                                                      no_emergency_now=True)
    assert answer.status == "emergency" and answer.emergency_by == "classifier"
    assert not answer.emergency_can_set_aside and not answer.emergency_set_aside


def test_api_says_what_raised_an_emergency_and_takes_the_patients_word(app_factory) -> None:  # type: ignore[no-untyped-def]
    client = app_factory().test_client()
    text = UNRULED_EMERGENCIES[0]
    body = client.post("/v1/ask", json={"question": text}).get_json()
    assert body["status"] == "emergency" and body["emergency"]["by"] == "classifier"
    assert body["emergency"]["can_set_aside"] is True
    body = client.post("/v1/ask", json={"question": text, "no_emergency_now": True}).get_json()
    assert body["status"] in ("answered", "no_match") and body["emergency"] is None
    ruled = client.post("/v1/ask", json={"question": "I want to kill myself", "no_emergency_now": True}).get_json()
    assert ruled["status"] == "emergency" and ruled["emergency"]["by"] == "rules"
    assert ruled["emergency"]["can_set_aside"] is False
    r = client.post("/v1/ask", json={"question": text, "no_emergency_now": "yes"})
    assert r.status_code == 400 and r.get_json()["error"]["code"] == "invalid_field"
    assert "no_emergency_now" in r.get_json()["error"]["message"]
    metrics = client.get("/metrics").get_data(as_text=True)
    counts = {line.split("{")[0] + line.split("{")[1].split("pid=")[0]: int(line.split()[-1])
              for line in metrics.splitlines() if line.startswith("medmatch_emergencies")}
    assert counts == {'medmatch_emergencies_totalby="rules",': 1, 'medmatch_emergencies_totalby="classifier",': 1,
                      "medmatch_emergencies_set_aside_total": 1}


def test_page_offers_to_set_a_classifier_alarm_aside_and_answers_then(app_factory) -> None:  # type: ignore[no-untyped-def]
    client = app_factory().test_client()
    text = UNRULED_EMERGENCIES[0]
    html = client.post("/", data={"q": text}).get_data(as_text=True)
    assert '<div class="emergency" role="alert">' in html
    assert 'name="no_emergency_now" value="1"' in html and "Nothing like this is happening now" in html
    html = client.post("/", data={"q": text, "no_emergency_now": "1"}).get_data(as_text=True)
    assert '<div class="emergency"' not in html and ('class="answer"' in html or 'class="nomatch"' in html)
    # A rule's alarm offers nothing of the kind, and the flag does not move it.
    html = client.post("/", data={"q": "my baby is not breathing", "no_emergency_now": "1"}).get_data(as_text=True)
    assert '<div class="emergency" role="alert">' in html and "no_emergency_now" not in html


def test_someone_on_insulin_who_is_being_sick_gets_the_diabetic_message_and_the_sick_day_rule() -> None:
    """Session 37's blind review KK: "t1d here got a stomach bug and cant keep anything down ... do i still take my long
    acting insulin" got the classifier's generic message (the crisis and poison lines, nothing on insulin)."""
    triage = Triage(contacts_for("US"), _classifier(np.array([5.0, 0.0]), min_words=0))
    text = ("t1d here got a stomach bug and cant keep anything down since last night do i still take my long acting "
            "insulin if im not eating")
    got = triage.check_vector(np.array([1.0, 0.0]), text)
    assert got is not None and got.rule == "classifier"
    assert "ketoacidosis" in got.message and "do not stop your long-acting (basal) insulin" in got.message
    assert "988" not in got.message
    other = triage.check_vector(np.array([1.0, 0.0]), "my son has a stomach bug and cant keep anything down")
    assert other is not None and "basal" not in other.message
