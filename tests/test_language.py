"""A message in another language gets, first, "we answer in English only; in an emergency call now"
in that language; English messages, however they are written, never do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.language import ENGLISH_ONLY, detect_language

from .conftest import MEDQUAD, needs_shared_data
from .support import labelled_texts

EVAL = Path(__file__).resolve().parent.parent / "eval"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("me duele mucho el pecho y no puedo respirar", "es"),
        ("mi hijo tiene fiebre de 39 y manchas moradas que no desaparecen", "es"),
        ("quiero morir, ya no aguanto más", "es"),
        ("j'ai des douleurs thoraciques et du mal à respirer", "fr"),
        ("Mein Sohn hat seit gestern Fieber und ich habe Angst, was kann ich tun?", "de"),
        ("meu filho está com febre alta desde ontem e não come nada", "pt"),
        ("mio figlio ha la febbre alta e non mangia da ieri, cosa posso fare?", "it"),
        ("con tôi bị sốt cao và đau đầu, tôi phải làm gì?", "vi"),
        ("我胸口很痛，呼吸困难", "zh"),
        ("胸が痛くて息ができません", "ja"),
        ("가슴이 아프고 숨을 쉴 수 없어요", "ko"),
        ("ما هي أعراض مرض السكري", "ar"),
        ("درد قفسه سینه دارم و نفس کشیدن برایم سخت است", "fa"),
        ("علائم بیماری قند چیست؟", "fa"),
        ("میرے سینے میں درد ہے اور سانس لینے میں مشکل ہو رہی ہے", "ur"),
        ("ذیابیطس کی علامات کیا ہیں؟", "ur"),
        ("у меня болит грудь и трудно дышать", "ru"),
        ("मेरे सीने में दर्द है", "hi"),
        ("quiero una cita", "es"),
        ("masakit po ang tiyan ng anak ko at nagsusuka siya", "tl"),
        ("Dzień dobry, chciałabym umówić wizytę u lekarza rodzinnego", "pl"),
        ("Bonjou, pitit mwen an gen lafyèv depi yè, li pa vle manje", "ht"),
        # English, including Spanish or French words, and too little to tell.
        ("my chest hurts and I can't breathe", None),
        ("is the mal de debarquement syndrome real? I feel like I'm still on the boat", None),
        ("my abuela has diabetes and takes metformin, can she eat mango?", None),
        # two Spanish words of a short health question are enough since session 19 (a re-review: "tengo gripe" was
        # searched as English, "tengo" corrected to "tango"); the answer is still given, after the Spanish line
        ("sintomas de dengue", "es"),
        ("tengo gripe", "es"),
        ("diabetes tipo 2 síntomas", "es"),
        ("my gripe is with the pharmacy", None),
        ("what is type 2 diabetes", None),
        ("", None),
        ("12345 ???", None),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_every_language_has_its_line() -> None:
    assert len(ENGLISH_ONLY) == 17
    for code in ("es", "fr", "de", "pt", "it", "vi", "tl", "pl", "ht", "zh", "ja", "ko", "ar", "fa", "ur", "ru", "hi"):
        assert ENGLISH_ONLY[code] and detect_language(ENGLISH_ONLY[code]) == code


def test_no_labelled_english_message_reads_as_another_language() -> None:
    texts = labelled_texts(skip=("language_", "emergency_spanish"))
    assert len(texts) > 4000
    found = {key: language for key, text in texts.items() if (language := detect_language(text))}
    # The two Spanish messages of a clinic-widget writer, the seven of session 31's two blind triage rounds and the
    # ten of session 32's, the fourteen of session 33's, the three of session 34's and the six of session 35's (each
    # written in Spanish), and nothing else.
    assert found == {"dev_clinic_blind:oa-025": "es", "dev_clinic_blind:of-044": "es",
                     **{f"emergency_blind19:tn-{n}": "es" for n in ("002", "012", "035", "044")},
                     **{f"emergency_blind20:tp-{n}": "es" for n in ("042", "043", "050")},
                     **{f"emergency_blind21:ts-{n}": "es" for n in ("003", "014", "036", "052", "055")},
                     **{f"emergency_blind22:tu-{n}": "es" for n in ("012", "014", "029", "053", "058")},
                     **{f"emergency_blind23:tw-{n}": "es" for n in ("002", "025", "041", "048", "054")},
                     **{f"emergency_blind24:tx-{n}": "es" for n in ("006", "014", "045", "054", "055")},
                     **{f"emergency_blind25:tz-{n}": "es" for n in ("006", "011", "028", "051")},
                     **{f"emergency_blind26:tab-{n}": "es" for n in ("018", "026", "028")},
                     **{f"emergency_blind27:tac-{n}": "es" for n in ("002", "046", "057")},
                     **{f"emergency_blind28:tad-{n}": "es" for n in ("007", "024", "055")},
                     **{f"emergency_blind29:tae-{n}": "es" for n in ("021", "043", "060")},
                     **{f"emergency_blind30:taf-{n}": "es" for n in ("009", "038", "057")},
                     **{f"emergency_blind31:tag-{n}": "es" for n in ("011", "049", "053")},
                     **{f"emergency_blind32:tah-{n}": "es" for n in ("039", "048", "055")},
                     **{f"emergency_blind33:tai-{n}": "es" for n in ("006", "025", "028")},
                     **{f"emergency_blind34:taj-{n}": "es" for n in ("023", "037", "046")},
                     **{f"emergency_blind35:tak-{n}": "es" for n in ("014", "027", "035")},
                     **{f"emergency_blind36:tal-{n}": "es" for n in ("034", "058", "059")},
                     **{f"emergency_blind37:tam-{n}": "es" for n in ("012", "025", "042")},
                     **{f"emergency_blind38:tan-{n}": "es" for n in ("019", "043", "051")},
                     **{f"emergency_blind39:tao-{n}": "es" for n in ("011", "028", "043")},
                     **{f"emergency_blind40:tap-{n}": "es" for n in ("006", "016", "030")},
                     **{f"emergency_blind41:taq-{n}": "es" for n in ("006", "017", "037")},
                     **{f"emergency_blind42:tas-{n}": "es" for n in ("013", "025", "041")},
                     **{f"emergency_blind43:tat-{n}": "es" for n in ("008", "024", "030")},
                     **{f"emergency_blind44:tau-{n}": "es" for n in ("013", "027", "051")},
                     **{f"emergency_blind45:tav-{n}": "es" for n in ("012", "029", "056")},
                     **{f"emergency_blind46:taw-{n}": "es" for n in ("012", "022", "051")},
                     **{f"emergency_blind47:tax-{n}": "es" for n in ("041", "047", "054")},
                     **{f"emergency_blind48:tay-{n}": "es" for n in ("005", "015", "034")},
                     **{f"emergency_blind49:taz-{n}": "es" for n in ("008", "019", "043")},
                     **{f"emergency_blind50:tba-{n}": "es" for n in ("017", "033", "060")},
                     **{f"emergency_blind51:tbb-{n}": "es" for n in ("015", "018", "042")},
                     **{f"emergency_blind52:tbc-{n}": "es" for n in ("011", "018", "043")},
                     **{f"emergency_blind53:tbd-{n}": "es" for n in ("013", "034", "040")},
                     **{f"emergency_blind54:tbe-{n}": "es" for n in ("010", "020", "046")},
                     **{f"emergency_blind55:tbf-{n}": "es" for n in ("013", "027", "046")},
                     **{f"emergency_blind56:tbg-{n}": "es" for n in ("007", "016", "058")},
                     **{f"emergency_blind57:tbh-{n}": "es" for n in ("014", "030", "048")},
                     **{f"emergency_blind58:tbi-{n}": "es" for n in ("008", "026", "048")},
                     **{f"emergency_blind59:tbj-{n}": "es" for n in ("009", "025", "048")},
                     **{f"emergency_blind60:tbk-{n}": "es" for n in ("008", "032", "051")},
                     **{f"emergency_blind61:tbl-{n}": "es" for n in ("010", "024", "046")},
                     **{f"emergency_blind62:tbm-{n}": "es" for n in ("003", "009", "041")},
                     **{f"emergency_blind63:tbn-{n}": "es" for n in ("014", "024", "049")},
                     **{f"emergency_blind64:tbo-{n}": "es" for n in ("016", "028", "052")},
                     **{f"emergency_blind65:tbp-{n}": "es" for n in ("011", "020", "047")},
                     **{f"emergency_blind66:tbq-{n}": "es" for n in ("007", "020", "040")},
                     **{f"emergency_holdout7:tbr-{n}": "es" for n in ("009", "023", "045")},
                     **{f"emergency_blind67:tbs-{n}": "es" for n in ("007", "022", "042")},
                     **{f"emergency_holdout8:th8-{n}": "es" for n in ("009", "026", "048")},
                     **{f"emergency_holdout9:th9-{n}": "es" for n in ("007", "020", "039")},
                     **{f"emergency_blind68:tbt-{n}": "es" for n in ("006", "021", "025")},
                     **{f"emergency_blind69:tbu-{n}": "es" for n in ("009", "018", "038")},
                     **{f"emergency_blind70:tbv-{n}": "es" for n in ("011", "030", "056")},
                     **{f"emergency_blind71:tbw-{n}": "es" for n in ("029", "039", "058")},
                     **{f"emergency_blind72:tbx-{n}": "es" for n in ("010", "024", "034")},
                     **{f"emergency_blind73:tby-{n}": "es" for n in ("005", "016", "039")},
                     **{f"emergency_blind74:tbz-{n}": "es" for n in ("005", "017", "029")},
                     **{f"emergency_blind75:tca-{n}": "es" for n in ("008", "020", "039")},
                     **{f"emergency_blind76:tcb-{n}": "es" for n in ("012", "026", "040")},
                     **{f"emergency_blind77:tcc-{n}": "es" for n in ("019", "042", "054")},
                     **{f"emergency_blind78:tcd-{n}": "es" for n in ("007", "026", "056")},
                     **{f"emergency_blind79:tce-{n}": "es" for n in ("010", "022", "047")},
                     **{f"emergency_blind80:tcf-{n}": "es" for n in ("009", "018", "038")}}


@needs_shared_data()
@pytest.mark.parametrize("name", ["language_blind.jsonl"])
def test_blind_writers_english_messages_stay_english(name: str) -> None:
    rows = [json.loads(line) for line in (EVAL / name).open()]
    english = [r for r in rows if r["label"] == "en"]
    assert len(english) == 45
    assert [r["id"] for r in english if detect_language(r["text"])] == []
    supported = [r for r in rows if r["label"] in ENGLISH_ONLY]
    # Measured blind: 34 of 40 (the 4 languages added after it had 4 more); transliterations missed.
    assert sum(detect_language(r["text"]) == r["label"] for r in supported) >= 40


@needs_shared_data()
def test_no_medquad_question_reads_as_another_language() -> None:
    from corpus import load_medquad

    questions = {r.question for r in load_medquad(MEDQUAD, include_answerless=True)}
    assert len(questions) > 40_000
    assert [q for q in questions if detect_language(q)] == []


def test_api_puts_the_line_first_in_the_writers_language(client) -> None:  # type: ignore[no-untyped-def]
    question = "cuales son los tratamientos para la presion alta y que comidas debo evitar"
    body = client.post("/v1/ask", json={"question": question}).get_json()
    assert body["status"] == "no_match" and body["reason"] == "language"
    assert body["message"].startswith(ENGLISH_ONLY["es"])
    # The Spanish emergency rules (safety/patterns.py) route this one; the line still comes first.
    body = client.post("/v1/ask", json={"question": "me duele mucho el pecho y no puedo respirar"}).get_json()
    assert body["status"] == "emergency" and body["emergency"]["category"] == "chest_pain"
    assert body["emergency"]["message"].startswith(ENGLISH_ONLY["es"])
    # the configured emergency number follows the line (US by default)
    assert body["language"] == "es" and body["language_line"].startswith(f"{ENGLISH_ONLY['es']} (911) ")
    assert body["emergency"]["message"].startswith(f"{ENGLISH_ONLY['es']} (911) ")
    english = client.post("/v1/ask", json={"question": "what is tinnitus"}).get_json()
    assert english["status"] == "answered" and ENGLISH_ONLY["es"] not in english["message"]
    assert english["language"] is None and english["language_line"] is None


def test_page_marks_the_line_with_its_language(client) -> None:  # type: ignore[no-untyped-def]
    page = client.post("/", data={"q": "cuales son los tratamientos para la presion alta y que comidas debo evitar"})
    html = page.get_data(as_text=True)
    assert '<span lang="es" dir="auto">Solo podemos responder preguntas en ingl' in html
    english = client.post("/", data={"q": "what is tinnitus"}).get_data(as_text=True)
    assert 'lang="es"' not in english


def test_an_emergency_in_another_language_keeps_the_emergency(searcher) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import dataclass

    from indexer.answer import Answerer

    @dataclass(frozen=True)
    class Routed:
        category: str = "chest_pain"
        message: str = "Call 911 now."
        rule: str = "test"

    class AlwaysEmergency:
        def check(self, text: str) -> Routed:
            return Routed()

    answer = Answerer(triage=AlwaysEmergency()).ask(searcher, "me duele mucho el pecho y no puedo respirar")
    assert answer.status == "emergency" and answer.emergency is not None
    assert answer.emergency.category == "chest_pain"
    assert answer.emergency.message == f"{ENGLISH_ONLY['es']} Call 911 now." == answer.message
    english = Answerer(triage=AlwaysEmergency()).ask(searcher, "my chest hurts and I cannot breathe")
    assert english.message == "Call 911 now."


def test_spanish_emergencies_get_their_first_aid_in_spanish(client) -> None:  # type: ignore[no-untyped-def]
    """The Spanish rules find the emergency; the first aid is then written in Spanish too
    (safety/messages_es.py), not in English after the Spanish line (session 16)."""
    body = client.post("/v1/ask", json={"question": "me duele mucho el pecho y no puedo respirar"}).get_json()
    message = body["emergency"]["message"]
    assert body["status"] == "emergency" and message.startswith(f"{ENGLISH_ONLY['es']} (911) ")
    assert "Llame al 911 ahora mismo" in message and "Call 911" not in message
    assert body["language_line"] == message  # all of it is Spanish, marked so for screen readers
    english = client.post("/v1/ask", json={"question": "my chest hurts so bad and i cant breathe"}).get_json()
    assert english["status"] == "emergency" and "Call 911" in english["emergency"]["message"]


def test_no_emergency_message_is_written_twice_under_one_key() -> None:
    """A second entry with an existing key (two constant names for one key) would silently replace the first message
    in the dict (session 45: a new "severe_bleeding:inside" would have replaced the one after an operation)."""
    import ast

    import safety.messages_es
    import safety.triage

    for module, name in ((safety.triage, "_MESSAGES"), (safety.messages_es, "MESSAGES_ES")):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        node = next(n.value for n in ast.walk(tree) if isinstance(n, ast.Assign | ast.AnnAssign)
                    and isinstance(n.targets[0] if isinstance(n, ast.Assign) else n.target, ast.Name)
                    and (n.targets[0] if isinstance(n, ast.Assign) else n.target).id == name)
        assert isinstance(node, ast.Dict)
        keys = [k.value if isinstance(k, ast.Constant) else getattr(module, k.id) for k in node.keys]
        assert len(keys) > 50
        assert sorted(k for k in set(keys) if keys.count(k) > 1) == [], name


def test_every_emergency_message_has_its_spanish_with_the_same_placeholders() -> None:
    import re
    import string

    from safety import messages_es
    from safety.triage import _ADDITIONS, _MESSAGES, ENGLISH_ONLY_ADDITIONS, Triage

    fields = lambda text: {f for _, f, _, _ in string.Formatter().parse(text) if f}  # noqa: E731
    assert set(messages_es.MESSAGES_ES) == set(_MESSAGES)
    for key, english in _MESSAGES.items():
        assert fields(messages_es.MESSAGES_ES[key]) == fields(english), key
        assert re.findall(r"\d+", messages_es.MESSAGES_ES[key]) == re.findall(r"\d+", english), key
    # (the lines to a worried relative are read from English grammar and never added to a Spanish message)
    assert set(messages_es.ADDITIONS_ES) == {key for key, *_ in _ADDITIONS} - ENGLISH_ONLY_ADDITIONS
    # every country's contacts fill every Spanish message
    for country in ("US", "GB", "IN", "DE"):
        from safety.triage import contacts_for

        triage = Triage(contacts_for(country))
        for key in _MESSAGES:
            assert triage.message(key.split(":")[0], "", "es")
