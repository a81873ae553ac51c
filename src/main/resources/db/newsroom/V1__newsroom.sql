-- Newsroom server (PostgreSQL 14+), version 1: the shared library that workstations replicate.
-- Kept apart from the local H2 migrations (db/migration): this schema lives on the server only.

create table editor (
    id           bigint generated always as identity primary key,
    login        text        not null unique,
    display_name text        not null default '',
    role         text        not null,
    created_at   timestamptz not null default now(),
    constraint editor_role_known check (role in ('reporter', 'editor', 'chief'))
);

-- one sequence orders every change in the newsroom: "what changed since n" is an index range
create sequence change_seq;

create table story (
    id          uuid        primary key,
    slug        text        not null,
    status      text        not null,
    metadata    jsonb       not null,
    roster      jsonb       not null,
    version     bigint      not null,
    change_seq  bigint      not null,
    updated_by  text        not null,
    updated_at  timestamptz not null default now(),
    deleted_at  timestamptz
);

create index story_change on story (change_seq);

create table paragraph (
    id          uuid    primary key,
    story_id    uuid    not null references story (id) on delete cascade,
    position    int     not null,
    speaker_key text,
    body        text    not null,
    spans       jsonb   not null,
    start_ms    bigint,
    version     bigint  not null
);

create index paragraph_story on paragraph (story_id, position);

-- every push, in order: who changed which story to which version
create table change_log (
    seq           bigint      primary key,
    story_id      uuid        not null references story (id) on delete cascade,
    story_version bigint      not null,
    editor_login  text        not null,
    paragraphs    int         not null,
    at            timestamptz not null default now()
);

-- one delivery per story revision across the newsroom: a workstation claims the entry
-- (select ... for update skip locked) before delivering it
create table outbox_claim (
    story_id     uuid        not null references story (id) on delete cascade,
    revision     int         not null,
    target       text        not null,
    claimed_by   text,
    claimed_at   timestamptz,
    delivered_at timestamptz,
    primary key (story_id, revision, target)
);
