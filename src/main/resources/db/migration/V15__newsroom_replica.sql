-- Newsdesk store, version 15: this workstation's side of a newsroom server. For every story
-- synced with the server, the version both last agreed on (the base of the next three-way
-- merge) and the local change number it was taken at; and the conflicts a pull left open.

create table newsroom_base (
    story_id         uuid   not null primary key references story (id) on delete cascade,
    server_version   bigint not null,
    snapshot         clob   not null,
    local_change_seq bigint not null
);

create table newsroom_conflict (
    story_id  uuid         not null references story (id) on delete cascade,
    item      varchar(300) not null,
    base      clob,
    mine      clob,
    theirs    clob,
    found_at  timestamp(6) with time zone not null,
    primary key (story_id, item)
);
