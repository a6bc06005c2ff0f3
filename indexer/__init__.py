"""Reading articles, extracting their facets and writing them into the Tantivy index.

``indexer.extract(text, published=None)`` is the extraction function (the ``indexer.extract``
package, callable).
"""

from . import extract

__all__ = ["extract"]
