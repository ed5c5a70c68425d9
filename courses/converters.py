"""URL and API id types: an id must fit the database's 64-bit integer, or it names nothing.

SQLite cannot bind an integer above 2**63 - 1 (OverflowError), and Django does not
guard lookups through a page's parent link, so a huge id in a course or lesson URL
would be a 500. The URL converter makes such a path not match (404); the API
type refuses it with a 422 naming the parameter.
"""

from typing import Annotated

from django.urls.converters import IntConverter
from ninja import Path

MAX_ID = 2**63 - 1


class DatabaseIdConverter(IntConverter):
    """``<db_id:pk>``: digits that fit a 64-bit integer column."""

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > MAX_ID:
            raise ValueError("id out of range")  # Django treats this as "no match": a 404
        return number


DatabaseId = Annotated[int, Path(ge=1, le=MAX_ID)]
