-- Newsroom server, version 2: workstations are told of changes at once, see who has which story
-- open, and stories have an assignee.

-- every recorded push tells the listening workstations (LISTEN newsroom_change) which change it was
create function newsroom_notify_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('newsroom_change', new.seq::text);
    return null;
end;
$$;

create trigger change_log_notify after insert on change_log
    for each row execute function newsroom_notify_change();

-- who has which story open: one row per workstation, renewed by its heartbeat; a row not renewed
-- for a while (the reader decides how long, e.g. 90 s) means the workstation went away
create table presence (
    workstation  text        primary key,
    editor_login text        not null,
    display_name text        not null default '',
    story_id     uuid,
    seen_at      timestamptz not null default now()
);

create index presence_story on presence (story_id);

-- who a story is handed to; stories without a row belong to nobody in particular
create table assignment (
    story_id    uuid        primary key references story (id) on delete cascade,
    assignee    text        not null,
    assigned_by text        not null,
    assigned_at timestamptz not null default now()
);

create function newsroom_notify_presence() returns trigger language plpgsql as $$
begin
    perform pg_notify('newsroom_presence', '');
    return null;
end;
$$;

create trigger presence_notify after insert or update of story_id or delete on presence
    for each statement execute function newsroom_notify_presence();
create trigger assignment_notify after insert or update or delete on assignment
    for each statement execute function newsroom_notify_presence();
