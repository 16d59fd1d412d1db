"""Stage 1: read inputs (files, folders, gzip, WARC, JSON Lines, stdin) into `RawDocument`s."""

from eventwatch.read.sources import read_inputs

__all__ = ["read_inputs"]
