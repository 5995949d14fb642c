-- A handler's queue: the open cases of one department, soonest due first (the web application's
-- 办理队列), read in index order a page at a time. Closed cases, the great majority after a few
-- years, are left out of the index.
create index disclosure_case_department_queue
    on disclosure_case (department_id, response_due_on, received_on, tracking_number)
    where status <> 'CLOSED';
