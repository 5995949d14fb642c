-- The working-day calendars change a few times a year, and every step of every case counts with
-- them: each instance keeps them in memory with the version it read them at, and reads them again
-- only when this row says another version was committed (CalendarService). Any change to the two
-- tables gives a new version, whether made by the service, a migration or by hand; the numbers come
-- from a sequence, so a version a rolled-back change had taken is never given again.
create sequence calendar_version_number;

create table calendar_version (
    version bigint  not null,
    one_row boolean primary key default true check (one_row)
);

insert into calendar_version (version) values (nextval('calendar_version_number'));

create function calendar_changed() returns trigger language plpgsql as $$
begin
    update calendar_version set version = nextval('calendar_version_number');
    return null;
end
$$;

create trigger calendar_year_changed after insert or update or delete or truncate on calendar_year
    for each statement execute function calendar_changed();
create trigger calendar_day_changed after insert or update or delete or truncate on calendar_day
    for each statement execute function calendar_changed();
