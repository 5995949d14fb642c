-- The figures an agency published for a year before it used the service, keyed in as published:
-- the reference for the next year's carried-in check. No case stands behind them.
alter table statistics_publication add column keyed_in boolean not null default false;
