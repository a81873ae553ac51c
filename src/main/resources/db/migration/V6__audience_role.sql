-- Newsdesk store, version 6: netizens. Online interviews carry questions from the audience
-- (网友); they get a role of their own so that exports can print them the newsroom's way
-- and "the other party" never jumps to them.

alter table speaker drop constraint speaker_role_known;
alter table speaker add constraint speaker_role_known check (role in ('HOST', 'GUEST', 'OTHER', 'AUDIENCE'));
