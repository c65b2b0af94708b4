import { z } from "zod";
import { projectDetailsSchema } from "@/lib/projects/schema";
import { idField, nameField } from "@/lib/validation/fields";

export const SNAPSHOT_NAME_MAX = 120;

export const createSnapshotSchema = z.object({ projectId: idField, name: nameField(SNAPSHOT_NAME_MAX) });
export const restoreSnapshotSchema = z.object({ projectId: idField, snapshotId: idField });
/** The copy is a new project of the same team, under a name of the founder's choosing. */
export const duplicateSnapshotSchema = z.object({ projectId: idField, snapshotId: idField, name: projectDetailsSchema.shape.name });

/** A version of the plan to compare: a snapshot's id, or the plan as it is now. */
export const CURRENT = "current";
export const versionRefSchema = z.union([z.literal(CURRENT), idField]);
