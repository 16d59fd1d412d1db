"""Exceptions of the library; the CLI and API translate them into one line and an exit code."""


class EventwatchError(Exception):
    """Base class: something the user can fix (the message says how)."""


class InputError(EventwatchError):
    """An input path or stream cannot be used at all (missing path, unreadable)."""


class KnowledgeError(EventwatchError):
    """A knowledge file (built-in or user dictionary) is malformed; the message names file and line."""


class StoreError(EventwatchError):
    """The store cannot be opened or written (unwritable path, newer schema)."""


class ConfigError(EventwatchError):
    """A watch sources or alert rules file is malformed; the message names file and line."""


class FilterError(InputError):
    """A filter value of an event query is not one the store can answer (a date that is not a date)."""
