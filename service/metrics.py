"""Prometheus text metrics for one worker process (no extra dependency).

Each gunicorn worker keeps its own counters and labels them with its pid; a Prometheus
scrape sees one worker per request, and ``sum without (pid)`` aggregates them.
"""

from __future__ import annotations

import os
import threading
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from indexer.answer import Answer

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: defaultdict[tuple[str, str], int] = defaultdict(int)  # (endpoint, status)
        self.answers: defaultdict[str, int] = defaultdict(int)  # answered / no_match / emergency
        self.clinic: defaultdict[str, int] = defaultdict(int)  # no_match as clinic business, by rules / classifier
        self.emergencies: defaultdict[str, int] = defaultdict(int)  # emergencies by rules / classifier
        self.set_aside = 0  # classifier alarms the patient set aside ("nothing like this is happening now")
        self._hist = [0] * (len(BUCKETS) + 1)
        self._sum = 0.0
        self._count = 0

    def observe_request(self, endpoint: str, status: int, seconds: float) -> None:
        with self._lock:
            self.requests[(endpoint, str(status))] += 1
            if endpoint == "api.ask":
                for i, bound in enumerate(BUCKETS):
                    if seconds <= bound:
                        self._hist[i] += 1
                        break
                else:
                    self._hist[-1] += 1
                self._sum += seconds
                self._count += 1

    def observe_answer(self, answer: Answer) -> None:
        """One decision of the service: its status, what sent a ``no_match`` to the clinic or raised an
        emergency ("rules" or "classifier"), and whether the patient set a classifier alarm aside."""
        with self._lock:
            self.answers[answer.status] += 1
            if answer.clinic_by:
                self.clinic[answer.clinic_by] += 1
            if answer.emergency_by:
                self.emergencies[answer.emergency_by] += 1
            self.set_aside += answer.emergency_set_aside

    def render(self, *, index_version: str, records: int, reloads: int, reload_failures: int, ready: bool) -> str:
        pid = os.getpid()
        lines = [
            "# HELP medmatch_requests_total HTTP requests by endpoint and status.",
            "# TYPE medmatch_requests_total counter",
        ]
        with self._lock:
            for (endpoint, status), n in sorted(self.requests.items()):
                lines.append(f'medmatch_requests_total{{endpoint="{endpoint}",status="{status}",pid="{pid}"}} {n}')
            lines += ["# HELP medmatch_answers_total /v1/ask outcomes.", "# TYPE medmatch_answers_total counter"]
            for status in ("answered", "no_match", "emergency"):
                lines.append(f'medmatch_answers_total{{status="{status}",pid="{pid}"}} {self.answers.get(status, 0)}')
            lines += ["# HELP medmatch_clinic_requests_total no_match answers that sent the patient to the clinic, "
                      "by what decided it.", "# TYPE medmatch_clinic_requests_total counter"]
            for by in ("rules", "classifier"):
                lines.append(f'medmatch_clinic_requests_total{{by="{by}",pid="{pid}"}} {self.clinic.get(by, 0)}')
            lines += ["# HELP medmatch_emergencies_total emergency answers, by what raised them.",
                      "# TYPE medmatch_emergencies_total counter"]
            for by in ("rules", "classifier"):
                lines.append(f'medmatch_emergencies_total{{by="{by}",pid="{pid}"}} {self.emergencies.get(by, 0)}')
            lines += ["# HELP medmatch_emergencies_set_aside_total classifier alarms set aside by the patient "
                      "(nothing like it happening now), then answered as any question.",
                      "# TYPE medmatch_emergencies_set_aside_total counter",
                      f'medmatch_emergencies_set_aside_total{{pid="{pid}"}} {self.set_aside}']
            lines += ["# HELP medmatch_ask_seconds /v1/ask latency.", "# TYPE medmatch_ask_seconds histogram"]
            cumulative = 0
            for bound, n in zip(BUCKETS, self._hist, strict=False):
                cumulative += n
                lines.append(f'medmatch_ask_seconds_bucket{{le="{bound}",pid="{pid}"}} {cumulative}')
            lines.append(f'medmatch_ask_seconds_bucket{{le="+Inf",pid="{pid}"}} {self._count}')
            lines.append(f'medmatch_ask_seconds_sum{{pid="{pid}"}} {self._sum:.6f}')
            lines.append(f'medmatch_ask_seconds_count{{pid="{pid}"}} {self._count}')
        lines += [
            "# HELP medmatch_index_info The index version this worker serves.",
            "# TYPE medmatch_index_info gauge",
            f'medmatch_index_info{{version="{index_version}",pid="{pid}"}} 1',
            "# TYPE medmatch_index_records gauge",
            f'medmatch_index_records{{pid="{pid}"}} {records}',
            "# TYPE medmatch_index_ready gauge",
            f'medmatch_index_ready{{pid="{pid}"}} {int(ready)}',
            "# TYPE medmatch_index_reloads_total counter",
            f'medmatch_index_reloads_total{{pid="{pid}"}} {reloads}',
            "# TYPE medmatch_index_reload_failures_total counter",
            f'medmatch_index_reload_failures_total{{pid="{pid}"}} {reload_failures}',
        ]
        return "\n".join(lines) + "\n"
