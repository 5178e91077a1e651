"""The benchmark's question set: hand-written dev messages plus seeded perturbations.

Sources are the first 300 messages of ``eval/dev_questions.jsonl`` (batch 1: the set the
latency targets were first measured on; later batches are longer messages and would make runs
incomparable) and ``eval/dev_out_of_corpus.jsonl`` (122 clinic-widget messages). The LiveQA test questions are
never read. Perturbations imitate what patients type: typos (adjacent swaps, dropped letters),
all lowercase, a long backstory (other dev messages prepended), and 3-6 word fragments.
The same seed and size always give the same list, in the same order.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "eval" / "dev_questions.jsonl", ROOT / "eval" / "dev_out_of_corpus.jsonl")
SEED = 5  # issue #5
#: The service accepts up to 2,000 characters; long questions stay well inside that.
MAX_CHARS = 1500
KINDS = ("typo", "lower", "backstory", "short")
FULL = 1200
#: Dev messages dev-001..dev-300 only (see above).
DEV_BATCH_1 = 300


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    kind: str  # "dev", "ooc" (as written) or one of KINDS
    origin: str  # qid of the message it came from

    @property
    def words(self) -> int:
        return len(self.text.split())


def _load(path: Path) -> list[tuple[str, str]]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                item = json.loads(line)
                rows.append((item["qid"], item["question"].strip()))
    return rows


def typo(text: str, rng: random.Random) -> str:
    """1-3 edits, each an adjacent-letter swap or a dropped letter, inside words."""
    chars = list(text)
    for _ in range(rng.randint(1, 3)):
        spots = [i for i in range(len(chars) - 1) if chars[i].isalpha() and chars[i + 1].isalpha()]
        if not spots:
            break
        i = rng.choice(spots)
        if rng.random() < 0.5:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            del chars[i]
    return "".join(chars)


def backstory(text: str, others: Sequence[str], rng: random.Random) -> str:
    """Prepend 1-3 other messages as context, as patients do before the actual question."""
    parts = rng.sample(list(others), rng.randint(1, 3)) + [text]
    out = " ".join(parts)
    while len(out) > MAX_CHARS and len(parts) > 1:
        parts.pop(0)
        out = " ".join(parts)
    return out[:MAX_CHARS]


def short(text: str, rng: random.Random) -> str:
    """3-6 consecutive words, usually from the start (how people type into a search box)."""
    words = text.split()
    n = min(len(words), rng.randint(3, 6))
    start = 0 if rng.random() < 0.6 else rng.randint(0, len(words) - n)
    return " ".join(words[start : start + n]).rstrip(".,;:")


def build_questions(n: int = 1200, seed: int = SEED) -> list[Question]:
    """``n`` questions: every dev and out-of-corpus message once, then perturbations, shuffled.

    A smaller ``n`` (``--quick``) is a seeded sample of the 1,200-question set, so the mix of
    kinds stays the same.
    """
    if n < FULL:
        full = build_questions(FULL, seed)
        keep = sorted(random.Random(seed + 1).sample(range(FULL), n))
        return [full[i] for i in keep]
    rng = random.Random(seed)
    dev = [(q, t) for q, t in _load(SOURCES[0]) if int(q.split("-")[1]) <= DEV_BATCH_1]
    ooc = _load(SOURCES[1])
    base = [Question(t, "dev", q) for q, t in dev] + [Question(t, "ooc", q) for q, t in ooc]
    texts = [t for _, t in dev + ooc]
    seen = {q.text for q in base}
    perturbed: list[Question] = []
    want = n - len(base)
    tries = 0
    while len(perturbed) < want and tries < want * 20:
        tries += 1
        qid, text = rng.choice(dev + ooc)
        kind = KINDS[len(perturbed) % len(KINDS)]
        if kind == "typo":
            new = typo(text, rng)
        elif kind == "lower":
            new = typo(text, rng).lower() if rng.random() < 0.5 else text.lower()
        elif kind == "backstory":
            new = backstory(text, [t for t in texts if t != text], rng)
        else:
            new = short(text, rng)
        if new.strip() and new not in seen:
            seen.add(new)
            perturbed.append(Question(new, kind, qid))
    out = base + perturbed
    rng.shuffle(out)
    return out[:n]


def describe(questions: Sequence[Question]) -> dict[str, object]:
    words = sorted(q.words for q in questions)
    chars = sorted(len(q.text) for q in questions)
    return {
        "n": len(questions),
        "seed": SEED,
        "sources": [str(p.relative_to(ROOT)) for p in SOURCES],
        "kinds": dict(sorted(Counter(q.kind for q in questions).items())),
        "words": {"min": words[0], "p50": words[len(words) // 2], "max": words[-1]},
        "chars": {"min": chars[0], "p50": chars[len(chars) // 2], "max": chars[-1]},
    }


def write(questions: Sequence[Question], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for q in questions:
            handle.write(json.dumps(asdict(q), ensure_ascii=False) + "\n")


def read(path: Path) -> list[Question]:
    with path.open(encoding="utf-8") as handle:
        return [Question(**json.loads(line)) for line in handle if line.strip()]


if __name__ == "__main__":  # python -m bench.questions [N]: print a sample
    import sys

    qs = build_questions(int(sys.argv[1]) if len(sys.argv) > 1 else 1200)
    print(json.dumps(describe(qs), indent=2))
    for q in qs[:12]:
        print(f"[{q.kind:9}] {q.text[:140]}")
