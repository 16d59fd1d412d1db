"""`POST /api/ingest`: JSON Lines documents in the body, only with the bearer token, size-capped."""

from __future__ import annotations

import io
from typing import Any

from fastapi import FastAPI, Request
from starlette.concurrency import run_in_threadpool

from eventwatch.read.jsonlines import read_stream
from eventwatch.serve.config import ApiError, ServeConfig, token_matches
from eventwatch.serve.stores import Stores
from eventwatch.store import ingest
from eventwatch.toolkit import Toolkit


def ingest_route(app: FastAPI, stores: Stores, config: ServeConfig) -> None:
    """Add the ingest endpoint; the toolkit (spaCy, knowledge) loads on the first accepted request."""
    kits: list[Toolkit] = []

    @app.post("/api/ingest", summary="Process and store documents sent as JSON Lines (needs the token)")
    async def ingest_documents(request: Request) -> dict[str, Any]:
        if not config.token:
            raise ApiError(401, "ingest is off: start the server with EVENTWATCH_TOKEN set")
        if not token_matches(config, request.headers.get("authorization")):
            raise ApiError(401, "send the header Authorization: Bearer <EVENTWATCH_TOKEN>")
        body = await _capped_body(request, config.options.max_bytes)
        return await run_in_threadpool(_store, body)  # the pipeline must not block the event loop

    def _store(body: bytes) -> dict[str, Any]:
        lines = read_stream(io.BytesIO(body), "request", config.options.max_bytes)
        with stores.writer() as store:  # one writer at a time, so the toolkit also loads once
            if not kits:
                kits.append(Toolkit(config.options))
            return ingest(lines, kits[0], store).as_dict()


async def _capped_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `limit` bytes (declared or streamed)."""
    declared = request.headers.get("content-length", "")
    too_big = f"the body is over {limit} bytes (--max-bytes): send fewer documents per request"
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, too_big)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, too_big)
        chunks.append(chunk)
    return b"".join(chunks)
