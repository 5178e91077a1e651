"""``make bench``: latency, HTTP load, build, cold-start and 1M-vector benchmarks (issue #5).

Run ``python -m bench.run --help``. Every figure is measured beside a naive baseline
(sentence-transformers + a flat FAISS index over record questions, ``bench.naive_app``) on the
same machine in the same run, so each row carries a ratio as well as an absolute number.
"""
