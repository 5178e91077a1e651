"""Answers that only point elsewhere (corpus/pointers.py) and the ranker's check on them."""

from __future__ import annotations

import pytest

from corpus import load_medquad
from corpus.pointers import ASKS_FOR_RESOURCES, only_lists_contacts, only_points_elsewhere, promises_a_missing_list
from indexer.ranking import RankerConfig
from indexer.search import POINTS_ELSEWHERE, Searcher
from tests.conftest import MEDQUAD, needs_shared_data
from tests.support import assert_penalty_lowers, first_ids, fixture_record, searcher_with

GHR_LINKS = ("These resources address the diagnosis or management of vitiligo: - Genetic Testing Registry: Vitiligo "
             "- MedlinePlus Encyclopedia: Vitiligo These resources from MedlinePlus offer information about the "
             "diagnosis and management of various health conditions: - Diagnostic Tests - Drug Therapy - Surgery and "
             "Rehabilitation - Genetic Counseling - Palliative Care")


@pytest.mark.parametrize("answer", [
    GHR_LINKS,
    "See the PDQ summary about Chronic Myelogenous Leukemia Treatment for information.",
    "More detailed information on heart attacks is available at www.nhlbi.nih.gov/health/dci.",
    "The National Institute of Arthritis and Musculoskeletal and Skin Diseases (NIAMS) at NIH has more information "
    'about gout. Check out the information here. Also, see "Key Words" related to gout.',
])
def test_a_list_of_resources_only_points_elsewhere(answer: str) -> None:
    assert only_points_elsewhere(answer)


@pytest.mark.parametrize("answer", [
    "",
    "- Fever - Itching, pain, or bleeding with bowel movements - Redness around the anus",  # a bare list says it
    "- Zomig - Zomig-ZMT",
    "Vitiligo cannot be cured, but creams and light treatment can bring colour back. " + GHR_LINKS,
    "See your health care provider if shyness or fear of rejection overwhelms your ability to function.",
    "Contact your provider if: - The discharge is thick, greenish, or resembles pus. - You have eye pain.",
    "These resources address treatment: - Light therapy with narrowband ultraviolet B helps many people with "
    "vitiligo regain some colour in the patches over several months, and creams may help too, as may "
    "camouflage make up for the face and hands when the patches bother you - Creams",  # an item that says something
    "For more information: the patches of vitiligo can be made less noticeable with creams, light treatment and "
    "make up, and most people find that the patches stop spreading after some years, though new patches can "
    "still appear at any age and the colour rarely comes back by itself.",  # a long sentence says something
])
def test_an_answer_that_says_something_does_not(answer: str) -> None:
    assert not only_points_elsewhere(answer)


@pytest.mark.parametrize(("answer", "lost"), [
    # session 44's blind review JJJ: an A.D.A.M. "what to ask your doctor" page whose list of questions MedQuAD lost
    ("You had surgery to get a new hip or knee joint while you were in the hospital. Below are some questions you may "
     "want to ask your health care provider to help you take care of your new joint.", True),
    ("Hospital treatments may include the following:", True),
    # a list that is there, a sentence that says something of its own, or "below" as a number
    ("Below are some questions you may want to ask: - How long will I stay in the hospital? - When can I drive?",
     False),
    ("The goal for triglycerides, another fat in the blood, is below 150.", False),
    ("Hip replacement replaces a worn joint. It takes about two hours. Most people walk the next day. Recovery takes "
     "weeks. Below are some tips for the first weeks at home.", False),
])
def test_an_introduction_whose_list_was_lost_is_found(answer: str, lost: bool) -> None:
    assert promises_a_missing_list(answer) is lost


DIRECTORY = ("National Eye Institute National Institutes of Health 2020 Vision Place Bethesda, MD 20892-3655 "
             "301-496-5248 E-mail: 2020@nei.nih.gov www.nei.nih.gov Foundation Fighting Blindness Executive Plaza 1, "
             "Suite 800 Owings Mill, MD 21117-2220 1-888-394-3937 410-785-1414")


@pytest.mark.parametrize(("answer", "directory"), [
    (DIRECTORY, True),
    # one number, or numbers inside sentences of its own, is an answer that says something
    ("National Eye Institute 2020 Vision Place Bethesda, MD 20892-3655 301-496-5248 www.nei.nih.gov", False),
    (DIRECTORY + " Macular degeneration blurs the sharp central vision you need for reading and driving.", False),
    ("Call the poison line at 1-800-222-1222 or your doctor at (301) 555-0199 if the child has swallowed any of the "
     "pills, even when they seem well.", False),
])
def test_a_directory_of_contacts_is_found(answer: str, directory: bool) -> None:
    assert only_lists_contacts(answer) is directory


def test_the_search_flags_a_directory_unless_resources_are_asked_for() -> None:
    from indexer.search import _only_points_elsewhere

    assert _only_points_elsewhere(fixture_record("amd-contacts", "What is (are) Macular Degeneration ?", DIRECTORY,
                                                 "macular degeneration"))
    assert not _only_points_elsewhere(fixture_record("amd-support", "Where to find support for Macular Degeneration ?",
                                                     DIRECTORY, "macular degeneration"))


def test_a_question_that_asks_for_resources_is_answered_by_a_list_of_them() -> None:
    assert ASKS_FOR_RESOURCES.search("Where to find support for people with Vitiligo ?")
    assert ASKS_FOR_RESOURCES.search("What is (are) Arthritis - resources ?")
    assert not ASKS_FOR_RESOURCES.search("What are the treatments for vitiligo ?")


@needs_shared_data()
def test_the_genetics_home_reference_link_lists_of_medquad_are_found() -> None:
    records = [r for r in load_medquad(MEDQUAD) if r.answer]
    links = [r for r in records if r.answer.startswith("These resources address the diagnosis or management of")]
    found = [r for r in records if only_points_elsewhere(r.answer) and not ASKS_FOR_RESOURCES.search(r.question)]
    assert len(links) > 1000
    assert all(only_points_elsewhere(r.answer) for r in links)
    assert len(found) - len(links) < 20  # a few others ("See the PDQ summary about ..."), no bare lists


VITILIGO = [
    fixture_record("vitiligo-links", "What are the treatments for vitiligo ?", GHR_LINKS, "vitiligo", "treatment"),
    fixture_record("vitiligo-info", "What is vitiligo ?",
                   "Vitiligo causes white patches on the skin where the cells that make colour are lost. It cannot "
                   "be cured, but creams, light treatment and make up can help the patches look less noticeable.",
                   "vitiligo"),
]


@pytest.fixture(scope="module")
def with_links(tmp_path_factory: pytest.TempPathFactory, encoder, tiny_records) -> Searcher:  # type: ignore[no-untyped-def]
    return searcher_with(tmp_path_factory, encoder, [*tiny_records, *VITILIGO], "pointers")


def test_the_search_lowers_a_list_of_resources(with_links: Searcher) -> None:
    question = "what actually helps vitiligo, what are the treatments"
    assert_penalty_lowers(with_links, question, "pointer_penalty", 0.5, POINTS_ELSEWHERE, "vitiligo-links",
                          "vitiligo-info")
    assert first_ids(with_links, question, "pointer_penalty") == ["vitiligo-links", "vitiligo-info"]


def test_the_shipped_ranker_has_the_check_on() -> None:
    assert RankerConfig.load().pointer_penalty > 0


DVT_PREVENTION = ("You can take steps to prevent deep vein thrombosis. If you are at risk, see your doctor for regular "
                  "checkups, take your medicines as prescribed, move your legs on long trips and stay active.")
COPIES = [
    fixture_record("dvt-prevent", "How to prevent Deep Vein Thrombosis ?", DVT_PREVENTION, "deep vein thrombosis",
                   "prevention"),
    # MedQuAD repeats some pairs under another id (NHLBI_0000051_Sec8 and ...Sec7~2)
    fixture_record("dvt-prevent-copy", "How to prevent Deep Vein Thrombosis ?", "  " + DVT_PREVENTION.upper() + " ",
                   "deep vein thrombosis", "prevention"),
    fixture_record("dvt-info", "What is Deep Vein Thrombosis ?",
                   "Deep vein thrombosis is a blood clot in a deep vein, usually in the leg.", "deep vein thrombosis"),
]


@pytest.fixture(scope="module")
def with_copies(tmp_path_factory: pytest.TempPathFactory, encoder, tiny_records) -> Searcher:  # type: ignore[no-untyped-def]
    return searcher_with(tmp_path_factory, encoder, [*tiny_records, *COPIES], "copies")


def test_a_copy_of_an_answer_already_listed_is_left_out(with_copies: Searcher) -> None:
    matches = with_copies.search("how can I prevent a DVT clot in my leg", 5, with_related=False).matches
    ids = [m.record.id for m in matches]
    assert len(ids) == 5 and "dvt-info" in ids
    assert ("dvt-prevent" in ids) != ("dvt-prevent-copy" in ids)
    texts = [" ".join(m.record.answer.split()).lower() for m in matches]
    assert len(set(texts)) == len(texts)
