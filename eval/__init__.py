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
