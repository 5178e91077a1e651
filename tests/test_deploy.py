"""The deployment files (deploy/): the systemd unit, its environment file and the nginx site agree
with each other and with the code they configure, so that a clinic copying them gets a working
service. With nginx installed, its own parser checks the site too."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
#: Variables read by service/gunicorn_conf.py rather than service/settings.py.
GUNICORN_VARIABLES = {"MEDMATCH_HOST", "MEDMATCH_PORT", "MEDMATCH_WORKERS", "MEDMATCH_LOGLEVEL"}


def _env_file() -> dict[str, str]:
    out = {}
    for line in (DEPLOY / "medmatch.env").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            out[key.strip()] = value.strip()
    return out


def _unit() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in (DEPLOY / "medmatch.service").read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            out.setdefault(key, []).append(value)
    return out


def _nginx() -> str:
    return (DEPLOY / "nginx.conf").read_text(encoding="utf-8")


def test_environment_file_names_only_real_settings() -> None:
    from dataclasses import fields

    from service.settings import Settings, load_settings

    env = _env_file()
    known = {f"MEDMATCH_{f.name.upper()}" for f in fields(Settings)} | GUNICORN_VARIABLES
    medmatch = {k for k in env if k.startswith("MEDMATCH_")}
    assert medmatch and medmatch <= known, sorted(medmatch - known)
    assert env["HF_HUB_OFFLINE"] == "1"  # nothing is ever fetched from a model hub
    settings = load_settings(environ=env)  # every value parses
    assert settings.trusted_proxies == 1 and settings.cors_origins
    assert not settings.log_questions and not settings.store_question_text and not settings.admin_token


def test_unit_runs_the_serve_command_with_options_it_has() -> None:
    from indexer.cli import cli

    unit = _unit()
    (command,) = unit["ExecStart"]
    argv = shlex.split(command)
    assert argv[0].endswith("/.venv/bin/medmatch") and argv[1] == "serve"
    serve = cli.commands["serve"]
    ctx = serve.make_context("serve", argv[2:])  # raises on an unknown option
    assert ctx.params["host"] == "127.0.0.1"  # only the proxy reaches it
    index = ctx.params["index"]
    assert any(index.startswith(path) for path in unit["ReadWritePaths"])
    assert "/var/lib/medmatch/" in _env_file()["MEDMATCH_FEEDBACK_DB"]
    assert unit["ExecReload"] == ["/bin/kill -HUP $MAINPID"] and unit["EnvironmentFile"] == ["/etc/medmatch.env"]
    assert unit["ProtectSystem"] == ["strict"] and unit["NoNewPrivileges"] == ["yes"]


def test_nginx_forwards_to_the_unit_and_owns_the_forwarded_address() -> None:
    from service.settings import Settings

    site = _nginx()
    argv = shlex.split(_unit()["ExecStart"][0])
    host, port = argv[argv.index("--host") + 1], argv[argv.index("--port") + 1]
    assert re.search(rf"server {re.escape(host)}:{port};", site)
    # The client's own X-Forwarded-For is replaced, never appended to: with one trusted proxy the
    # service keys rate limits on the address nginx saw.
    forwarded = re.findall(r"proxy_set_header X-Forwarded-For (\S+);", site)
    assert forwarded and set(forwarded) == {"$remote_addr"}
    assert "$proxy_add_x_forwarded_for" not in site
    body = re.search(r"client_max_body_size (\d+)k;", site)
    assert body and int(body.group(1)) * 1024 >= Settings().max_body_bytes  # the service's 413 is the one seen
    assert "$request_body" not in site  # patient text never reaches the access log


def test_nginx_accepts_the_site(tmp_path: Path) -> None:
    if shutil.which("nginx") is None:
        pytest.skip("nginx is not installed (apt-get install nginx-light)")
    site = _nginx()
    (tmp_path / "logs").mkdir()
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                    "-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
                   check=True, capture_output=True)
    site = (site.replace("/etc/ssl/certs/medmatch.pem", str(tmp_path / "cert.pem"))
            .replace("/etc/ssl/private/medmatch.key", str(tmp_path / "key.pem"))
            .replace("/var/log/nginx/", str(tmp_path / "logs") + "/"))
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"error_log {tmp_path}/logs/error.log; pid {tmp_path}/nginx.pid; events {{}}\n"
        f"http {{ client_body_temp_path {tmp_path}; proxy_temp_path {tmp_path}; include {tmp_path}/site.conf; }}\n")
    result = subprocess.run(["nginx", "-t", "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
