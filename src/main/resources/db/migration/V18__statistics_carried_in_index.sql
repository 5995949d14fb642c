-- A year's cases received before it and closed in it or later are read from the index by closing
-- day, from the year's first day on: at a million cases that range held every case closed since,
-- 312 000, to find the 12 000 received in an earlier year. All of those crossed a new year between
-- receipt and closing; this index holds only such cases, so the range reads little more than them.
create index if not exists disclosure_case_agency_carried_in
    on disclosure_case (agency_code, closed_on)
    include (received_on, applicant_type, outcome)
    where extract(year from received_on) < extract(year from closed_on);
