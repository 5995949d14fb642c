-- The engine finds a task's subtasks by PARENT_TASK_ID_ whenever it completes or deletes a task,
-- and ACT_RU_TASK has no index on it: every task completion scanned all open tasks (18 ms at
-- 13,600 open). The service builds the engine, which creates its tables, before Flyway
-- runs; a database migrated without the engine (a test's) has no engine tables to index.
do $$
begin
    if to_regclass('act_ru_task') is not null then
        create index if not exists act_idx_task_parent on act_ru_task (parent_task_id_);
    end if;
end
$$;
