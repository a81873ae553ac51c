-- Newsroom server, version 4: story revisions with one identity across the newsroom.
--
-- A revision (an explicit save, an export, a publication) is made on a workstation and
-- numbered there first; when it reaches the server the SERVER gives it its number in the story
-- (1, 2, 3 …, under the same advisory lock that orders change numbers, held to the commit), so
-- two workstations never both have a "revision 7" of one story. A revision whose content equals
-- the story's newest revision on the server takes that revision's number instead (two desks
-- publishing the same story make one revision, hence one delivery). Delivery claims
-- (outbox_claim.revision) use these numbers. Rows are immutable; each one carries a change
-- number from change_seq, so workstations pull the revisions made since the last they saw.

create table story_revision (
    story_id      uuid        not null,
    number        int         not null,
    content_sha   text        not null,
    origin        text        not null,
    origin_number int         not null,
    saved_by      text        not null,
    account       text        not null,
    saved_at      timestamptz not null,
    numbered_at   timestamptz not null default now(),
    headline      text        not null default '',
    snapshot      text        not null,
    change_seq    bigint      not null,
    primary key (story_id, number),
    -- a workstation's revision is numbered once, however often its push is retried
    constraint story_revision_origin unique (origin, story_id, origin_number),
    constraint story_revision_number_positive check (number > 0)
);

create index story_revision_change on story_revision (change_seq);

-- the account is the session's (an editor cannot record a revision under a colleague's name);
-- only editors of this newsroom may record revisions
create function story_revision_account() returns trigger
    language plpgsql security definer set search_path = public as
$$
begin
    if newsroom_role() is null then
        raise exception '% is not an editor of this newsroom', session_user using errcode = '42501';
    end if;
    new.account := newsroom_account(new.account);
    return new;
end
$$;

create trigger story_revision_account before insert on story_revision
    for each row execute function story_revision_account();

-- listening workstations pull new revisions as they pull changes
create function newsroom_notify_revision() returns trigger language plpgsql as $$
begin
    perform pg_notify('newsroom_change', new.change_seq::text);
    return null;
end;
$$;

create trigger story_revision_notify after insert on story_revision
    for each row execute function newsroom_notify_revision();

-- members read and add revisions; nobody changes or removes one
revoke all on story_revision from public;
grant select, insert on story_revision to newsroom_reporter;
