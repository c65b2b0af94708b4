import { z } from "zod";
import { idField } from "@/lib/validation/fields";

export const heartbeatSchema = z.object({ projectId: idField });
