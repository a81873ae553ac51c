-- Newsdesk store, version 19: revisions in a newsroom. A revision keeps its local number (the
-- key the outbox, signatures, corrections and exported files use) and learns the number the
-- newsroom server gave it (server_number, null until it reached the server); the server's
-- number is the revision's identity across the newsroom (one delivery per revision). Revisions
-- made on another workstation are pulled in under a local number of their own, with the
-- workstation (origin) and local number they were made under there and the account that
-- recorded them. Revisions made here have origin ''.

alter table story_revision add column server_number int;
alter table story_revision add column origin varchar(64) not null default '';
alter table story_revision add column origin_number int;
alter table story_revision add column account varchar(200) not null default '';

create index story_revision_server on story_revision (story_id, server_number);
create index story_revision_unnumbered on story_revision (server_number, story_id);
