"""The result types of facet extraction: weapons, locations and event dates, each with its spans.

Spans are character offsets into the text that was given to :func:`indexer.extract`, so a caller
can highlight exactly the words that triggered a facet.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields


class FieldAccess:
    """Lets a result be read as a mapping too (``mention["key"]``, ``result.get("weapons")``), for
    callers that treat extraction results as the JSON-like dicts the issue and the docs show."""

    def __getitem__(self, name: str):
        if name not in self.keys():
            raise KeyError(name)
        return getattr(self, name)

    def get(self, name: str, default=None):
        return self[name] if name in self.keys() else default

    def keys(self) -> list[str]:
        return [f.name for f in fields(self)]

    def __contains__(self, name: object) -> bool:
        return name in self.keys()


@dataclass(frozen=True)
class Span(FieldAccess):
    """A stretch of the original text: ``text == original[start:end]``."""

    start: int
    end: int
    text: str


@dataclass
class WeaponMention(FieldAccess):
    """A weapon used in the events the article reports, keyed by the taxonomy of DESIGN.md."""

    key: str  # missile, drone, airstrike, artillery, mortar, ied, car_bomb, suicide_attack, ...
    label: str  # Arabic label, e.g. صواريخ
    label_en: str  # English label, e.g. missiles
    spans: list[Span] = field(default_factory=list)


@dataclass
class LocationMention(FieldAccess):
    """A place named in the article, with its place in the country › region › place hierarchy."""

    name: str  # canonical Arabic name without clitics: العراق، الأنبار، عين الأسد
    name_en: str  # English name: Iraq, Anbar, Ain al-Asad
    kind: str  # country, region, city or site
    country: str  # canonical Arabic name of the country ("" when unknown, e.g. a sea)
    parents: list[str] = field(default_factory=list)  # nearest first, up to the country
    spans: list[Span] = field(default_factory=list)

    @property
    def path(self) -> list[str]:
        """Country first, the place last: the facet path /العراق/الأنبار/عين الأسد."""
        return [*reversed(self.parents), self.name]


@dataclass
class EventDate(FieldAccess):
    """A date the article refers to, at the precision the text gives."""

    date: str  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    expr: str  # the expression as written, e.g. "16 يوليو/تموز" or "الليلة الماضية"
    span: Span
    label_en: str = ""  # English form for display, e.g. "16 July 2024"


@dataclass
class Extraction(FieldAccess):
    """Everything :func:`indexer.extract` finds in one article."""

    weapons: list[WeaponMention] = field(default_factory=list)
    locations: list[LocationMention] = field(default_factory=list)
    event_dates: list[EventDate] = field(default_factory=list)

    @property
    def weapon_keys(self) -> list[str]:
        return sorted({w.key for w in self.weapons})

    @property
    def location_names(self) -> list[str]:
        return sorted({loc.name for loc in self.locations})

    @property
    def dates(self) -> list[str]:
        return sorted({d.date for d in self.event_dates})
