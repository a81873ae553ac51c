-- Newsdesk store, version 5: who did it. Status changes (status_change.changed_by) and
-- revisions (story_revision.saved_by) already name their editor; a publication now does too:
-- who queued each bundle for a target. Rows queued before this version keep an empty name
-- (shown as "no name"), never a guess.

alter table outbox add column queued_by varchar(200) not null default '';
alter table outbox add constraint outbox_by_single_line check (not regexp_like(queued_by, '\p{Cc}'));
