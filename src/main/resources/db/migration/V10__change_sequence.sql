-- Newsdesk store, version 10: a change sequence over stories. Every insert or update of a
-- story row takes the next number from one sequence, so "what changed since n" is an index
-- range and "has anything changed" is one lookup of the highest number. The search index
-- records the number it is current to (its watermark) instead of comparing every story's
-- version. The ON UPDATE clause applies to every writer of the row, whoever it is; every
-- paragraph or speaker write also bumps its story's version, so it moves the sequence too.

create sequence story_change_seq;

alter table story add column change_seq bigint
    default next value for story_change_seq on update next value for story_change_seq not null;

create index story_change on story (change_seq);
