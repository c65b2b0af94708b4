-- Old → new values of the fields a save changed (see lib/activity/model.ts FieldChange).
ALTER TABLE "Activity" ADD COLUMN "changes" JSONB;
