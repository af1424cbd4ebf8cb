"""Prefect flows: they only orchestrate the stages of `bienban.pipeline`, `inbox`, `store` and
`reports`.

Importing this package sets one Prefect default before Prefect is imported: server analytics
off (the machines this runs on are often offline, where the telemetry call only logs errors).
A value already in the environment wins.
"""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
