-- Newsdesk store, version 7: where an imported story came from, so that importing the same
-- file or page again is noticed. The content hash is the SHA-256 of the bytes read (the
-- file, or the page as the server sent it); the address is the web address it was read
-- from, or the address the page itself shows, else empty. Not part of the story's content:
-- restoring a revision keeps it, deleting the story removes it.

create table story_import (
    story_id     uuid          not null primary key references story (id) on delete cascade,
    content_hash varchar(64)   not null,
    address      varchar(4000) not null default '',
    imported_at  timestamp(6) with time zone not null,
    constraint story_import_hash_hex check (regexp_like(content_hash, '^[0-9a-f]{64}$'))
);

create index story_import_by_hash on story_import (content_hash);
create index story_import_by_address on story_import (address);
