"use server";
import { revalidatePath } from "next/cache";
import { projectAction, teamAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/actions/result";
import { viewerTimeZone } from "@/lib/time/viewer";
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
    const result = await updateProject(access.projectId, version, details, access.user.id);
    if (result.outcome === "notFound") return fail("notFound");
    if (result.outcome === "conflict") return fail("conflict", { current: result.current });
    revalidatePath(`/projects/${access.projectId}`, "layout");
    return ok({ ...result.row, changed: result.changes.map((c) => c.field) });
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
