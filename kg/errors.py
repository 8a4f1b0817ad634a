"""User-facing errors. The CLI turns every KgError into one ``Error: ...`` line."""

from __future__ import annotations


class KgError(Exception):
    """Base class of the errors a user can fix; the message says what to try."""


class InputError(KgError):
    """A missing, unreadable, empty or malformed article or input file."""


class ExtractionError(KgError):
    """An article the extractor failed on: a bug, reported for that article only."""


class DateParseError(KgError):
    """A date or time expression that cannot be normalised."""


class UnknownActorError(KgError):
    """An actor name that matches nothing in the graph."""


class QueryError(KgError):
    """A SPARQL query that does not parse or cannot run."""


class OntologyError(KgError):
    """The ontology or the SHACL shapes cannot be loaded."""


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class ExportError(KgError):
    """A graph export that cannot be written."""
