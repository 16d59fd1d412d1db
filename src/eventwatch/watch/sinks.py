"""Alert sinks: standard output, a JSON Lines file, a webhook POST and e-mail through SMTP.

A sink raises `SinkError` with a one-line reason when it cannot deliver; the caller records it
and tries again next cycle.
"""

from __future__ import annotations

import json
import smtplib
from email.message import EmailMessage
from pathlib import Path
from typing import IO, Any

import httpx

from eventwatch.watch.config import Sink


class SinkError(Exception):
    """An alert could not be delivered to one sink."""


def send(sink: Sink, alert: dict[str, Any], stdout: IO[str], *, timeout: float = 10.0) -> None:
    """Deliver one alert (its JSON object) to one sink."""
    line = json.dumps(alert, ensure_ascii=False)
    try:
        if sink.kind == "stdout":
            stdout.write(line + "\n")
            stdout.flush()
        elif sink.kind == "file":
            with Path(sink.target).open("a", encoding="utf-8") as fh:
                fh.write(line + "\n")
        elif sink.kind == "webhook":
            httpx.post(sink.target, content=line, headers={"Content-Type": "application/json"},
                       timeout=timeout).raise_for_status()  # fmt: skip
        elif sink.kind == "email":
            _email(sink, alert, timeout)
        else:
            raise SinkError(f"unknown sink kind {sink.kind}")
    except OSError as exc:
        raise SinkError(f"{sink.label()}: {exc.strerror or exc}") from exc
    except (httpx.HTTPError, smtplib.SMTPException) as exc:
        raise SinkError(f"{sink.label()}: {exc}") from exc


def _email(sink: Sink, alert: dict[str, Any], timeout: float) -> None:
    options = dict(sink.options)
    message = EmailMessage()
    found = alert.get("story_events") or alert.get("trend") or []
    what = "story event(s)" if "story_events" in alert else "spike(s)"
    message["Subject"] = f"eventwatch alert: {alert['rule']} ({len(found)} {what})"
    message["From"] = str(options.get("from", "eventwatch@localhost"))
    message["To"] = sink.target
    message.set_content("\n".join([*map(summary_line, found), "", json.dumps(alert, indent=1)]))
    with smtplib.SMTP(
        str(options.get("host", "localhost")), int(options.get("port", 25)), timeout=timeout
    ) as smtp:
        smtp.send_message(message)


def summary_line(event: dict[str, Any]) -> str:
    """One readable line for a story event (date, type, who, whom, where, how many sources) or a
    trend spike (group, period, count, z)."""
    if "event_type" not in event:
        where = f"{event.get('group')}, {event.get('by')} of {event.get('period')}"
        return f"{where}: {event.get('count')} events, z = {event.get('z')} against {event.get('baseline')}"
    who = (event.get("actor") or {}).get("code") or "?"
    whom = (event.get("recipient") or {}).get("code") or "-"
    where = (event.get("location") or {}).get("name") or "-"
    when = event.get("date") or event.get("doc_date") or "?"
    sources = event.get("num_sources", 1)
    head = f"{when} {event.get('event_type')} {who} -> {whom} at {where} ({sources} source(s))"
    return f"{head}: {event.get('sentence')}"
