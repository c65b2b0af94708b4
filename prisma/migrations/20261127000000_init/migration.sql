-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ComplianceMarket" AS ENUM ('china', 'eu', 'us', 'general');

-- CreateEnum
CREATE TYPE "ComplianceTopic" AS ENUM ('dataProtection', 'aiRegulation', 'security', 'platform', 'ip', 'governance', 'other');

-- CreateEnum
CREATE TYPE "ComplianceStatus" AS ENUM ('notStarted', 'inProgress', 'done', 'notApplicable');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('OWNER', 'EDITOR', 'COMMENTER', 'VIEWER');

-- CreateEnum
CREATE TYPE "ProjectStage" AS ENUM ('IDEA', 'PROTOTYPE', 'MVP', 'REVENUE', 'SCALE');

-- CreateEnum
CREATE TYPE "FundingStage" AS ENUM ('preSeed', 'angel', 'seed', 'seriesA', 'seriesB', 'growth', 'other');

-- CreateEnum
CREATE TYPE "FundingInstrument" AS ENUM ('equity', 'debt', 'grant', 'other');

-- CreateEnum
CREATE TYPE "FundingRoundStatus" AS ENUM ('planned', 'inProgress', 'closed', 'abandoned');

-- CreateEnum
CREATE TYPE "FundingChannelKind" AS ENUM ('angel', 'vc', 'bankLoan', 'government', 'internal', 'other');

-- CreateEnum
CREATE TYPE "FundsUseCategory" AS ENUM ('data', 'compute', 'tools', 'hiring', 'product', 'marketing', 'operations', 'compliance', 'reserve', 'other');

-- CreateEnum
CREATE TYPE "MilestoneStatus" AS ENUM ('planned', 'inProgress', 'done', 'blocked');

-- CreateEnum
CREATE TYPE "ShareMode" AS ENUM ('LIVE', 'SNAPSHOT');

-- CreateEnum
CREATE TYPE "SnapshotKind" AS ENUM ('MANUAL', 'BEFORE_RESTORE', 'SHARE_LINK');

-- CreateTable
CREATE TABLE "CanvasNote" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "block" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sourceCaseId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CanvasNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectionAssessment" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "test" TEXT NOT NULL,
    "verdict" TEXT NOT NULL DEFAULT 'unsure',
    "assessment" TEXT NOT NULL DEFAULT '',
    "evidence" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectionAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RevenueModelChoice" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "price" DOUBLE PRECISION,
    "unit" TEXT NOT NULL DEFAULT '',
    "monthlyVolume" DOUBLE PRECISION,
    "conversionPct" DOUBLE PRECISION,
    "churnPct" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RevenueModelChoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitEconomics" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "primaryModel" TEXT,
    "inferenceMode" TEXT NOT NULL DEFAULT 'tokens',
    "tokensPerUnit" DOUBLE PRECISION,
    "pricePerMillionTokens" DOUBLE PRECISION,
    "gpuHoursPerUnit" DOUBLE PRECISION,
    "gpuHourRate" DOUBLE PRECISION,
    "hostingPerUnit" DOUBLE PRECISION,
    "unitsPerCustomer" DOUBLE PRECISION,
    "cac" DOUBLE PRECISION,
    "thirdPartyModelApi" BOOLEAN NOT NULL DEFAULT false,
    "modelProvider" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnitEconomics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BurnPlan" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "cashOnHand" DOUBLE PRECISION,
    "otherMonthlyCosts" DOUBLE PRECISION,
    "otherCostsNote" TEXT NOT NULL DEFAULT '',
    "revenueGrowthPct" DOUBLE PRECISION,
    "includeServingCost" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BurnPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OwnCase" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "context" TEXT NOT NULL DEFAULT '',
    "approach" TEXT NOT NULL DEFAULT '',
    "businessModel" TEXT NOT NULL DEFAULT '',
    "whatHappened" TEXT NOT NULL DEFAULT '',
    "risks" TEXT NOT NULL DEFAULT '',
    "lessons" TEXT NOT NULL DEFAULT '',
    "sectors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "aiPatterns" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "revenueModels" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "stages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "outcome" TEXT NOT NULL DEFAULT 'unknown',
    "failureCauses" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "riskCategories" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "source" TEXT NOT NULL DEFAULT '',
    "sourceQuality" TEXT NOT NULL DEFAULT 'teamUnverified',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OwnCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseAppliedLesson" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseAppliedLesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL,
    "email" TEXT,
    "maxUses" INTEGER,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "invitationId" TEXT,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "sealedBody" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "itemType" TEXT,
    "itemId" TEXT,
    "parentId" TEXT,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentMention" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "commentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommentMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "actorId" TEXT,
    "section" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "itemType" TEXT,
    "itemId" TEXT,
    "itemLabel" TEXT,
    "fields" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Presence" (
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lastSeen" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Presence_pkey" PRIMARY KEY ("projectId","userId")
);

-- CreateTable
CREATE TABLE "CompliancePlan" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "ipStrategy" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompliancePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplianceItem" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "catalogueKey" TEXT,
    "market" "ComplianceMarket" NOT NULL,
    "topic" "ComplianceTopic" NOT NULL DEFAULT 'other',
    "title" TEXT NOT NULL DEFAULT '',
    "status" "ComplianceStatus" NOT NULL DEFAULT 'notStarted',
    "owner" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComplianceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "personal" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "oneLiner" TEXT NOT NULL DEFAULT '',
    "sector" TEXT NOT NULL DEFAULT '',
    "stage" "ProjectStage" NOT NULL DEFAULT 'IDEA',
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "FundingPlan" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "needAmount" DOUBLE PRECISION,
    "needTiming" TEXT NOT NULL DEFAULT '',
    "rationale" TEXT NOT NULL DEFAULT '',
    "structure" TEXT NOT NULL DEFAULT '',
    "budgetPlan" TEXT NOT NULL DEFAULT '',
    "costMonitoring" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundingPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingRound" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "stage" "FundingStage" NOT NULL DEFAULT 'seed',
    "amount" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "instrument" "FundingInstrument" NOT NULL DEFAULT 'equity',
    "targetDate" DATE,
    "status" "FundingRoundStatus" NOT NULL DEFAULT 'planned',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundingRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingChannel" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "kind" "FundingChannelKind" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundingChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundsUse" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "category" "FundsUseCategory" NOT NULL DEFAULT 'other',
    "amount" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundsUse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MarketResearch" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "objective" TEXT NOT NULL DEFAULT '',
    "dataCollection" TEXT NOT NULL DEFAULT '',
    "analysis" TEXT NOT NULL DEFAULT '',
    "findings" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MarketResearch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MarketSize" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "tamValue" DOUBLE PRECISION,
    "tamSource" TEXT NOT NULL DEFAULT '',
    "samValue" DOUBLE PRECISION,
    "samSource" TEXT NOT NULL DEFAULT '',
    "somValue" DOUBLE PRECISION,
    "somSource" TEXT NOT NULL DEFAULT '',
    "basis" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MarketSize_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MarketSegment" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "needs" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MarketSegment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MarketCompetitor" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "offering" TEXT NOT NULL DEFAULT '',
    "strengths" TEXT NOT NULL DEFAULT '',
    "weaknesses" TEXT NOT NULL DEFAULT '',
    "differentiation" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MarketCompetitor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MarketTrend" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "trendKey" TEXT,
    "title" TEXT NOT NULL,
    "impact" TEXT NOT NULL DEFAULT 'watch',
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MarketTrend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectPlan" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "goals" TEXT NOT NULL DEFAULT '',
    "taskBreakdown" TEXT NOT NULL DEFAULT '',
    "timetable" TEXT NOT NULL DEFAULT '',
    "resources" TEXT NOT NULL DEFAULT '',
    "trackingTool" TEXT NOT NULL DEFAULT '',
    "feedbackLoop" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "owner" TEXT NOT NULL DEFAULT '',
    "startDate" DATE,
    "dueDate" DATE,
    "status" "MilestoneStatus" NOT NULL DEFAULT 'planned',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneDependency" (
    "projectId" TEXT NOT NULL,
    "milestoneId" TEXT NOT NULL,
    "dependsOnId" TEXT NOT NULL,

    CONSTRAINT "MilestoneDependency_pkey" PRIMARY KEY ("milestoneId","dependsOnId")
);

-- CreateTable
CREATE TABLE "ExecutionCheck" (
    "projectId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExecutionCheck_pkey" PRIMARY KEY ("projectId","checkId")
);

-- CreateTable
CREATE TABLE "PlatformDataSource" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'own',
    "rights" TEXT NOT NULL DEFAULT 'unknown',
    "rightsNotes" TEXT NOT NULL DEFAULT '',
    "quality" TEXT NOT NULL DEFAULT 'unknown',
    "qualityNotes" TEXT NOT NULL DEFAULT '',
    "sensitivity" TEXT NOT NULL DEFAULT 'internal',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlatformDataSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformComputeLine" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT 'inference',
    "provider" TEXT NOT NULL DEFAULT '',
    "accelerator" TEXT NOT NULL DEFAULT '',
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "hoursPerMonth" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "hourlyRate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlatformComputeLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformToolingItem" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "tool" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlatformToolingItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformPartner" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'industry',
    "status" TEXT NOT NULL DEFAULT 'idea',
    "contribution" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlatformPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessSnapshot" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "rubricVersion" INTEGER NOT NULL,
    "criteria" JSONB NOT NULL,
    "sections" JSONB NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,
    "band" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "triggeredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadinessSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessSelfAssessment" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadinessSelfAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Risk" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "category" TEXT NOT NULL,
    "likelihood" INTEGER NOT NULL,
    "impact" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "response" TEXT NOT NULL DEFAULT 'mitigate',
    "mitigation" TEXT NOT NULL DEFAULT '',
    "contingency" TEXT NOT NULL DEFAULT '',
    "ownerMemberId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "nextReview" DATE,
    "lastReviewed" TIMESTAMP(3),
    "templateId" TEXT,
    "sourceCaseId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Risk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskSuggestionDismissal" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "suggestionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskSuggestionDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareLink" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "tokenHash" TEXT NOT NULL,
    "mode" "ShareMode" NOT NULL,
    "snapshotId" TEXT,
    "passcodeHash" TEXT,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "firstViewedAt" TIMESTAMP(3),
    "lastViewedAt" TIMESTAMP(3),
    "sectionOpens" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "ShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSnapshot" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SnapshotKind" NOT NULL,
    "summary" JSONB NOT NULL,
    "document" JSONB,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamPlan" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "scenario" TEXT NOT NULL DEFAULT '',
    "rolesNow" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "rolesLater" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamCost" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "memberMonthlyCost" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "hireCostSteps" JSONB NOT NULL DEFAULT '[]',
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamCost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "commitment" TEXT NOT NULL DEFAULT 'FULL_TIME',
    "roles" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "skills" JSONB NOT NULL DEFAULT '{}',
    "equityPct" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "monthlyCost" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamHire" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "priority" TEXT NOT NULL DEFAULT 'MEDIUM',
    "targetMonth" TEXT NOT NULL,
    "monthlyBudget" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "channel" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'PLANNED',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamHire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamStrategy" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "recruitmentStandards" TEXT NOT NULL DEFAULT '',
    "recruitmentChannels" TEXT NOT NULL DEFAULT '',
    "interviewProcess" TEXT NOT NULL DEFAULT '',
    "trainingPlan" TEXT NOT NULL DEFAULT '',
    "knowledgeSharing" TEXT NOT NULL DEFAULT '',
    "salaryLevel" TEXT NOT NULL DEFAULT '',
    "equityPool" TEXT NOT NULL DEFAULT '',
    "bonus" TEXT NOT NULL DEFAULT '',
    "careerPath" TEXT NOT NULL DEFAULT '',
    "workingMethod" TEXT NOT NULL DEFAULT '',
    "meetingCadence" TEXT NOT NULL DEFAULT '',
    "tools" TEXT NOT NULL DEFAULT '',
    "responsibilities" TEXT NOT NULL DEFAULT '',
    "backupPlan" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamStrategy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CanvasNote_projectId_block_idx" ON "CanvasNote"("projectId", "block");

-- CreateIndex
CREATE INDEX "DirectionAssessment_projectId_idx" ON "DirectionAssessment"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "DirectionAssessment_projectId_test_key" ON "DirectionAssessment"("projectId", "test");

-- CreateIndex
CREATE INDEX "RevenueModelChoice_projectId_idx" ON "RevenueModelChoice"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "RevenueModelChoice_projectId_model_key" ON "RevenueModelChoice"("projectId", "model");

-- CreateIndex
CREATE UNIQUE INDEX "UnitEconomics_projectId_key" ON "UnitEconomics"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "BurnPlan_projectId_key" ON "BurnPlan"("projectId");

-- CreateIndex
CREATE INDEX "OwnCase_projectId_idx" ON "OwnCase"("projectId");

-- CreateIndex
CREATE INDEX "CaseAppliedLesson_projectId_caseId_idx" ON "CaseAppliedLesson"("projectId", "caseId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_teamId_idx" ON "Invitation"("teamId");

-- CreateIndex
CREATE INDEX "OutboxMessage_senderId_createdAt_idx" ON "OutboxMessage"("senderId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_projectId_idx" ON "Comment"("projectId");

-- CreateIndex
CREATE INDEX "Comment_projectId_section_itemType_itemId_idx" ON "Comment"("projectId", "section", "itemType", "itemId");

-- CreateIndex
CREATE INDEX "Comment_projectId_parentId_resolvedAt_idx" ON "Comment"("projectId", "parentId", "resolvedAt");

-- CreateIndex
CREATE INDEX "CommentMention_projectId_userId_idx" ON "CommentMention"("projectId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "CommentMention_commentId_userId_key" ON "CommentMention"("commentId", "userId");

-- CreateIndex
CREATE INDEX "Activity_projectId_createdAt_idx" ON "Activity"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "Activity_projectId_actorId_idx" ON "Activity"("projectId", "actorId");

-- CreateIndex
CREATE INDEX "Activity_projectId_section_idx" ON "Activity"("projectId", "section");

-- CreateIndex
CREATE INDEX "Presence_projectId_lastSeen_idx" ON "Presence"("projectId", "lastSeen");

-- CreateIndex
CREATE UNIQUE INDEX "CompliancePlan_projectId_key" ON "CompliancePlan"("projectId");

-- CreateIndex
CREATE INDEX "ComplianceItem_projectId_idx" ON "ComplianceItem"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ComplianceItem_projectId_catalogueKey_key" ON "ComplianceItem"("projectId", "catalogueKey");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_teamId_userId_key" ON "Membership"("teamId", "userId");

-- CreateIndex
CREATE INDEX "Project_teamId_idx" ON "Project"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "FundingPlan_projectId_key" ON "FundingPlan"("projectId");

-- CreateIndex
CREATE INDEX "FundingRound_projectId_idx" ON "FundingRound"("projectId");

-- CreateIndex
CREATE INDEX "FundingChannel_projectId_idx" ON "FundingChannel"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "FundingChannel_projectId_kind_key" ON "FundingChannel"("projectId", "kind");

-- CreateIndex
CREATE INDEX "FundsUse_projectId_idx" ON "FundsUse"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "MarketResearch_projectId_key" ON "MarketResearch"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "MarketSize_projectId_key" ON "MarketSize"("projectId");

-- CreateIndex
CREATE INDEX "MarketSegment_projectId_idx" ON "MarketSegment"("projectId");

-- CreateIndex
CREATE INDEX "MarketCompetitor_projectId_idx" ON "MarketCompetitor"("projectId");

-- CreateIndex
CREATE INDEX "MarketTrend_projectId_idx" ON "MarketTrend"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectPlan_projectId_key" ON "ProjectPlan"("projectId");

-- CreateIndex
CREATE INDEX "Milestone_projectId_idx" ON "Milestone"("projectId");

-- CreateIndex
CREATE INDEX "MilestoneDependency_projectId_idx" ON "MilestoneDependency"("projectId");

-- CreateIndex
CREATE INDEX "MilestoneDependency_dependsOnId_idx" ON "MilestoneDependency"("dependsOnId");

-- CreateIndex
CREATE INDEX "PlatformDataSource_projectId_idx" ON "PlatformDataSource"("projectId");

-- CreateIndex
CREATE INDEX "PlatformComputeLine_projectId_idx" ON "PlatformComputeLine"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformToolingItem_projectId_itemId_key" ON "PlatformToolingItem"("projectId", "itemId");

-- CreateIndex
CREATE INDEX "PlatformPartner_projectId_idx" ON "PlatformPartner"("projectId");

-- CreateIndex
CREATE INDEX "ReadinessSnapshot_projectId_createdAt_idx" ON "ReadinessSnapshot"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "ReadinessSelfAssessment_projectId_idx" ON "ReadinessSelfAssessment"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ReadinessSelfAssessment_projectId_criterionId_key" ON "ReadinessSelfAssessment"("projectId", "criterionId");

-- CreateIndex
CREATE INDEX "Risk_projectId_idx" ON "Risk"("projectId");

-- CreateIndex
CREATE INDEX "Risk_projectId_score_idx" ON "Risk"("projectId", "score");

-- CreateIndex
CREATE INDEX "Risk_projectId_likelihood_impact_idx" ON "Risk"("projectId", "likelihood", "impact");

-- CreateIndex
CREATE INDEX "RiskSuggestionDismissal_projectId_idx" ON "RiskSuggestionDismissal"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "RiskSuggestionDismissal_projectId_suggestionId_key" ON "RiskSuggestionDismissal"("projectId", "suggestionId");

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_tokenHash_key" ON "ShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ShareLink_projectId_idx" ON "ShareLink"("projectId");

-- CreateIndex
CREATE INDEX "PlanSnapshot_projectId_createdAt_idx" ON "PlanSnapshot"("projectId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TeamPlan_projectId_key" ON "TeamPlan"("projectId");

-- CreateIndex
CREATE INDEX "TeamPlan_projectId_idx" ON "TeamPlan"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamCost_projectId_key" ON "TeamCost"("projectId");

-- CreateIndex
CREATE INDEX "TeamCost_projectId_idx" ON "TeamCost"("projectId");

-- CreateIndex
CREATE INDEX "TeamMember_projectId_idx" ON "TeamMember"("projectId");

-- CreateIndex
CREATE INDEX "TeamHire_projectId_idx" ON "TeamHire"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamStrategy_projectId_key" ON "TeamStrategy"("projectId");

-- CreateIndex
CREATE INDEX "TeamStrategy_projectId_idx" ON "TeamStrategy"("projectId");

-- AddForeignKey
ALTER TABLE "CanvasNote" ADD CONSTRAINT "CanvasNote_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectionAssessment" ADD CONSTRAINT "DirectionAssessment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevenueModelChoice" ADD CONSTRAINT "RevenueModelChoice_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitEconomics" ADD CONSTRAINT "UnitEconomics_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BurnPlan" ADD CONSTRAINT "BurnPlan_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnCase" ADD CONSTRAINT "OwnCase_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAppliedLesson" ADD CONSTRAINT "CaseAppliedLesson_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentMention" ADD CONSTRAINT "CommentMention_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentMention" ADD CONSTRAINT "CommentMention_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentMention" ADD CONSTRAINT "CommentMention_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Presence" ADD CONSTRAINT "Presence_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Presence" ADD CONSTRAINT "Presence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompliancePlan" ADD CONSTRAINT "CompliancePlan_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceItem" ADD CONSTRAINT "ComplianceItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingPlan" ADD CONSTRAINT "FundingPlan_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingChannel" ADD CONSTRAINT "FundingChannel_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundsUse" ADD CONSTRAINT "FundsUse_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketResearch" ADD CONSTRAINT "MarketResearch_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketSize" ADD CONSTRAINT "MarketSize_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketSegment" ADD CONSTRAINT "MarketSegment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketCompetitor" ADD CONSTRAINT "MarketCompetitor_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketTrend" ADD CONSTRAINT "MarketTrend_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPlan" ADD CONSTRAINT "ProjectPlan_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneDependency" ADD CONSTRAINT "MilestoneDependency_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneDependency" ADD CONSTRAINT "MilestoneDependency_dependsOnId_fkey" FOREIGN KEY ("dependsOnId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneDependency" ADD CONSTRAINT "MilestoneDependency_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExecutionCheck" ADD CONSTRAINT "ExecutionCheck_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformDataSource" ADD CONSTRAINT "PlatformDataSource_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformComputeLine" ADD CONSTRAINT "PlatformComputeLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformToolingItem" ADD CONSTRAINT "PlatformToolingItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformPartner" ADD CONSTRAINT "PlatformPartner_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessSnapshot" ADD CONSTRAINT "ReadinessSnapshot_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessSnapshot" ADD CONSTRAINT "ReadinessSnapshot_triggeredById_fkey" FOREIGN KEY ("triggeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessSelfAssessment" ADD CONSTRAINT "ReadinessSelfAssessment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskSuggestionDismissal" ADD CONSTRAINT "RiskSuggestionDismissal_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "PlanSnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSnapshot" ADD CONSTRAINT "PlanSnapshot_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamPlan" ADD CONSTRAINT "TeamPlan_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamCost" ADD CONSTRAINT "TeamCost_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamHire" ADD CONSTRAINT "TeamHire_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamStrategy" ADD CONSTRAINT "TeamStrategy_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

