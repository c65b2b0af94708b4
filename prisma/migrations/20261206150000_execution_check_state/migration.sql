-- A checklist item can be marked "not applicable" as well as done; existing rows were ticks.
ALTER TABLE "ExecutionCheck" ADD COLUMN "state" TEXT NOT NULL DEFAULT 'done';
