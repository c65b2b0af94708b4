import { z } from "zod";
import { nameField } from "@/lib/validation/fields";

export const createTeamSchema = z.object({ name: nameField(80) });
