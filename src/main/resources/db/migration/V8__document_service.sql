-- The service (送达) of the letters issued: how each went out and, where known, when it was signed
-- for (NOTICES.md §0.4). A letter may be served more than once (posted, returned, then handed
-- over); every record is kept as entered, as the letters are.
create table document_service (
    id              bigserial    primary key,
    document_id     uuid         not null references document (id),
    method          varchar(16)  not null check (method in ('IN_PERSON', 'POST', 'EMAIL', 'ONLINE')),
    -- The business date: handed over, posted (交邮之日) or sent.
    served_on       date         not null,
    -- The postal tracking number: required for post, and only for post.
    tracking_number varchar(64),
    -- The day it was signed for (签收之日), and by whom.
    received_on     date,
    signer          varchar(200),
    -- The Message-ID of the e-mail that carried it.
    message_id      varchar(250),
    recorded_by     varchar(64)  not null,
    recorded_at     timestamp with time zone not null,
    check ((method = 'POST') = (tracking_number is not null)),
    check ((method = 'EMAIL') = (message_id is not null)),
    check (received_on is null or received_on >= served_on)
);
create index document_service_document on document_service (document_id, served_on, id);

create trigger document_service_kept_as_recorded before update or delete on document_service
    for each row execute function document_kept_as_issued();
