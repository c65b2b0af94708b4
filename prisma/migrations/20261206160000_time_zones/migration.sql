-- Time zones: the user's (for showing instants) and the plan's (for date-only values and "today").
ALTER TABLE "User" ADD COLUMN "timeZone" TEXT;
ALTER TABLE "Project" ADD COLUMN "timeZone" TEXT NOT NULL DEFAULT 'UTC';
