-- What only the office knows of a year's annual report (政府信息公开工作年度报告): its own text for
-- sections 一, 五 and 六 and the figures of section 二. Sections 三 and 四 come from the cases.
-- A figure left empty is not keyed in yet; the report's checks say so.
create table annual_report (
    agency_code            varchar(32)    not null references agency (code),
    year                   integer        not null,
    overview               text,
    problems               text,
    other                  text,
    regulations_issued     integer        check (regulations_issued >= 0),
    regulations_repealed   integer        check (regulations_repealed >= 0),
    regulations_in_force   integer        check (regulations_in_force >= 0),
    normative_issued       integer        check (normative_issued >= 0),
    normative_repealed     integer        check (normative_repealed >= 0),
    normative_in_force     integer        check (normative_in_force >= 0),
    licensing              integer        check (licensing >= 0),
    penalties              integer        check (penalties >= 0),
    enforcement            integer        check (enforcement >= 0),
    fees_ten_thousand_yuan numeric(14, 2) check (fees_ten_thousand_yuan >= 0),
    changed_by             varchar(64)    not null,
    changed_at             timestamptz    not null,
    primary key (agency_code, year)
);
