"""Stage 3, link: drafts to relations (the ordered rule list, changes, parts and shares, ellipsis)."""
