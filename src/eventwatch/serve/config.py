"""The server's configuration and its one error shape."""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field

from fastapi.responses import JSONResponse

from eventwatch.settings import Options


@dataclass(slots=True, frozen=True)
class ServeConfig:
    """What one server needs: the store, the ingest token (None: read-only) and the run options."""

    db: str
    token: str | None = None
    options: Options = field(default_factory=lambda: Options(workers=1))
    cache_size: int = 256  # summary results kept until the store changes; 0: none


class ApiError(Exception):
    """An HTTP error with the API's one error shape."""

    def __init__(self, status: int, message: str, parameter: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.parameter = status, message, parameter


def error_response(status: int, message: str, parameter: str | None = None) -> JSONResponse:
    body = {"error": {"status": status, "message": message, "parameter": parameter}}
    return JSONResponse(body, status_code=status)


def token_matches(config: ServeConfig, header: str | None) -> bool:
    """True when ingest is on and `header` is `Bearer <the token>` (compared in constant time)."""
    if not config.token or not header or not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header[len("Bearer ") :].encode(), config.token.encode())
