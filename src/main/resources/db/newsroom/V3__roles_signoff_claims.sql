-- Newsroom server, version 3: roles the server enforces, sign-offs it records, and delivery claims.
--
-- Roles: every editor logs in as their own PostgreSQL role, member of one of three group roles
-- (newsroom_reporter < newsroom_editor < newsroom_chief). Table grants let every member read and
-- write stories; setting a story to approved, published or withdrawn is checked by a trigger
-- against the editor table (reporters are refused with SQLSTATE 42501, whatever client they use)
-- and recorded in signoff under the session's account. The schema's owner and superusers count
-- as chief editors (they set the newsroom up). Group roles are cluster-wide and may already exist.

do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'newsroom_reporter') then
        create role newsroom_reporter nologin;
    end if;
    if not exists (select 1 from pg_roles where rolname = 'newsroom_editor') then
        create role newsroom_editor nologin;
    end if;
    if not exists (select 1 from pg_roles where rolname = 'newsroom_chief') then
        create role newsroom_chief nologin;
    end if;
end
$$;

grant newsroom_reporter to newsroom_editor;
grant newsroom_editor to newsroom_chief;

-- what each approve, publish, withdraw and delivery was, by whom: written by the server only
create table signoff (
    id            bigint generated always as identity primary key,
    story_id      uuid        not null,
    story_version bigint      not null,
    action        text        not null,
    login         text        not null,
    at            timestamptz not null default now(),
    constraint signoff_action_known check (action in ('approved', 'published', 'withdrawn', 'delivered'))
);

create index signoff_story on signoff (story_id, id);

-- a claim names the workstation holding it (several may share a login); the story need not be
-- on the server yet when its bundle is claimed
alter table outbox_claim drop constraint if exists outbox_claim_story_id_fkey;
alter table outbox_claim add column workstation text;

-- the role of the session's account: from the editor table; the owner and superusers are chiefs
create function newsroom_role() returns text
    language sql stable security definer set search_path = public as
$$
select coalesce(
    (select e.role from editor e where e.login = session_user),
    (select 'chief' from pg_roles r where r.rolname = session_user
        and (r.rolsuper or r.rolname = (select pg_get_userbyid(c.relowner) from pg_class c where c.oid = 'public.story'::regclass))))
$$;

-- editors are recorded under their own account; the owner (tools, migrations) may name one
create function newsroom_account(claimed text) returns text
    language sql stable security definer set search_path = public as
$$
select case when exists (select 1 from editor e where e.login = session_user) then session_user::text else claimed end
$$;

create function story_guard() returns trigger
    language plpgsql security definer set search_path = public as
$$
declare
    who  text := session_user;
    role text := newsroom_role();
    was  text := case when tg_op = 'UPDATE' then old.status else 'draft' end;
begin
    if role is null then
        raise exception '% is not an editor of this newsroom', who using errcode = '42501';
    end if;
    new.updated_by := newsroom_account(new.updated_by);
    if new.status is distinct from was and new.status in ('approved', 'published', 'withdrawn') then
        if role = 'reporter' then
            raise exception '% is a reporter and may not set a story to %', who, new.status using errcode = '42501';
        end if;
        insert into signoff (story_id, story_version, action, login)
        values (new.id, new.version, new.status, new.updated_by);
    end if;
    return new;
end
$$;

create trigger story_guard before insert or update on story for each row execute function story_guard();

create function change_log_account() returns trigger
    language plpgsql security definer set search_path = public as
$$
begin
    new.editor_login := newsroom_account(new.editor_login);
    return new;
end
$$;

create trigger change_log_account before insert on change_log for each row execute function change_log_account();

-- a chief editor adds a colleague: a login role (with a password when given), its group, its row
create function newsroom_add_editor(p_login text, p_name text, p_role text, p_password text) returns void
    language plpgsql security definer set search_path = public as
$$
begin
    if newsroom_role() is distinct from 'chief' then
        raise exception '% is not a chief editor and may not add editors', session_user using errcode = '42501';
    end if;
    if p_role not in ('reporter', 'editor', 'chief') then
        raise exception 'unknown role %', p_role using errcode = '22023';
    end if;
    if not exists (select 1 from pg_roles where rolname = p_login) then
        if p_password is null then
            execute format('create role %I login', p_login);
        else
            execute format('create role %I login password %L', p_login, p_password);
        end if;
    elsif p_password is not null then
        execute format('alter role %I password %L', p_login, p_password);
    end if;
    execute format('revoke newsroom_reporter, newsroom_editor, newsroom_chief from %I', p_login);
    execute format('grant %I to %I', 'newsroom_' || p_role, p_login);
    insert into editor (login, display_name, role) values (p_login, coalesce(p_name, p_login), p_role)
    on conflict (login) do update set display_name = excluded.display_name, role = excluded.role;
end
$$;

-- claims one bundle (story, revision, target) for this workstation before it is delivered:
-- 'claimed' (deliver it), 'delivered' (someone did: do not), 'busy' (another workstation holds
-- it; ask again later). A claim left by a workstation that went away lapses after the lease.
create function claim_delivery(p_story uuid, p_revision int, p_target text, p_workstation text, p_lease interval)
    returns text
    language plpgsql security definer set search_path = public as
$$
declare
    c outbox_claim;
begin
    if coalesce(newsroom_role(), 'reporter') = 'reporter' then
        raise exception '% may not publish in this newsroom', session_user using errcode = '42501';
    end if;
    insert into outbox_claim (story_id, revision, target) values (p_story, p_revision, p_target) on conflict do nothing;
    select * into c from outbox_claim
    where story_id = p_story and revision = p_revision and target = p_target
    for update skip locked;
    if not found then
        return 'busy';
    end if;
    if c.delivered_at is not null then
        return 'delivered';
    end if;
    if c.workstation is not null and c.workstation <> p_workstation and c.claimed_at > now() - p_lease then
        return 'busy';
    end if;
    update outbox_claim set claimed_by = session_user, workstation = p_workstation, claimed_at = now()
    where story_id = p_story and revision = p_revision and target = p_target;
    return 'claimed';
end
$$;

-- ends this workstation's claim: delivered (recorded, never claimed again) or given back
create function finish_delivery(p_story uuid, p_revision int, p_target text, p_workstation text, p_delivered boolean)
    returns void
    language plpgsql security definer set search_path = public as
$$
begin
    if p_delivered then
        update outbox_claim set delivered_at = now()
        where story_id = p_story and revision = p_revision and target = p_target and workstation = p_workstation
          and delivered_at is null;
        if found then
            insert into signoff (story_id, story_version, action, login)
            values (p_story, p_revision, 'delivered', session_user);
        end if;
    else
        update outbox_claim set claimed_by = null, workstation = null, claimed_at = null
        where story_id = p_story and revision = p_revision and target = p_target and workstation = p_workstation
          and delivered_at is null;
    end if;
end
$$;

-- grants: members read and write the library (every table, including those of earlier versions);
-- accounts, sign-offs and claims change only through the functions above
revoke all on all tables in schema public from public;
grant select, insert, update, delete on all tables in schema public to newsroom_reporter;
revoke insert, update, delete on editor, signoff, outbox_claim from newsroom_reporter;
revoke delete on story, change_log from newsroom_reporter;
grant usage, select on all sequences in schema public to newsroom_reporter;
revoke all on function newsroom_add_editor(text, text, text, text) from public;
revoke all on function claim_delivery(uuid, int, text, text, interval) from public;
revoke all on function finish_delivery(uuid, int, text, text, boolean) from public;
grant execute on function newsroom_add_editor(text, text, text, text) to newsroom_chief;
grant execute on function claim_delivery(uuid, int, text, text, interval) to newsroom_reporter;
grant execute on function finish_delivery(uuid, int, text, text, boolean) to newsroom_reporter;
revoke all on flyway_schema_history from newsroom_reporter;
