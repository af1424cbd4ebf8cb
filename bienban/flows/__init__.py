"""Prefect flows: they only orchestrate the stages of `bienban.pipeline`, `inbox`, `store` and
`reports`.

Importing this package sets two Prefect defaults before Prefect is imported (a value already in
the environment wins): server analytics off (the machines this runs on are often offline, where
the telemetry call only logs errors), and 120 s instead of 20 s for local mode's temporary
server to start: on a new machine its first start builds its database, which took longer than
20 s on 2 cores.
"""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
