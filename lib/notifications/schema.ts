import { z } from "zod";
import { idField } from "@/lib/validation/fields";

export const markReadSchema = z.object({ ids: z.union([z.literal("all"), z.array(idField).max(100)]) });
