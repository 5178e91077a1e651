"""The reading layout of an answer (corpus.layout): paragraphs and lists, a scraped copy of a list shown
once, and never a word of the reviewed text lost, reordered or added."""

from __future__ import annotations

import sys

import pytest

from corpus import load_liveqa_csv, load_medquad
from corpus.layout import Block, Copy, dropped_copies, layout, title, video_notes, words
from tests.conftest import LIVEQA_CSV, MEDQUAD, needs_shared_data


def kinds(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(b.kind, b.items) for b in layout(text)]


def test_paragraphs_are_the_lines_of_the_answer() -> None:
    assert kinds("First line.\n\n  Second   line.  ") == [("paragraph", ("First line.",)),
                                                         ("paragraph", ("Second line.",))]


def test_inline_dashes_become_a_list_after_the_text_that_leads_to_it() -> None:
    assert kinds("Treatments include - rest - ice - raising the leg") == [
        ("paragraph", ("Treatments include",)), ("list", ("rest", "ice", "raising the leg"))]
    assert kinds("- adding calcium to the diet") == [("list", ("adding calcium to the diet",))]


def test_one_dash_in_a_sentence_is_not_a_list() -> None:
    assert kinds("Children aged 5 - 10 are most often affected.") == [
        ("paragraph", ("Children aged 5 - 10 are most often affected.",))]


def test_a_copy_of_the_list_that_follows_it_is_shown_once() -> None:
    # NIHSeniorHealth's UTI answer as scraped: the items again, without dashes, then the next section
    text = ("These include people who have - spinal cord injuries or nerve damage around the bladder. - a blockage "
            "in the urinary tract. - diabetes spinal cord injuries or nerve damage around the bladder. a blockage in "
            "the urinary tract. diabetes UTIs in Women More than half of women will have one.")
    assert kinds(text) == [
        ("paragraph", ("These include people who have",)),
        ("list", ("spinal cord injuries or nerve damage around the bladder.", "a blockage in the urinary tract.",
                  "diabetes")),
        ("paragraph", ("UTIs in Women More than half of women will have one.",)),
    ]


def test_a_copy_in_the_middle_ends_the_list_and_what_follows_leads_to_the_next() -> None:
    text = ("People who have - nerve damage around the bladder - diabetes nerve damage around the bladder diabetes "
            "Activities That Can Increase Risk - having sex - using a catheter")
    assert kinds(text) == [
        ("paragraph", ("People who have",)), ("list", ("nerve damage around the bladder", "diabetes")),
        ("paragraph", ("Activities That Can Increase Risk",)), ("list", ("having sex", "using a catheter")),
    ]
    assert only_copies_left_out(text)


def test_a_copy_of_one_item_right_after_it_is_shown_once() -> None:
    text = ("You should not get it if you - have shingles now - are pregnant or might be. are pregnant or might be. "
            "See X.")
    assert kinds(text) == [("paragraph", ("You should not get it if you",)),
                           ("list", ("have shingles now", "are pregnant or might be.")), ("paragraph", ("See X.",))]


def test_a_short_repetition_is_the_texts_own_and_stays() -> None:
    text = "Risks - smoking - being very overweight very overweight"
    assert kinds(text) == [("paragraph", ("Risks",)), ("list", ("smoking", "being very overweight very overweight"))]


def test_the_list_ends_where_a_section_repeats_its_first_key_point_as_heading() -> None:
    text = ("Key Points - After a tumor is found, tests are done to stage it. - There are three ways. After a tumor "
            "is found, tests are done to stage it. The stage is the extent of the cancer.")
    assert kinds(text) == [
        ("paragraph", ("Key Points",)),
        ("list", ("After a tumor is found, tests are done to stage it.", "There are three ways.")),
        ("paragraph", ("After a tumor is found, tests are done to stage it. The stage is the extent of the cancer.",)),
    ]


def test_a_list_of_phrases_ends_where_the_sentences_after_it_start() -> None:
    """MedlinePlus: the last phrase runs on into the summary's prose, with no full stop between (session 23's
    review: "There is no cure" sat inside the last symptom bullet)."""
    text = ("Symptoms can include - Redness of the face - A swollen nose - Red, dry eyes and sometimes vision problems "
            "No one knows what causes rosacea. There is no cure, but treatments can help. NIH: National Institute of "
            "Arthritis and Musculoskeletal and Skin Diseases")
    assert kinds(text) == [
        ("paragraph", ("Symptoms can include",)),
        ("list", ("Redness of the face", "A swollen nose", "Red, dry eyes and sometimes vision problems")),
        ("paragraph", ("No one knows what causes rosacea. There is no cure, but treatments can help.",)),
        ("paragraph", ("NIH: National Institute of Arthritis and Musculoskeletal and Skin Diseases",)),
    ]


def test_a_phrase_with_a_name_in_it_is_not_cut() -> None:
    # "the Achilles": a phrase does not end on "the"; "causes Lyme disease." is too short to be the sentence
    text = "Signs include - swelling - pain in the Achilles tendon after running Rest helps most people recover."
    assert kinds(text)[-2:] == [("list", ("swelling", "pain in the Achilles tendon after running")),
                                ("paragraph", ("Rest helps most people recover.",))]


def test_items_glued_without_their_dash_stay_in_the_list() -> None:
    text = ("It can cause - Permanent damage to the lung - Low oxygen levels in your blood Damage to other organs "
            "from not getting enough oxygen If a clot is large, it can cause death.")
    assert kinds(text)[1:] == [
        ("list", ("Permanent damage to the lung",
                  "Low oxygen levels in your blood Damage to other organs from not getting enough oxygen")),
        ("paragraph", ("If a clot is large, it can cause death.",)),
    ]


def test_an_item_in_the_middle_that_leads_to_the_next_list_ends_the_first() -> None:
    # ADAM: two lists on one line, the line that leads to the second glued to the first's last drug
    text = ("Narcotics include: - Codeine - Morphine - Tramadol Possible side effects of these drugs include: "
            "- Drowsiness - Nausea - Slowed breathing When taking narcotics, do not drive.")
    assert kinds(text) == [("paragraph", ("Narcotics include:",)), ("list", ("Codeine", "Morphine", "Tramadol")),
                           ("paragraph", ("Possible side effects of these drugs include:",)),
                           ("list", ("Drowsiness", "Nausea", "Slowed breathing")),
                           ("paragraph", ("When taking narcotics, do not drive.",))]


def test_the_line_that_introduces_resources_is_taken_off_the_item_it_was_run_into() -> None:
    # GHR: a link list whose next introduction was glued to a link's title, in the middle or at the end
    text = ("These resources address the diagnosis or management of cri-du-chat syndrome: - Genetic Testing Registry: "
            "5p partial monosomy syndrome - MedlinePlus Encyclopedia: Cri du Chat Syndrome These resources from "
            "MedlinePlus offer information about the diagnosis and management of various health conditions: - "
            "Diagnostic Tests - Drug Therapy")
    assert kinds(text) == [
        ("paragraph", ("These resources address the diagnosis or management of cri-du-chat syndrome:",)),
        ("list", ("Genetic Testing Registry: 5p partial monosomy syndrome",
                  "MedlinePlus Encyclopedia: Cri du Chat Syndrome")),
        ("paragraph", ("These resources from MedlinePlus offer information about the diagnosis and management of "
                       "various health conditions:",)),
        ("list", ("Diagnostic Tests", "Drug Therapy"))]
    last = "Some links: - Gene Review: X - University of California, San Francisco (UCSF) Medical Center These " \
           "resources from MedlinePlus offer information about health conditions."
    assert kinds(last)[-2:] == [
        ("list", ("Gene Review: X", "University of California, San Francisco (UCSF) Medical Center")),
        ("paragraph", ("These resources from MedlinePlus offer information about health conditions.",))]


def test_a_list_of_sentences_ends_after_the_last_ones_first_sentence() -> None:
    text = ("Treatment may include - Surgery to remove the tumor. - Chemotherapy. Check the list of clinical trials "
            "that are now accepting patients.")
    assert kinds(text)[1:] == [("list", ("Surgery to remove the tumor.", "Chemotherapy.")),
                               ("paragraph", ("Check the list of clinical trials that are now accepting patients.",))]


def test_prose_after_a_list_of_phrases_is_no_item() -> None:
    # GARD: the note about the phenotype ontology follows the symptom list after a dash
    text = ("Signs - Short ribs - Thin ribs - The Human Phenotype Ontology (HPO) has collected information on how "
            "often a sign or symptom occurs in a condition, from a European rare disease database. Much of it is "
            "estimated.")
    assert kinds(text)[1:] == [("list", ("Short ribs", "Thin ribs")), ("paragraph", (text[text.index("The Human"):],))]


def test_section_headings_stand_apart() -> None:
    # ADAM's "Title : text" and its capitals; MedlinePlus's "Summary :"; "MPS III" is a name, not a heading
    assert kinds("How the Test is Performed : A blood sample is needed. Risks : Bruising.") == [
        ("heading", ("How the Test is Performed",)), ("paragraph", ("A blood sample is needed.",)),
        ("heading", ("Risks",)), ("paragraph", ("Bruising.",))]
    assert kinds("Narcotics help. MUSCLE RELAXANTS Your provider may prescribe one.") == [
        ("paragraph", ("Narcotics help.",)), ("heading", ("MUSCLE RELAXANTS",)),
        ("paragraph", ("Your provider may prescribe one.",))]
    assert kinds("MPS III Sanfilippo syndrome is rare.") == [("paragraph", ("MPS III Sanfilippo syndrome is rare.",))]


def test_blocks_serialize_for_the_api() -> None:
    assert Block("list", ("a", "b")).to_json() == {"type": "list", "items": ["a", "b"]}
    assert Block("paragraph", ("a",)).to_json() == {"type": "paragraph", "text": "a"}
    assert Block("heading", ("a",)).to_json() == {"type": "heading", "text": "a"}


def shown_words(text: str) -> list[str]:
    return [w for b in layout(text) for item in b.items for w in words(item)]


def looks_like_a_video_note(note: str) -> bool:
    first = " ".join(words(note)[:4]).lower().lstrip("(")
    return "video" in first and first.startswith(("watch", "this short video", "to enlarge"))


def only_copies_left_out(text: str) -> bool:
    """The words shown, with each left-out copy put back where it stood, are the answer's words less its video
    notes exactly, each copy repeats the words shown just before it, and each note is about a video."""
    kept = text
    for note in video_notes(text):
        if not looks_like_a_video_note(note) or note not in kept:
            return False
        kept = kept.replace(note, " ", 1)
    shown, rebuilt, at = shown_words(text), [], 0
    for copy in dropped_copies(text):
        if list(copy.words) != shown[copy.after - len(copy.words):copy.after] or copy.after < at:
            return False
        rebuilt += shown[at:copy.after] + list(copy.words)
        at = copy.after
    return rebuilt + shown[at:] == words(kept)


def test_the_copy_check_fails_on_a_lost_or_added_word(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Signs - a cough that lasts - a fever over 39 a cough that lasts a fever over 39 Next"
    assert only_copies_left_out(text) and shown_words(text) == "Signs a cough that lasts a fever over 39 Next".split()
    import corpus.layout as module

    real = module._layout

    def losing(answer: str) -> tuple[tuple[Block, ...], tuple[Copy, ...]]:
        blocks, copies = real(answer)
        return blocks[:-1], copies  # the last block lost

    monkeypatch.setattr(module, "_layout", losing)
    assert not only_copies_left_out(text)


@needs_shared_data()
def test_no_medquad_answer_loses_a_word_that_is_not_a_copy() -> None:
    # MedQuAD's XML, and the judged answers of LiveQA-Med (ADAM, MedlinePlus drugs and herbs) that the eval corpus adds
    records = list(load_medquad(MEDQUAD)) + list(load_liveqa_csv(LIVEQA_CSV))
    bad = [r.id for r in records if not only_copies_left_out(r.answer)]
    assert not bad, bad[:10]
    # the copies it shows once are many: NIHSeniorHealth's lists above all (about 290 answers on 2026-12-05)
    assert sum(bool(dropped_copies(r.answer)) for r in records) >= 200
    # and the video notes (85 answers on 2026-12-06): none is shown
    with_notes = [r for r in records if video_notes(r.answer)]
    assert len(with_notes) >= 70
    # (a sentence that names a video stays: 'If you would like tips on how to cut back, watch the video "How To Cut
    # Back on Your Drinking."')
    player = ("Watch the video", "Watch a video", "Watch this video", "enlarge the video", "Escape")
    shown = {r.id: " ".join(shown_words(r.answer)) for r in with_notes}
    assert not [rid for rid, text in shown.items() if any(p in text for p in player)]


def test_a_video_note_is_left_out_and_nothing_else() -> None:
    text = ("Shingles is common. (Watch the video to learn more about shingles (AUD). To enlarge the video, click the "
            "brackets. To reduce the video, press the Escape (Esc) button on your keyboard.) What Causes Shingles? "
            "A virus. Watch a video to see what day care provides. The camera sends a video image to a monitor.")
    assert kinds(text) == [("paragraph", ("Shingles is common. What Causes Shingles? A virus. The camera sends a video "
                                          "image to a monitor.",))]
    assert [n[:22] for n in video_notes(text)] == ["(Watch the video to le", "Watch a video to see w"]
    assert only_copies_left_out(text)


def test_a_video_title_ends_at_the_next_capitalised_word_even_inside_a_list() -> None:
    text = ("Causes - Overactive thyroid gland Watch this video about: Arrhythmias - Some medicines "
            "Watch this video about: Blood flow")
    assert kinds(text) == [("paragraph", ("Causes",)), ("list", ("Overactive thyroid gland", "Some medicines"))]
    assert video_notes(text) == ("Watch this video about: Arrhythmias", "Watch this video about: Blood flow")


def test_an_unclosed_or_unrelated_bracket_stays() -> None:
    text = "A test (Watch the video to learn more. And the rest of it. Video-assisted thoracoscopy (VATS) may help."
    assert shown_words(text) == words(text) and video_notes(text) == ()


def test_the_copy_check_fails_on_a_note_that_is_not_about_a_video(monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus.layout as module

    text = "Shingles is common. (Watch the video to learn more.) It hurts."
    assert only_copies_left_out(text)
    monkeypatch.setattr(module, "video_notes", lambda answer: ("It hurts.",))
    monkeypatch.setattr(sys.modules[__name__], "video_notes", module.video_notes)
    assert not only_copies_left_out(text)


@pytest.mark.parametrize("text", ["", "   ", "-", " - - ", "a - - b", "-- x -- y"])
def test_odd_text_gives_blocks_without_empty_items(text: str) -> None:
    assert all(all(item.strip() for item in b.items) for b in layout(text))


@pytest.mark.parametrize(("question", "expected"), [
    ("Who is at risk for Shingles? ?", "Who is at risk for Shingles?"),
    ("What to do for What I need to know about Kidney Stones ?", "What to do for Kidney Stones?"),
    ("What is (are) What I need to know about Gestational Diabetes ?", "What is (are) Gestational Diabetes?"),
    ("What I need to know about Hepatitis B", "What I need to know about Hepatitis B"),  # the booklet's own title
    ("What is (are) Flu ?", "What is (are) Flu?"),
    ("How can I  stop smoking?", "How can I stop smoking?"),
    ("What causes Pain? Really ?", "What causes Pain? Really?"),
    ("", ""),
])
def test_a_question_as_a_heading_has_medquads_template_slips_tidied(question: str, expected: str) -> None:
    assert title(question) == expected


@needs_shared_data()
def test_a_heading_only_ever_takes_template_words_away() -> None:
    import re

    for record in load_medquad(MEDQUAD):
        shown, asked = re.findall(r"[^\W_]+", title(record.question)), re.findall(r"[^\W_]+", record.question)
        left = iter(asked)
        assert all(any(w == a for a in left) for w in shown), record.question  # in order, none added
        assert len(asked) - len(shown) in (0, 6), record.question  # nothing, or "What I need to know about"


def test_a_dash_between_a_number_and_a_larger_one_is_a_range_not_an_item() -> None:
    """Session 30's blind review: a baby-fever answer's "(102 - 104F, or 38.9 - 40C)" was shown as three list items,
    and ADAM's "Walks well by 12 - 15 months" cut in two. A range goes up; "younger than 60 - 22 percent of men age 60
    to 69" keeps its items."""
    blocks = layout("Call if there is a high fever (102 - 104F, or 38.9 - 40C) - a rash - a stiff neck")
    items = [b for b in blocks if b.kind == "list"]
    assert len(items) == 1 and items[0].items == ("a rash", "a stiff neck")
    assert blocks[0].items[0].endswith("(102 - 104F, or 38.9 - 40C)")
    nih = layout("For example, ED occurs in - about 12 percent of men younger than 60 - 22 percent of men age 60 to 69 "
                 "- 30 percent of men age 70 or older")
    assert [b.items for b in nih if b.kind == "list"] == [("about 12 percent of men younger than 60",
                                                           "22 percent of men age 60 to 69",
                                                           "30 percent of men age 70 or older")]


def test_items_that_repeat_their_own_text_make_one_list() -> None:
    """NIHSeniorHealth writes each item's text twice inside the item; each copy is dropped, and the items stay one
    list (they were shown as a list of one item each: session 35's blind review)."""
    answer = ("Some habits may help. - Drink water. Water helps flush the bladder. Drink water. Water helps flush the "
              "bladder. - Wipe front to back. This keeps germs away. Wipe front to back. This keeps germs away. - Wear "
              "cotton underwear. It keeps the area dry. Wear cotton underwear. It keeps the area dry.")
    blocks = layout(answer)
    assert [b.kind for b in blocks] == ["paragraph", "list"]
    assert blocks[1].items == ("Drink water. Water helps flush the bladder.",
                               "Wipe front to back. This keeps germs away.",
                               "Wear cotton underwear. It keeps the area dry.")
