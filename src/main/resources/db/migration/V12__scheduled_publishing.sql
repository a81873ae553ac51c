-- Newsdesk store, version 12: scheduled publishing and embargo. A bundle whose publish time
-- (or embargo) lies in the future waits in the outbox as SCHEDULED, with next_attempt_at at
-- its release time; release_at keeps that time once it is released (shown, and sent to the
-- portal), embargo_until the story's embargo: no attempt is ever made before it, whatever
-- the state. Rows from before this version have neither (sent as soon as they are due).

alter table outbox add column release_at timestamp(6) with time zone;
alter table outbox add column embargo_until timestamp(6) with time zone;
alter table outbox drop constraint outbox_state_known;
alter table outbox add constraint outbox_state_known check (state in ('PENDING', 'SCHEDULED', 'SENDING', 'DELIVERED',
    'FAILED', 'REJECTED', 'CANCELLED'));
