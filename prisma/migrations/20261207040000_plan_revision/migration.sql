-- A plan's revision: a number that changes whenever anything the plan's facts, readiness score or
-- investor summary read from changes. Caches of those (lib/plan-cache) are keyed by it, so a cached
-- value can never outlive the data it was computed from, in any app instance.
--
-- Bumped by the database itself, so no write path can forget it: every plan-content table and the
-- project row have a row trigger that bumps "PlanRevision" for the row's project. The triggers are
-- deferred to commit, for two reasons:
--   * the bump is part of the writing transaction, so the new revision is visible exactly when the
--     write is, never before;
--   * a transaction takes the revision row's lock only at commit, after every lock it takes on plan
--     rows. A lock taken mid-transaction (say, after saving a risk) would deadlock with a whole-plan
--     restore that holds the project and then deletes that risk. At commit nothing else is waited for.
-- The revision lives in its own table, not on "Project", because whole-plan writes lock the project
-- row for their whole transaction (lib/plan-document lockPlan).
-- A transaction bumps each plan once, however many rows it writes: the bump is skipped when this
-- transaction already wrote the revision row (its xmin is ours).
-- Not content (no bump): comments, mentions, activity, presence, notifications, share links and
-- their views, plan snapshots, invitations and per-plan roles. The integration test
-- `plan-revision.int.test.ts` fails when a table with a "projectId" column is in neither list.
CREATE TABLE "PlanRevision" (
    "projectId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanRevision_pkey" PRIMARY KEY ("projectId")
);

ALTER TABLE "PlanRevision" ADD CONSTRAINT "PlanRevision_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "PlanRevision" ("projectId") SELECT "id" FROM "Project";

CREATE FUNCTION launchpad_bump_plan_revision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  plan text;
BEGIN
  IF TG_TABLE_NAME = 'Project' THEN
    plan := NEW."id";
  ELSIF TG_OP = 'DELETE' THEN
    plan := OLD."projectId";
  ELSE
    plan := NEW."projectId";
  END IF;
  -- A plan deleted in this transaction (a cascade) has nothing left to cache.
  INSERT INTO "PlanRevision" AS r ("projectId", "revision")
    SELECT plan, 1 WHERE EXISTS (SELECT 1 FROM "Project" WHERE "id" = plan)
  ON CONFLICT ("projectId") DO UPDATE SET "revision" = r."revision" + 1
    WHERE r.xmin <> pg_current_xact_id()::xid;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "Project_revision" AFTER INSERT OR UPDATE ON "Project"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION launchpad_bump_plan_revision();

DO $$
DECLARE
  content text;
BEGIN
  FOREACH content IN ARRAY ARRAY[
    'AiCostSettings', 'AiPriceEntry', 'AiFeature', 'AiSelfHostScenario', 'AiCredit',
    'CanvasNote', 'DirectionAssessment', 'RevenueModelChoice', 'UnitEconomics', 'BurnPlan',
    'OwnCase', 'CaseAppliedLesson',
    'CompliancePlan', 'ComplianceItem', 'ComplianceProfile', 'ComplianceObligation',
    'FundingPlan', 'FundingRound', 'FundingChannel', 'FundsUse',
    'MarketResearch', 'MarketSize', 'MarketSegment', 'MarketCompetitor', 'MarketTrend',
    'ProjectPlan', 'Milestone', 'MilestoneDependency', 'ExecutionCheck',
    'PlatformDataSource', 'PlatformComputeLine', 'PlatformToolingItem', 'PlatformPartner',
    'ReadinessSnapshot', 'Risk', 'RiskSuggestionDismissal',
    'TeamPlan', 'TeamCost', 'TeamMember', 'TeamHire', 'TeamStrategy'
  ] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION launchpad_bump_plan_revision()',
      content || '_revision', content);
  END LOOP;
END $$;
