-- Newsdesk store, version 21: newsroom stories that are only listed here (joined, never opened,
-- kept offline or changed here) live in a narrow table of their own instead of the story table:
-- what the library shows and filters by, the server's metadata as it came (to build the story
-- when it is needed) and the server version it is at. A first join writes tens of thousands of
-- these rows; the story table's indexes and checks made each one cost many times a plain row.
-- The table has no index beyond its key and no checks (the rows are the server's, checked when
-- written there). When such a story is opened, kept offline or changed here, its row moves into
-- the story table (with a base without a snapshot, as before). The change numbers come from the
-- story change sequence, so the search index sees listed stories as it sees every other one.
-- content_by is the editor whose push made the server's version (the sign-off's "last changed by").

create table newsroom_listed (
    id             uuid          not null primary key,
    slug           varchar(80)   not null,
    status         varchar(16)   not null,
    headline       varchar(1000) not null,
    editor         varchar(200)  not null,
    series_id      varchar(100),
    series_name    varchar(200),
    part_number    int,
    parts_total    int,
    channels       varchar(100) array not null,
    metadata       varchar(1000000) not null,
    version        bigint        not null,
    server_version bigint        not null,
    change_seq     bigint        not null,
    content_by     varchar(200)  not null,
    updated_at     timestamp(6) with time zone not null,
    deleted_at     timestamp(6) with time zone
);

-- the library's columns of every story, listed or not
create view library_story as
select id, slug, headline, status, part_number, editor, revision, updated_at, deleted_at, series_id, series_name,
       parts_total, channels, change_seq, version
from story
union all
select id, slug, headline, status, part_number, editor, 0, updated_at, deleted_at, series_id, series_name,
       parts_total, channels, change_seq, version
from newsroom_listed;
