import type { SectionSeeder } from "./demo";
import { seedFundingSection } from "./funding";
import { seedMilestonesSection } from "./milestones";
import { seedComplianceSection } from "./compliance";
import { seedCasesSection } from "./cases";
import { seedTeamSection } from "./team";
import { seedPlatformSection } from "./platform";
import { seedAiPlanningSection } from "./ai-planning";
import { seedMarketSection } from "./market";
import { seedRisksSection } from "./risks";
import { seedBusinessModelSection } from "./business-model";

// Each section adds its seeder here (prisma/seed/<section>.ts), in an order where later sections
// can read what earlier ones wrote.
export const SECTION_SEEDERS: SectionSeeder[] = [seedTeamSection, seedPlatformSection, seedAiPlanningSection, seedMarketSection, seedRisksSection, seedCasesSection, seedBusinessModelSection, seedFundingSection, seedMilestonesSection, seedComplianceSection];
