-- Web sessions live on the server, so that signing out, a new password or a changed role ends them
-- on every instance at once, and no key has to be shared between instances. The browser holds a
-- random token; only its SHA-256 is stored, so a copy of this table opens no session.
create table web_session (
    token_hash   bytea       primary key,
    username     varchar(64) not null references app_user (username) on delete cascade,
    -- What the session was opened with: a different password hash, role, agency or department
    -- in app_user ends it (see WebSessions).
    fingerprint  bytea       not null,
    -- The forms of this session carry it; a form from another session or from nowhere is refused.
    csrf_token   varchar(64) not null,
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null
);
create index web_session_username on web_session (username);
create index web_session_last_seen on web_session (last_seen_at);

-- Failed sign-ins per user name and per client address, shared by every instance. A key that
-- reaches its limit is locked for a time that doubles with each further failure.
create table sign_in_failure (
    key             varchar(200) primary key,
    failures        integer      not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);
-- Each failure also clears the counts that have been forgotten.
create index sign_in_failure_last on sign_in_failure (last_failure_at);
