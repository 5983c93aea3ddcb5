"""gunicorn settings for Pelita (read by deploy/systemd/pelita-web.service); values come from pelita.env."""
import multiprocessing
import os

wsgi_app = "website.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("GUNICORN_WORKERS") or multiprocessing.cpu_count() * 2 + 1)
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Restart each worker now and then so a slow leak never takes the server down.
max_requests = 2000
max_requests_jitter = 200
# Trust X-Forwarded-* only from nginx on this machine.
forwarded_allow_ips = "127.0.0.1"
# nginx writes the access log; Django's JSON log lines and gunicorn's errors go to stdout/stderr (journald).
accesslog = None
errorlog = "-"
loglevel = "info"
