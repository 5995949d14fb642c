-- Cases taken over from an office's ledger (台账) keep the office's own number for them (登记编号),
-- unique within the agency: importing the same ledger again finds them by it.
alter table disclosure_case add column ledger_number varchar(64);
create unique index disclosure_case_ledger_number on disclosure_case (agency_code, ledger_number)
    where ledger_number is not null;
