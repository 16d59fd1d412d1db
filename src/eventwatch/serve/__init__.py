"""The HTTP API and dashboard (`eventwatch serve`), an adapter over the store and `trends`."""

from eventwatch.serve.app import ServeConfig, create_app

__all__ = ["ServeConfig", "create_app"]
