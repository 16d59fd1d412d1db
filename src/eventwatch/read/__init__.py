"""Stage 1: read inputs (files, folders, gzip, WARC, JSON Lines, feeds, stdin) into `RawDocument`s."""

from eventwatch.read.sources import STDIN, read_file, read_inputs, walk

__all__ = ["STDIN", "read_file", "read_inputs", "walk"]
