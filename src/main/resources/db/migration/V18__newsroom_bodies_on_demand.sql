-- Newsdesk store, version 18: joining a newsroom copies every story's metadata; a story's body
-- (paragraphs, roster) is fetched when it is opened, or at once for stories kept offline. A base
-- without a snapshot marks a story whose body is not here yet: its row holds the server's
-- metadata at server_version and it has no paragraphs. newsroom_keep lists the stories this
-- workstation keeps offline.

alter table newsroom_base alter column snapshot set null;

create table newsroom_keep (
    story_id uuid not null primary key references story (id) on delete cascade
);
