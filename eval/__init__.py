"""medmatch's retrieval evaluation (``make eval`` / ``python -m eval.run``).

Modules:

* ``metrics``     pure metric functions (TREC LiveQA-Med 2017 and dev-set metrics), unit-tested
* ``data``        the LiveQA-Med test questions, qrels, judged-answer content and the dev sets
* ``indexes``     builds (or reuses) the evaluation indexes with the project's own indexer
* ``systems``     what is evaluated: Searcher rows, the two baselines, the HTTP API
* ``ablations``   THE list of ablation rows (edit it to add a row)
* ``related``     quality of the related questions
* ``report``      tables and ``docs/evaluation.md``
* ``run``         the command line; ``tune`` chooses weights/calibration/threshold on the dev set
"""

import os

# Nothing here downloads from a model hub: set before any module of the package imports the encoder
# (every command is ``python -m eval.<module>``, which runs this first).
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
