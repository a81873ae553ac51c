-- Newsdesk store, version 17: an index on story.slug. Creating a story checks that its slug is
-- not taken yet; without the index each check scanned the whole story table, so a library's
-- n-th story cost O(n) and building a large library O(n^2).

create index story_slug on story (slug);
