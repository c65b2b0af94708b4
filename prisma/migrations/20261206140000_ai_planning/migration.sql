-- Issue 21: AI cost planning (model prices, routing mixes, self-hosting, credits) and the AI obligations
-- calendar (compliance profile and tracked obligations). New tables only; existing rows are untouched.
-- CreateTable
CREATE TABLE "AiCostSettings" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "usdRate" DOUBLE PRECISION,
    "cnyRate" DOUBLE PRECISION,
    "eurRate" DOUBLE PRECISION,
    "targetMarginPct" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AiCostSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiPriceEntry" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "modelKey" TEXT NOT NULL,
    "provider" TEXT NOT NULL DEFAULT '',
    "model" TEXT NOT NULL DEFAULT '',
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "inputPerM" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "cachedInputPerM" DOUBLE PRECISION,
    "outputPerM" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "batchDiscountPct" DOUBLE PRECISION,
    "asOf" DATE,
    "sourceUrl" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AiPriceEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiFeature" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "routes" JSONB NOT NULL DEFAULT '[]',
    "inputTokens" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "outputTokens" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "cachedSharePct" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "batchSharePct" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "requestsPerUserMonth" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "activeUsers" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "usageShape" TEXT NOT NULL DEFAULT 'lognormal',
    "medianRequests" DOUBLE PRECISION,
    "p90Ratio" DOUBLE PRECISION,
    "p50Requests" DOUBLE PRECISION,
    "p90Requests" DOUBLE PRECISION,
    "p99Requests" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AiFeature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiSelfHostScenario" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gpuType" TEXT NOT NULL DEFAULT '',
    "gpuCount" INTEGER NOT NULL DEFAULT 1,
    "hourlyPrice" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "tokensPerSecond" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "utilisationPct" DOUBLE PRECISION NOT NULL DEFAULT 50,
    "compareModelKey" TEXT NOT NULL DEFAULT '',
    "outputSharePct" DOUBLE PRECISION NOT NULL DEFAULT 25,
    "cachedSharePct" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AiSelfHostScenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiCredit" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provider" TEXT NOT NULL DEFAULT '',
    "appliesTo" TEXT NOT NULL DEFAULT 'any',
    "amount" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "startsOn" DATE,
    "expiresOn" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AiCredit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplianceProfile" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "markets" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "domains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "publicGenerative" TEXT NOT NULL DEFAULT 'unsure',
    "publicOpinion" TEXT NOT NULL DEFAULT 'unsure',
    "personalInfo" TEXT NOT NULL DEFAULT 'unsure',
    "sensitivePersonalInfo" TEXT NOT NULL DEFAULT 'unsure',
    "largeScalePersonalInfo" TEXT NOT NULL DEFAULT 'unsure',
    "usPhi" TEXT NOT NULL DEFAULT 'unsure',
    "euGpaiProvider" TEXT NOT NULL DEFAULT 'unsure',
    "euHighRisk" TEXT NOT NULL DEFAULT 'unsure',
    "euAnnexIProduct" TEXT NOT NULL DEFAULT 'unsure',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComplianceProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplianceObligation" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "obligationKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "owner" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE,
    "evidence" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComplianceObligation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AiCostSettings_projectId_key" ON "AiCostSettings"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "AiPriceEntry_projectId_modelKey_key" ON "AiPriceEntry"("projectId", "modelKey");

-- CreateIndex
CREATE INDEX "AiFeature_projectId_idx" ON "AiFeature"("projectId");

-- CreateIndex
CREATE INDEX "AiSelfHostScenario_projectId_idx" ON "AiSelfHostScenario"("projectId");

-- CreateIndex
CREATE INDEX "AiCredit_projectId_idx" ON "AiCredit"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ComplianceProfile_projectId_key" ON "ComplianceProfile"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ComplianceObligation_projectId_obligationKey_key" ON "ComplianceObligation"("projectId", "obligationKey");

-- AddForeignKey
ALTER TABLE "AiCostSettings" ADD CONSTRAINT "AiCostSettings_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiPriceEntry" ADD CONSTRAINT "AiPriceEntry_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiFeature" ADD CONSTRAINT "AiFeature_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiSelfHostScenario" ADD CONSTRAINT "AiSelfHostScenario_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiCredit" ADD CONSTRAINT "AiCredit_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceProfile" ADD CONSTRAINT "ComplianceProfile_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceObligation" ADD CONSTRAINT "ComplianceObligation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

