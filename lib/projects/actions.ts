"use server";
import { revalidatePath } from "next/cache";
import { projectAction, teamAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/actions/result";
import { changedFields } from "@/lib/activity/model";
import { viewerTimeZone } from "@/lib/time/viewer";
import { getProject } from "./data";
import { createProject, setProjectArchived, updateProject } from "./mutations";
import { archiveProjectSchema, createProjectSchema, updateProjectSchema } from "./schema";

export const createProjectAction = teamAction(createProjectSchema, "project.create", async ({ teamId: _teamId, timeZone, ...details }, access) => {
  const project = await createProject(access.teamId, { ...details, timeZone: timeZone ?? (await viewerTimeZone()) });
  revalidatePath("/projects");
  return ok({ id: project.id });
});

export const updateProjectAction = projectAction(
  updateProjectSchema,
  "project.update",
  async ({ version, projectId: _projectId, ...details }, access) => {
    // Read first to name the changed fields; if anyone saves in between, the versioned update fails.
    const before = await getProject(access.projectId);
    const { saved, current } = await updateProject(access.projectId, version, details);
    if (!saved) return fail("conflict", { current });
    revalidatePath(`/projects/${access.projectId}`, "layout");
    return ok({ ...current, changed: changedFields(before, details) });
  },
  {
    activity: {
      section: "overview",
      summarize: (_input, data) => (data.changed.length ? { verb: "updated", itemType: "project", itemId: data.id, itemLabel: data.name, fields: data.changed } : null),
    },
  },
);

export const archiveProjectAction = projectAction(
  archiveProjectSchema,
  "project.archive",
  async ({ archived }, access) => {
    await setProjectArchived(access.projectId, archived);
    revalidatePath("/projects");
    revalidatePath(`/projects/${access.projectId}`, "layout");
    return ok({ archived });
  },
  { activity: { section: "overview", summarize: ({ archived, projectId }) => ({ verb: archived ? "archived" : "restored", itemType: "project", itemId: projectId }) } },
);
