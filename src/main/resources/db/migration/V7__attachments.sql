-- The papers received for an application (application form, ID copies, the correction, a third
-- party's reply, proof of service), kept as they came. The description of each is apart from its
-- bytes, so that listing a case's papers never reads them.
create table attachment (
    id           uuid         primary key,
    -- The order of upload, for the case's list: instants may tie.
    seq          bigint       generated always as identity unique,
    case_id      uuid         not null references disclosure_case (id),
    kind         varchar(32)  not null,
    -- As the client named the file, without path parts or control characters.
    name         varchar(255) not null,
    -- Judged from the bytes, never taken from the client.
    content_type varchar(100) not null,
    size         bigint       not null check (size > 0),
    sha256       varchar(64)  not null check (sha256 ~ '^[0-9a-f]{64}$'),
    note         varchar(1000),
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamp with time zone not null
);
create index attachment_case on attachment (case_id, seq);

create table attachment_content (
    attachment_id uuid  primary key references attachment (id),
    bytes         bytea not null
);
