import type { SectionSeeder } from "./demo";
import { seedRisksSection } from "./risks";

// Each section adds its seeder here (prisma/seed/<section>.ts), in an order where later sections
// can read what earlier ones wrote.
export const SECTION_SEEDERS: SectionSeeder[] = [seedRisksSection];
