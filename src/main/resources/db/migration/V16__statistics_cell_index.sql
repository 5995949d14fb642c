-- A figure's cases (the drill-down of 年度统计) of a result row are the cases closed in the year with
-- that outcome: one range of this index, which carries every column the drill-down orders and
-- places them by, so that a cell of thousands is found, counted and paged without reading the
-- table or the year's other results. Open cases have no outcome and are left out.
create index if not exists disclosure_case_agency_outcome
    on disclosure_case (agency_code, outcome, closed_on)
    include (received_on, applicant_type, tracking_number, id)
    where closed_on is not null;
