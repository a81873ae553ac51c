-- Newsdesk store, version 4: transcribing from the recording. A paragraph may know where
-- in the recording it starts; a story may be linked to its recording. The recording stays
-- where it is (referenced by path, never copied in); its name and size let a moved file be
-- recognised when it is linked again. The link is not part of the story's content, so
-- restoring a revision keeps it.

alter table paragraph add column start_ms bigint;
alter table paragraph add constraint paragraph_start_not_negative check (start_ms is null or start_ms >= 0);

create table story_media (
    story_id    uuid          not null primary key references story (id) on delete cascade,
    path        varchar(4000) not null,
    file_name   varchar(1000) not null,
    size_bytes  bigint        not null,
    linked_at   timestamp(6) with time zone not null,
    constraint story_media_path_not_blank check (char_length(trim(path)) > 0),
    constraint story_media_size check (size_bytes >= 0)
);
