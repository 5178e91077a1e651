"""gunicorn settings for medmatch (``gunicorn -c service/gunicorn_conf.py 'service.app:create_app()'``).

One sync worker per core, one encoder thread per worker: measured fastest on 2 cores, and it
never oversubscribes the CPU. The app (and its model) is created in each worker, never in the
master, because ONNX Runtime's thread pools do not survive fork.
"""

import os

bind = f"{os.environ.get('MEDMATCH_HOST', '127.0.0.1')}:{os.environ.get('MEDMATCH_PORT', '8000')}"
workers = int(os.environ.get("MEDMATCH_WORKERS", os.cpu_count() or 2))
worker_class = "sync"
backlog = 256  # bursts queue here instead of failing (graceful queueing under load)
timeout = 30
graceful_timeout = 30  # SIGTERM lets in-flight requests finish
keepalive = 2
max_requests = 0
preload_app = False
accesslog = None  # medmatch writes its own JSON request log, without patient text
errorlog = "-"
loglevel = os.environ.get("MEDMATCH_LOGLEVEL", "info")
proc_name = "medmatch"
# gunicorn >= 25.1 opens a management socket (worker count, reload, shutdown via `gunicornc`) at one
# per-user default path ($XDG_RUNTIME_DIR/gunicorn.ctl or ~/.gunicorn/gunicorn.ctl), shared by every
# instance that user runs: a second medmatch (tests, a staging copy) would take it over and delete it
# on exit. medmatch is managed with signals (HUP/TERM) instead, so it stays closed. Older gunicorn
# versions ignore the unknown name.
control_socket_disable = True

# Keep numeric libraries to one thread per worker so that N workers use N cores.
raw_env = [
    "OMP_NUM_THREADS=1",
    "OPENBLAS_NUM_THREADS=1",
    "MKL_NUM_THREADS=1",
]
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")


def post_fork(server, worker):  # noqa: ANN001 - gunicorn hook signature
    import faiss

    faiss.omp_set_num_threads(1)
