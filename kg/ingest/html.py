"""Main-text extraction from HTML pages with trafilatura (navigation, ads and comments removed)."""

from __future__ import annotations

import logging

# trafilatura (and lxml under it) is imported on the first HTML page only: JSON Lines and text
# need neither. It logs every page it finds too short at WARNING; ingest reports that itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def extract_html(html: str) -> tuple[str, dict]:
    """Return the article text of ``html`` and what the page says of itself
    (title, url, published, author, source)."""
    import trafilatura

    text = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=False,
        deduplicate=False,
    ) or ""
    meta: dict = {}
    info = trafilatura.extract_metadata(html)
    if info is not None:
        meta = {
            "title": info.title,
            "url": info.url,
            "published": info.date,
            "author": info.author,
            "source": info.sitename,
        }
        meta = {k: v for k, v in meta.items() if v}
    return text, meta
