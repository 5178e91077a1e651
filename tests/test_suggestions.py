"""What a no_match offers as suggestions (indexer.answer.suggestions_of): close matches, one per question text."""

from __future__ import annotations

import dataclasses

from corpus import QARecord
from indexer.answer import MAX_SUGGESTIONS, suggestions_of
from indexer.ranking import RankerConfig
from indexer.search import Hit


def _hit(rid: str, question: str, score: float) -> Hit:
    record = QARecord(id=rid, question=question, answer="A reviewed answer.", source="Test", url="",
                      reviewed_by="Dr Test")
    return Hit(record, score)


RANKER = dataclasses.replace(RankerConfig(), suggestion_floor=0.95)


def test_matches_below_the_floor_are_not_suggested() -> None:
    hits = [_hit("a", "What is asthma?", 1.2), _hit("b", "How is asthma treated?", 0.95),
            _hit("c", "What is Still's disease?", 0.94)]
    assert [h.record.id for h in suggestions_of(hits, RANKER)] == ["a", "b"]


def test_a_question_text_is_suggested_once() -> None:
    """MedQuAD repeats "What is (are) Diarrhea ?" across sources; the tidied titles are compared, case aside."""
    hits = [_hit("a", "What is (are) Diarrhea ?", 1.3), _hit("b", "What is (are) Diarrhea ?", 1.2),
            _hit("c", "What is (are) diarrhea?", 1.1), _hit("d", "What to do for Diarrhea ?", 1.0)]
    assert [h.record.id for h in suggestions_of(hits, RANKER)] == ["a", "d"]


def test_at_most_five_and_no_floor_by_default() -> None:
    hits = [_hit(str(i), f"Question {i}?", 0.1) for i in range(8)]
    assert suggestions_of(hits, RANKER) == ()
    assert len(suggestions_of(hits, RankerConfig())) == MAX_SUGGESTIONS == 5
