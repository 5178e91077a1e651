"""Loaders (incl. malformed rows), combining inputs, validation."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from corpus import (
    CorpusError,
    LoadReport,
    QARecord,
    combine,
    detect_format,
    load_corpus,
    load_csv,
    load_jsonl,
    load_liveqa_csv,
    load_medquad,
    validate,
)
from corpus.templates import parse_template

from .conftest import FIXTURES, LIVEQA_CSV, MEDQUAD, needs_shared_data

XML = """<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000042" source="GHR" url="https://example.org/abc">
<Focus>Alpha syndrome</Focus>
<FocusAnnotations><UMLS><CUIs><CUI>C0000001</CUI></CUIs><SemanticGroup>Disorders</SemanticGroup></UMLS>
<Synonyms><Synonym>ALS-X</Synonym><Synonym>Alpha disease</Synonym></Synonyms></FocusAnnotations>
<QAPairs>
<QAPair pid="1"><Question qid="1" qtype="information">What is (are) Alpha syndrome ?</Question>\
<Answer>Alpha syndrome is rare &amp; mild.</Answer></QAPair>
<QAPair pid="2"><Question qid="2" qtype="treatment">What are the treatments for Alpha syndrome ?</Question>\
<Answer></Answer></QAPair>
</QAPairs></Document>
"""
LEGACY_XML = """<?xml version="1.0" encoding="UTF-8"?>
<doc docid="0000007" corpus="NINDS" url="https://example.org/legacy">
<doctitle-focus>Beta palsy</doctitle-focus>
<qaPairs><pair pid="1"><question qid="7-1" qtype="information">what is beta palsy ?</question>
<answer>Beta palsy is a nerve disorder.</answer></pair></qaPairs></doc>
"""


def test_jsonl_reports_each_bad_row_by_line() -> None:
    report = LoadReport()
    records = list(load_jsonl(FIXTURES / "bad.jsonl", report))
    assert [r.id for r in records] == ["ok-1", "ok-2"]
    where = {p.where: p.message for p in report.errors}
    assert "invalid JSON" in where["line 2"]
    assert "'id' is missing or empty" in where["line 3"]
    assert "'answer' is missing or empty" in where["line 4"]
    assert "expected a JSON object" in where["line 5"]
    assert "'tags' must be a list" in where["line 6"]
    assert all(p.path.endswith("bad.jsonl") for p in report.errors)


def test_csv_loader_splits_lists_and_reports_rows() -> None:
    report = LoadReport()
    records = {r.id: r for r in load_csv(FIXTURES / "records.csv", report)}
    assert set(records) == {"c-1", "c-3"}
    assert records["c-1"].alt_questions == ("gout pain in big toe", "sudden toe pain")
    assert records["c-1"].tags == ("joints", "arthritis")
    assert records["c-3"].question == 'What is "quoted"?'
    messages = {p.where: p.message for p in report.errors}
    assert any("question" in m for w, m in messages.items() if "row 2" in w)
    assert any("more cells" in m for w, m in messages.items() if "row 4" in w)


def test_an_unclosed_quote_in_a_csv_names_the_lines_it_joined(tmp_path: Path) -> None:
    """A quote that opens a cell and never closes joins the next rows to it; the error named one line and the
    rows it swallowed were never mentioned (review of session 19)."""
    header = "id,question,answer\nc-1,What is gout?,Gout is arthritis.\nc-2,What is flu?,\"Flu is a virus.\n"
    path = tmp_path / "joined.csv"
    path.write_text(header + "c-3,What is tinnitus?,Ringing.\nc-4,What is acne?,\"Spots, on skin.\"\n"
                    "c-5,What is asthma?,A lung condition.\n", encoding="utf-8")
    report = LoadReport()
    assert [r.id for r in load_csv(path, report)] == ["c-1", "c-5"]
    [error] = report.errors
    assert "lines 3-5 (row 2)" in str(error) and "not closed" in str(error)
    path.write_text(header + "c-3,What is tinnitus?,Ringing in the ears.\n", encoding="utf-8")
    report = LoadReport()
    assert [r.id for r in load_csv(path, report)] == ["c-1"]  # c-2 would show c-3's row as its answer
    [error] = report.errors
    assert "lines 3-4 (row 2)" in str(error) and "not closed" in str(error)
    # ids of any shape (a re-review: "u1".."u4" were not caught), and a quote closed again further down
    path.write_text("id,question,answer\nu1,What is gout?,\"Gout is arthritis.\nu2,What is flu?,Flu is a virus.\n"
                    "u3,What is acne?,\"Spots\"\"\n", encoding="utf-8")
    report = LoadReport()
    assert [r.id for r in load_csv(path, report)] == []
    assert "u2,What is flu?" in str(report.errors[0]) or "not closed" in str(report.errors[0])


@pytest.mark.parametrize("answer", [
    "Gout is arthritis.\nSee faq-2, faq-3 for treatment and causes.",
    "Flu is a virus.\n10,000 to 50,000 people die of it each year, more in bad years.",
    "Flu is a virus.\nQ10, the leaflet's section, says more.",
])
def test_a_multi_line_answer_that_mentions_other_ids_is_valid(tmp_path: Path, answer: str) -> None:
    """A re-review found these correctly quoted answers refused as "swallowed rows"."""
    path = tmp_path / "ok.csv"
    quoted = answer.replace('"', '""')
    path.write_text(f'id,question,answer\nfaq-1,What is it?,"{quoted}"\nfaq-2,What else?,More.\n', encoding="utf-8")
    report = LoadReport()
    records = list(load_csv(path, report))
    assert [r.id for r in records] == ["faq-1", "faq-2"] and not report.errors
    assert records[0].answer == answer


@pytest.mark.parametrize(("header", "hint"), [
    ("ID,Question,Answer", "'ID' (write it 'id')"), ("id, question, answer", "' question' (write it 'question')"),
    ("id;question;answer", "separate columns with ';'")])
def test_a_header_that_almost_names_the_columns_says_why(tmp_path: Path, header: str, hint: str) -> None:
    path = tmp_path / "h.csv"
    path.write_text(header + "\nx,What is A?,A.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="lacks column") as caught:
        list(load_csv(path, LoadReport()))
    assert hint in str(caught.value)


def test_a_whole_document_as_one_answer_is_an_error() -> None:
    record = QARecord(id="x", question="What is A?", answer="word " * 50_000, source="s", reviewed_by="r")
    assert any("a whole document" in p.message for p in validate([record]).errors)
    assert not validate([replace(record, answer="word " * 5_000)]).errors  # long, but a warning


def test_control_characters_in_an_answer_are_an_error() -> None:
    record = QARecord(id="x", question="What is A?", answer="A is\x00 rare.", source="s", reviewed_by="r")
    assert [p.message.split(":")[0] for p in validate([record]).errors] == [
        "answer holds a control character (U+0000) at position 4"]
    assert not validate([replace(record, answer="A is rare.\r\n\tIt is mild.")]).errors


def test_a_column_of_ones_own_next_to_the_field_it_resembles_is_ignored(tmp_path: Path) -> None:
    """approved_by, last_reviewed or question_id next to the fields they resemble are the maintainer's own columns
    (a re-review found them refused as slips); alone, "reviewer" is still a slip for reviewed_by."""
    path = tmp_path / "own.csv"
    path.write_text("id,question,answer,reviewed_by,approved_by,last_reviewed,reviewed_on,question_id\n"
                    "x,What is A?,A.,Dr A,Dr B,2026-01-02,2026-01-01,17\n", encoding="utf-8")
    report = LoadReport()
    [record] = list(load_csv(path, report))
    assert record.reviewed_by == "Dr A" and record.reviewed_on == "2026-01-01"
    assert any("ignoring unknown column(s)" in p.message for p in report.problems)
    path.write_text("id,question,answer,reviewer\nx,What is A?,A.,Dr A\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="did you mean 'reviewed_by'"):
        list(load_csv(path, LoadReport()))


def test_an_id_too_long_for_a_link_is_an_error() -> None:
    record = QARecord(id="x" * 201, question="What is A?", answer="A.", source="s", reviewed_by="r")
    assert any("201 characters long" in p.message for p in validate([record]).errors)
    assert not validate([replace(record, id="x" * 200)]).errors


def test_second_re_review_of_csv_loading(tmp_path: Path) -> None:
    """A swallowed row with fewer cells than the header was served inside another row's answer; an inch mark
    inside unquoted text was read as an unclosed quote (second re-review of session 19)."""
    short = tmp_path / "short.csv"
    short.write_text('id,question,answer,source,reviewed_by,reviewed_on,retired\n'
                     's1,What is flu?,"A virus ""see below,Clinic,Dr A\ns2,What is a cold?,A mild virus,Clinic,Dr B\n'
                     's3,What is a fever?,Hot" body,Clinic,Dr C\ns4,Why cough?,Reflex,Clinic,Dr D\n', encoding="utf-8")
    report = LoadReport()
    assert [r.id for r in load_csv(short, report)] == ["s4"] and report.errors
    inch = tmp_path / "inch.csv"
    inch.write_text('id,question,answer\nh1,I am 5\'10" tall - is 200 lb too much?,"Line one\nLine two"\n',
                    encoding="utf-8")
    report = LoadReport()
    assert [r.answer for r in load_csv(inch, report)] == ["Line one\nLine two"] and not report.errors


@pytest.mark.parametrize(("name", "slip"), [("retired_on", None), ("type", None), ("reviewed", None),
                                            ("medical_reviewer", "reviewed_by"), ("reviewDate", "reviewed_on")])
def test_which_column_names_are_slips(name: str, slip: str | None) -> None:
    from corpus.records import misspelt_field

    assert misspelt_field(name) == slip


def test_control_characters_in_what_patients_see_are_errors() -> None:
    record = QARecord(id="x", question="What is A?", answer="A.", source="s", reviewed_by="Dr\x85 A")
    assert any("reviewed_by holds a control character (U+0085)" in p.message for p in validate([record]).errors)


def test_an_empty_corpus_is_an_error_for_validate() -> None:
    assert [p.message for p in validate([]).errors] == ["no records: the inputs hold no question-answer rows"]


def test_csv_without_required_columns_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("id,text\n1,hello\n")
    with pytest.raises(CorpusError, match="lacks column"):
        list(load_csv(path))


@pytest.mark.parametrize(
    ("content", "match"),
    [(b"\xff\xfe\x00bad", "not valid UTF-8")],
    ids=["latin-bytes"],
)
def test_unreadable_jsonl_names_the_file(tmp_path: Path, content: bytes, match: str) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_bytes(content)
    with pytest.raises(CorpusError, match=match) as info:
        list(load_jsonl(path))
    assert "broken.jsonl" in str(info.value)


def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file"):
        list(load_corpus([tmp_path / "nope.jsonl"]))


def test_medquad_xml_ids_synonyms_and_skipped_pairs(tmp_path: Path) -> None:
    folder = tmp_path / "3_GHR_QA"
    folder.mkdir()
    (folder / "0000042.xml").write_text(XML)
    (folder / "0000007.xml").write_text(LEGACY_XML)
    (folder / "0000099.xml").write_text("<Document id='1' source='X'><QAPairs>")
    report = LoadReport()
    records = {r.id: r for r in load_medquad(tmp_path, report)}
    assert set(records) == {"GHR_0000042_Sec1", "NINDS_0000007_Sec1"}
    alpha = records["GHR_0000042_Sec1"]
    assert alpha.answer == "Alpha syndrome is rare & mild."
    assert alpha.focus == "Alpha syndrome" and alpha.qtype == "information"
    assert alpha.alt_questions == ("What is (are) ALS-X ?", "What is (are) Alpha disease ?")
    assert alpha.extra["cuis"] == ["C0000001"]
    assert report.counts["skipped_no_answer"] == 1
    assert [p.path.endswith("0000099.xml") for p in report.errors] == [True]
    assert records["NINDS_0000007_Sec1"].focus == "Beta palsy"


def test_a_top_level_xml_file_does_not_hide_the_qa_folders(tmp_path: Path) -> None:
    """One leaflet dropped next to the *_QA folders made the loader read it alone (review of session 19)."""
    folder = tmp_path / "3_GHR_QA"
    folder.mkdir()
    (folder / "0000042.xml").write_text(XML)
    (tmp_path / "0000007.xml").write_text(LEGACY_XML)
    ids = {r.id for r in load_medquad(tmp_path, LoadReport())}
    assert ids == {"GHR_0000042_Sec1", "NINDS_0000007_Sec1"}


def test_only_medquads_own_collections_are_credited_to_the_nih(tmp_path: Path) -> None:
    """A clinic's XML in MedQuAD's format was shown as "reviewed by Riverside (MedQuAD, U.S. National
    Institutes of Health)" (review of session 19)."""
    (tmp_path / "ghr.xml").write_text(XML)
    (tmp_path / "clinic.xml").write_text(XML.replace('source="GHR"', 'source="Riverside"'))
    by_source = {r.source: r.reviewed_by for r in load_medquad(tmp_path, LoadReport())}
    assert by_source == {"GHR": "Genetics Home Reference, U.S. National Library of Medicine (NIH), via MedQuAD",
                         "Riverside": ""}


def test_each_medquad_collection_is_credited_to_its_publisher_by_name() -> None:
    """Session 41's blind review ZZ: "reviewed_by is a source code, e.g. 'MPlusHealthTopics', not a clinician". Each
    collection names its publisher; the CDC and the licensed texts MedlinePlus carries are not credited to the NIH."""
    from corpus.loaders import MEDQUAD_SOURCES, medquad_reviewer

    for source in MEDQUAD_SOURCES - {"NIHSeniorHealth"}:  # the one whose code is its name
        assert source not in medquad_reviewer(source), source
    assert medquad_reviewer("MPlusHealthTopics").startswith("MedlinePlus, U.S. National Library of Medicine")
    for source in ("CDC", "ADAM", "MPlusDrugs", "MPlusHerbsSuppls"):
        assert "(NIH)" not in medquad_reviewer(source), source


def test_liveqa_csv_parses_question_url_answer(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_text(
        'AnswerID,Answer\n'
        '"ADAM_0000001_Sec1.txt","Question: What causes Gout ? (Also called: Gouty arthritis; Podagra)\n'
        'URL: https://example.org/gout\nAnswer: Uric acid crystals in the joint.)\n"\n'
        '"BROKEN_1.txt","no structure here"\n'
    )
    report = LoadReport()
    (record,) = load_liveqa_csv(path, report)
    assert record.id == "ADAM_0000001_Sec1"
    assert record.question == "What causes Gout ?"
    assert record.answer == "Uric acid crystals in the joint."  # the CSV's stray ")" is removed
    assert (record.focus, record.qtype) == ("Gout", "causes")
    assert record.alt_questions == ("What causes Gouty arthritis ?", "What causes Podagra ?")
    assert record.url == "https://example.org/gout"
    assert len(report.errors) == 1 and "line 6" in report.errors[0].where


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is (are) Polycystic ovary syndrome ?", ("Polycystic ovary syndrome", "information")),
        ("What are the side effects or risks of Simvastatin ?", ("Simvastatin", "side effects")),
        ("Do I need to see a doctor for Low back pain - chronic ?",
         ("Low back pain - chronic", "when to see a doctor")),
        ("Who is at risk for Parasites - Taeniasis? ?", ("Parasites - Taeniasis", "susceptibility")),
        ("Why is the sky blue", None),
    ],
    ids=["information", "drug", "see-doctor", "double-question-mark", "no-template"],
)
def test_parse_template(question: str, expected: tuple[str, str] | None) -> None:
    assert parse_template(question) == expected


def test_detect_format(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("AnswerID,Answer\n")
    (tmp_path / "b.csv").write_text("id,question,answer\n")
    (tmp_path / "c.txt").write_text("x")
    assert detect_format(tmp_path / "a.csv") == "liveqa"
    assert detect_format(tmp_path / "b.csv") == "csv"
    assert detect_format(FIXTURES / "tiny.jsonl") == "jsonl"
    assert detect_format(tmp_path) == "medquad"
    with pytest.raises(CorpusError, match="unknown corpus format"):
        detect_format(tmp_path / "c.txt")


def _rec(rid: str, answer: str = "A.") -> QARecord:
    return QARecord(id=rid, question="Q?", answer=answer)


def test_combine_drops_exact_duplicates_and_keeps_id_collisions() -> None:
    report = LoadReport()
    out = combine([_rec("a"), _rec("a"), _rec("a", "Different."), _rec("b"), _rec("a", "Different.")], report)
    assert [r.id for r in out] == ["a", "a~2", "b"]
    assert out[1].answer == "Different."
    assert report.counts["exact_duplicates"] == 2
    assert report.counts["id_collisions"] == 1
    assert any("a~2" in p.message for p in report.problems)


def test_validate_reports_problems() -> None:
    records = [
        QARecord(id="x", question="What is A?", answer="<p>Answer</p>", source="s", reviewed_by="r",
                 reviewed_on="2020-01-01"),
        QARecord(id="x", question="What is B?", answer="B" * 50, source="s", reviewed_by="r", reviewed_on="not-a-date"),
        QARecord(id="y", question="what is a", answer="Another answer", source="", reviewed_by=""),
    ]
    report = validate(records, max_answer_chars=40, max_review_age_days=365, today=dt.date(2026, 1, 1))
    messages = [str(p) for p in report.problems]
    assert not report.ok
    assert any("duplicate id" in m for m in messages)
    assert any("not an ISO date" in m for m in messages)
    assert any("markup" in m for m in messages)
    assert any("characters (limit 40)" in m for m in messages)
    assert any("days old" in m for m in messages)
    assert any("different answers" in m for m in messages)
    assert any("missing reviewed_by" in m for m in messages)


@pytest.mark.parametrize("day", ["20260115", "2026-W03-1", "2026-1-15", "15/01/2026"])
def test_review_dates_are_written_yyyy_mm_dd(day: str) -> None:
    """Python 3.11 reads "20260115" and "2026-W03-1" as dates, and patients saw them as written."""
    record = QARecord(id="x", question="What is A?", answer="A.", source="s", reviewed_by="r", reviewed_on=day)
    assert any("not an ISO date" in str(p) for p in validate([record]).errors)


def test_demo_corpus_is_valid_and_marked_as_demo() -> None:
    path = Path(__file__).resolve().parent.parent / "corpus" / "demo" / "demo.jsonl"
    report = LoadReport()
    records = list(load_jsonl(path, report))
    assert not report.errors
    assert 90 <= len(records) <= 120
    assert validate(records).ok
    assert all("DEMO" in r.reviewed_by.upper() and "not reviewed" in r.reviewed_by.lower() for r in records)
    assert all(r.alt_questions for r in records)


@needs_shared_data()
def test_full_medquad_and_liveqa_load() -> None:
    report = LoadReport()
    records = load_corpus([MEDQUAD, LIVEQA_CSV], report)
    assert not report.errors
    assert report.counts["skipped_no_answer"] > 30_000
    assert len(records) > 18_000
    ids = [r.id for r in records]
    assert len(ids) == len(set(ids))
    assert report.counts["id_collisions"] > 0  # e.g. NHLBI ids that name other answers in the CSV
    by_id = {r.id: r for r in records}
    assert by_id["GHR_0000804_Sec2"].question.startswith("How many people are affected by polycystic kidney")


def test_validate_refuses_a_url_that_is_not_a_web_address() -> None:
    """A record url is shown to patients as a link (security review, session 16)."""
    from corpus import validate

    ok = QARecord(id="a", question="Q?", answer="A.", url="https://medlineplus.gov/x", source="s", reviewed_by="r")
    bad = QARecord(id="b", question="Q?", answer="A.", url="javascript:alert(1)", source="s", reviewed_by="r")
    report = validate([ok, bad])
    assert [(p.path, p.severity) for p in report.problems if "url" in p.message] == [("b", "error")]
