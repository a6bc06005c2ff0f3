"""khabar's search: the query language, ranking, facet counts, snippets and the library API."""

from .api import Index, IndexStats
from .query import QueryError
from .results import FacetCounts, FacetValue, Hit, Results, Snippet

__all__ = ["FacetCounts", "FacetValue", "Hit", "Index", "IndexStats", "QueryError", "Results", "Snippet"]
