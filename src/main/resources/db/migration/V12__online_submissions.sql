-- Applications submitted online (Art 29) wait for the agency to confirm them: by Art 31(3) the
-- day both sides confirm is the day of receipt, so until then a submission has no receipt date,
-- no tracking number of its own and no process instance, and no table counts it.
alter table disclosure_case alter column received_on drop not null;
-- An agency may take no applications online (its profile says so); it is then not offered.
alter table agency add column accepts_online boolean not null default true;
alter table disclosure_case add column submitted_on date;
-- What the applicant quotes with the query code; the code itself is kept only as a hash.
alter table disclosure_case add column reference varchar(32) unique;
alter table disclosure_case add column query_code_hash bytea;
alter table disclosure_case add constraint online_submission_is_dated
    check (received_on is not null or submitted_on is not null);
create index disclosure_case_agency_submitted on disclosure_case (agency_code, submitted_on)
    where received_on is null;

-- Attempts of the public pages counted per client address and per reference, shared by every
-- instance: a window of a fixed length, restarted when it has passed.
create table public_attempt (
    key             varchar(200) primary key,
    attempts        integer      not null,
    window_started  timestamp with time zone not null
);
