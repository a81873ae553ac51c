-- Newsdesk store, version 20: the story change sequence hands out numbers from a cache of a
-- thousand. H2 records a sequence's position with a commit of its own (a write to the file)
-- each time its cache runs out; with the default cache of 32 a newsroom join of 10,000 stories
-- made over 300 such writes, a third of its time. A process killed between two records skips
-- the rest of its cache: a gap in the numbers, which every reader of change_seq allows (the
-- search index, the push mark and "changed since" only compare them).

alter sequence story_change_seq cache 1000;
