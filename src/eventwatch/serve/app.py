"""`eventwatch serve`: the HTTP API and the dashboard, a thin adapter over the store and `trends`.

Every endpoint calls one library function; errors have one JSON shape,
`{"error": {"status": 422, "message": "...", "parameter": "limit"}}`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathPart
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from eventwatch import __version__, trends
from eventwatch.errors import EventwatchError, InputError
from eventwatch.serve import render
from eventwatch.serve.cache import ResultCache
from eventwatch.serve.config import ApiError, ServeConfig, error_response
from eventwatch.serve.ingest import ingest_route
from eventwatch.serve.params import BadParameter, cursor_number, event_filters
from eventwatch.serve.stores import Stores
from eventwatch.store import overview
from eventwatch.store.query import EventQuery

Cached = Callable[[tuple[Any, ...], Callable[[], Any]], Response]
STATIC = Path(str(resources.files("eventwatch.serve").joinpath("static")))
Filters = Annotated[EventQuery, Depends(event_filters)]


def create_app(config: ServeConfig) -> FastAPI:
    """The FastAPI application over the store at `config.db` (StoreError if it cannot be opened)."""
    stores = Stores(config.db)
    cache = ResultCache(config.cache_size)
    app = FastAPI(title="eventwatch", version=__version__, description="Political events coded from news.")
    app.state.stores, app.state.config, app.state.cache = stores, config, cache

    def cached(key: tuple[Any, ...], compute: Callable[[], Any]) -> Response:
        """The JSON response of `compute()`, serialised once and kept until the store changes."""
        body = cache.get(key, stores.generation(), lambda: json.dumps(compute(), ensure_ascii=False).encode())
        return Response(body, media_type="application/json")

    _errors(app)
    _data_routes(app, stores, cached)
    _summary_routes(app, stores, cached)
    ingest_route(app, stores, config)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    return app


def _errors(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0]
        where = [str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body")]
        name = where[0] if where else None
        return error_response(422, f"{name or 'request'}: {first.get('msg', 'invalid value')}", name)

    @app.exception_handler(BadParameter)
    async def bad_parameter(_: Request, exc: BadParameter) -> JSONResponse:
        return error_response(422, exc.message, exc.parameter)

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.parameter)

    @app.exception_handler(EventwatchError)
    async def library_error(_: Request, exc: EventwatchError) -> JSONResponse:
        usage = isinstance(exc, trends.TrendsError | InputError)  # a value the caller can fix
        return error_response(422 if usage else 500, str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def internal(_: Request, exc: Exception) -> JSONResponse:
        return error_response(500, f"internal error: {type(exc).__name__}")


def _data_routes(app: FastAPI, stores: Stores, cached: Cached) -> None:
    @app.get("/api/events", summary="Events matching the filters, a page at a time")
    def events(
        query: Filters,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        cursor: Annotated[str | None, Query(max_length=20)] = None,
        format: Annotated[str, Query(pattern="^(json|jsonl|csv|geojson)$")] = "json",  # noqa: A002
    ) -> Response:
        page, after = overview.event_page(stores.reader(), query, limit, cursor_number(cursor))
        return render.event_page(page, after, format)

    @app.get("/api/events/{event_id}", summary="One event, as in the output contract")
    def event(event_id: Annotated[str, PathPart(max_length=64)]) -> dict[str, Any]:
        found = overview.find_event(stores.reader(), event_id)
        if found is None:
            raise ApiError(404, f"no event {event_id!r} in the store", "event_id")
        return found

    @app.get(
        "/api/documents/{doc_id}", summary="An article's clean text with the evidence span of its events"
    )
    def document(doc_id: Annotated[str, PathPart(max_length=200)]) -> dict[str, Any]:
        found = overview.find_document(stores.reader(), doc_id)
        if found is None:
            raise ApiError(404, f"no document {doc_id!r} in the store", "doc_id")
        return found

    @app.get("/api/timeseries", summary="Counts and Goldstein sums per period and group, spikes flagged")
    def timeseries(
        query: Filters,
        by: Annotated[str, Query(pattern="^(day|week|month)$")] = "week",
        group: Annotated[str, Query(pattern="^(country|actor|type|quad_class|all)$")] = "country",
        window: Annotated[int, Query(ge=1, le=104)] = 8,
        threshold: Annotated[float, Query(gt=0, le=100)] = 3.0,
        top: Annotated[int, Query(ge=1, le=100)] = 10,
    ) -> Response:
        def compute() -> dict[str, Any]:
            found = trends.timeseries(
                stores.reader(), query, by=by, group=group, window=window, threshold=threshold, top=top
            )
            return found.to_dict()

        return cached(("timeseries", query, by, group, window, threshold, top), compute)


def _summary_routes(app: FastAPI, stores: Stores, cached: Cached) -> None:
    @app.get("/api/dyads", summary="Actor -> recipient pairs with counts and mean Goldstein")
    def dyads(query: Filters, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Response:
        return cached(
            ("dyads", query, limit), lambda: {"dyads": overview.dyads(stores.reader(), query, limit)}
        )

    @app.get("/api/actors", summary="Actors with the events they did and suffered")
    def actors(query: Filters, limit: Annotated[int, Query(ge=1, le=500)] = 100) -> Response:
        return cached(
            ("actors", query, limit), lambda: {"actors": overview.actors(stores.reader(), query, limit)}
        )

    @app.get("/api/places", summary="Located places with event counts")
    def places(query: Filters, limit: Annotated[int, Query(ge=1, le=2000)] = 500) -> Response:
        return cached(
            ("places", query, limit), lambda: {"places": overview.places(stores.reader(), query, limit)}
        )

    @app.get("/api/countries", summary="Events, conflict events and Goldstein sum per country (for maps)")
    def countries(query: Filters) -> Response:
        return cached(("countries", query), lambda: {"countries": overview.countries(stores.reader(), query)})

    @app.get("/api/health", summary="Liveness and the store's row counts")
    def health() -> dict[str, Any]:
        counts = stores.reader().counts()
        return {"status": "ok", "version": __version__, "db": str(stores.path), **counts}
