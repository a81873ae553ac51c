-- Newsdesk store, version 1: stories, their speakers and paragraphs (one row per
-- paragraph, so an edit rewrites only that row), immutable revision snapshots, and
-- a little application state (last open story, caret).

create table story (
    id              uuid          not null primary key,
    slug            varchar(80)   not null,
    status          varchar(16)   not null default 'DRAFT',
    headline        varchar(1000) not null default '',
    kicker          varchar(200)  not null default '',
    subtitle        varchar(1000) not null default '',
    summary         varchar(10000) not null default '',
    source          varchar(200)  not null default '',
    authors         varchar(200) array not null default array[],
    editor          varchar(200)  not null default '',
    publish_time    timestamp(0),
    time_zone       varchar(64)   not null default 'Asia/Shanghai',
    channels        varchar(100) array not null default array[],
    keywords        varchar(100) array not null default array[],
    series_id       varchar(100),
    series_name     varchar(200),
    part_number     int,
    parts_total     int,
    internal_note   varchar(10000) not null default '',
    embargo_until   timestamp(0),
    revision        int           not null default 0,
    version         bigint        not null default 1,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    deleted_at      timestamp(6) with time zone,
    constraint story_status_known check (status in ('DRAFT', 'READY', 'APPROVED', 'PUBLISHED', 'WITHDRAWN')),
    constraint story_slug_safe check (regexp_like(slug, '^[a-z0-9]+(-[a-z0-9]+)*$')),
    constraint story_part_positive check (part_number is null or part_number >= 1),
    constraint story_part_within_total check (parts_total is null or part_number is null or part_number <= parts_total)
);

create index story_updated on story (updated_at);

create table speaker (
    story_id   uuid         not null references story (id) on delete cascade,
    speaker_key varchar(64) not null,
    position   int          not null,
    label      varchar(100) not null,
    full_name  varchar(200) not null default '',
    title      varchar(200) not null default '',
    role       varchar(8)   not null default 'OTHER',
    primary key (story_id, speaker_key),
    constraint speaker_role_known check (role in ('HOST', 'GUEST', 'OTHER'))
);

create table paragraph (
    id              uuid          not null primary key,
    story_id        uuid          not null references story (id) on delete cascade,
    ord             bigint        not null,
    speaker_key     varchar(64),
    body            varchar(1000000) not null,
    -- style runs over body, see ParagraphRows; empty when the whole body is plain
    style_runs      varchar(100000) not null default '',
    written_version bigint        not null
);

create index paragraph_story_ord on paragraph (story_id, ord);

create table story_revision (
    story_id  uuid          not null references story (id) on delete cascade,
    number    int           not null,
    saved_at  timestamp(6) with time zone not null,
    saved_by  varchar(200)  not null default '',
    headline  varchar(1000) not null default '',
    snapshot  clob          not null,
    primary key (story_id, number)
);

create table app_state (
    state_key   varchar(100)  not null primary key,
    state_value varchar(4000) not null
);
