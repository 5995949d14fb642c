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
-- A year this transaction has marked already is left as it is: its version is new to every other
-- snapshot, and updating one row again for each of a bulk insert's rows would make every update
-- walk the row's growing chain of versions.
create function statistics_changed(agency varchar, first_day date, last_day date) returns void
    language plpgsql as $$
begin
    if first_day is null then
        return; -- an online submission not yet received is counted nowhere
    end if;
    perform pg_advisory_xact_lock(hashtext('statistics_version'), hashtext(agency));
    insert into statistics_version (agency_code, year, version)
    select agency, year, nextval('statistics_version_number')
      from generate_series(extract(year from first_day)::int,
                           greatest(extract(year from first_day)::int,
                                    extract(year from coalesce(last_day, clock_timestamp() + interval '2 days'))::int))
           as year
     order by year
        on conflict (agency_code, year) do update set version = excluded.version
     where statistics_version.xmin <> pg_current_xact_id()::xid;
end
$$;

-- A counted row inserted, changed or removed: its years before and after. Its trigger names the
-- columns of its first and last day counted (a case's receipt and closing, a review's filing and
-- conclusion).
create function statistics_row_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform statistics_changed(old.agency_code, (to_jsonb(old) ->> tg_argv[0])::date,
                                   (to_jsonb(old) ->> tg_argv[1])::date);
    end if;
    if tg_op <> 'DELETE' then
        perform statistics_changed(new.agency_code, (to_jsonb(new) ->> tg_argv[0])::date,
                                   (to_jsonb(new) ->> tg_argv[1])::date);
    end if;
    return null;
end
$$;

-- Deferred to the commit, so that an agency's versions are locked only while its transaction
-- commits: a registration inserts its case before the process starts, and would otherwise make
-- the agency's other registrations wait for that. Updates count only when a counted column changed.
create constraint trigger disclosure_case_counted after insert or delete on disclosure_case
    deferrable initially deferred for each row execute function statistics_row_changed('received_on', 'closed_on');
create constraint trigger disclosure_case_counted_update after update on disclosure_case
    deferrable initially deferred for each row
    when ((old.agency_code, old.applicant_type, old.received_on, old.closed_on, old.outcome)
          is distinct from (new.agency_code, new.applicant_type, new.received_on, new.closed_on, new.outcome))
    execute function statistics_row_changed('received_on', 'closed_on');
create constraint trigger review_counted after insert or delete on review
    deferrable initially deferred for each row execute function statistics_row_changed('filed_on', 'concluded_on');
create constraint trigger review_counted_update after update on review
    deferrable initially deferred for each row
    when ((old.agency_code, old.kind, old.after_reconsideration, old.filed_on, old.result, old.concluded_on)
          is distinct from (new.agency_code, new.kind, new.after_reconsideration, new.filed_on, new.result,
                            new.concluded_on))
    execute function statistics_row_changed('filed_on', 'concluded_on');

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
