-- What every letter prints about its issuer (CONTRACT "Agency profile"). Left empty, a letter
-- falls back to the agency's name and leaves the remedy clause's bodies as 上一级行政机关 / 人民法院.
alter table agency
    add column full_name            varchar(200),
    add column document_prefix      varchar(32),
    add column address              varchar(500),
    add column postcode             varchar(16),
    add column phone                varchar(64),
    add column reconsideration_body varchar(200),
    add column court                varchar(200);

-- The letters issued, kept exactly as issued: rows are never changed or removed, as the history.
create table document (
    id               uuid         primary key,
    case_id          uuid         not null references disclosure_case (id),
    agency_code      varchar(32)  not null references agency (code),
    kind             varchar(32)  not null,
    year             integer      not null,
    sequence         integer      not null,
    number           varchar(100) not null,
    title            varchar(200) not null,
    recipient        varchar(500) not null,
    issued_on        date         not null,
    event_id         bigint       references case_event (id),
    template_version varchar(32)  not null,
    sha256           varchar(64)  not null,
    issued_at        timestamp with time zone not null,
    issued_by        varchar(64)  not null,
    unique (agency_code, kind, year, sequence),
    unique (agency_code, number)
);
create index document_case on document (case_id, issued_at);

-- The rendered PDF, apart so that listing documents never reads it.
create table document_content (
    document_id uuid  primary key references document (id),
    pdf         bytea not null
);

create function document_kept_as_issued() returns trigger language plpgsql as $$
begin
    raise exception '% is kept as issued', tg_table_name;
end;
$$;
create trigger document_kept_as_issued before update or delete on document
    for each row execute function document_kept_as_issued();
create trigger document_content_kept_as_issued before update or delete on document_content
    for each row execute function document_kept_as_issued();

-- The last number given per agency, kind and year. The row is locked by the increment until the
-- issuing transaction ends, so numbers are gapless: a rolled-back letter gives its number back.
create table document_counter (
    agency_code varchar(32) not null references agency (code),
    kind        varchar(32) not null,
    year        integer     not null,
    last        integer     not null,
    primary key (agency_code, kind, year)
);
