import { z } from "zod";
import { idField } from "@/lib/validation/fields";

export const retryMailSchema = z.object({ messageId: idField });
