-- A year's sections 三 and 四 count every case and review the year holds, a quarter of a million
-- rows for a large agency, while its cases change far less often than its table is read. Each
-- instance keeps an agency's counts of a year in memory with the version this table gives that
-- year, and counts again only when another version was committed (KeptCounts). Any change to what
-- the table counts gives every year it touches a new version, whether made by the service, a
-- migration or by hand; the numbers come from a sequence, so a version a rolled-back change had
-- taken is never given again, and two snapshots that see one version see the same counts.
create sequence statistics_version_number;

create table statistics_version (
    agency_code varchar(32) not null,
    year        integer     not null,
    version     bigint      not null,
    primary key (agency_code, year)
);

-- The versions at which counts may be kept: years up to the current one. A year to come still
-- gains every case left open, which no change marks (statistics_changed marks open spans only
-- as far as the current year).
create view statistics_kept_version as
    select agency_code, year, version from statistics_version
     where year <= extract(year from clock_timestamp());

-- Gives a new version to each year an agency's case or review is counted in: from the year it was
-- received (filed) to the year it closed (concluded), or, while open, to the current year. Two
-- days ahead of the clock, so that a change committed across midnight on 31 December, or made in
-- a session of another time zone, still reaches the year a reader now keeps. The agency's lock,
-- taken first and held until commit, keeps two transactions from waiting on each other's years.
-- Years this transaction has marked already are left as they are (their versions are new to every
-- other snapshot): a ledger import marks each of its spans of years once, not once for each case.
create function statistics_changed(agency varchar, first_day date, last_day date) returns void
    language plpgsql as $$
declare
    first_year constant int := extract(year from first_day);
    last_year constant int := greatest(first_year,
        extract(year from coalesce(last_day, clock_timestamp() + interval '2 days')));
    marked constant text := coalesce(current_setting('disclosure.statistics_marked', true), '');
    span constant text := format('|%s:%s-%s|', agency, first_year, last_year);
begin
    -- An online submission not yet received is counted nowhere.
    if first_day is null or position(span in marked) > 0 then
        return;
    end if;
    perform pg_advisory_xact_lock(hashtext('statistics_version'), hashtext(agency));
    insert into statistics_version (agency_code, year, version)
    select agency, year, nextval('statistics_version_number') from generate_series(first_year, last_year) as year
     order by year
        on conflict (agency_code, year) do update set version = excluded.version;
    perform set_config('disclosure.statistics_marked', marked || span, true);
end
$$;

-- A counted row inserted, changed or removed: the years of the row before and after (a row
-- inserted has no "before", one removed no "after": their fields read null, which marks nothing).
create function disclosure_case_counted_changed() returns trigger language plpgsql as $$
begin
    perform statistics_changed(old.agency_code, old.received_on, old.closed_on);
    perform statistics_changed(new.agency_code, new.received_on, new.closed_on);
    return null;
end
$$;

create function review_counted_changed() returns trigger language plpgsql as $$
begin
    perform statistics_changed(old.agency_code, old.filed_on, old.concluded_on);
    perform statistics_changed(new.agency_code, new.filed_on, new.concluded_on);
    return null;
end
$$;

-- Deferred to the commit, so that an agency's versions are locked only while its transaction
-- commits: a registration inserts its case before the process starts, and would otherwise make
-- the agency's other registrations wait for that. Updates count only when a counted column changed.
create constraint trigger disclosure_case_counted after insert or delete on disclosure_case
    deferrable initially deferred for each row execute function disclosure_case_counted_changed();
create constraint trigger disclosure_case_counted_update after update on disclosure_case
    deferrable initially deferred for each row
    when ((old.agency_code, old.applicant_type, old.received_on, old.closed_on, old.outcome)
          is distinct from (new.agency_code, new.applicant_type, new.received_on, new.closed_on, new.outcome))
    execute function disclosure_case_counted_changed();
create constraint trigger review_counted after insert or delete on review
    deferrable initially deferred for each row execute function review_counted_changed();
create constraint trigger review_counted_update after update on review
    deferrable initially deferred for each row
    when ((old.agency_code, old.kind, old.after_reconsideration, old.filed_on, old.result, old.concluded_on)
          is distinct from (new.agency_code, new.kind, new.after_reconsideration, new.filed_on, new.result,
                            new.concluded_on))
    execute function review_counted_changed();

-- Emptied tables give every year a new version (row triggers do not fire on truncate).
create function statistics_all_changed() returns trigger language plpgsql as $$
begin
    update statistics_version set version = nextval('statistics_version_number');
    return null;
end
$$;
create trigger disclosure_case_truncated after truncate on disclosure_case
    for each statement execute function statistics_all_changed();
create trigger review_truncated after truncate on review
    for each statement execute function statistics_all_changed();

-- The years of the cases and reviews already here.
select statistics_changed(agency_code, min(received_on), null) from disclosure_case group by agency_code;
select statistics_changed(agency_code, min(filed_on), null) from review group by agency_code;
