"use server";
import { revalidatePath } from "next/cache";
import { projectAction, teamAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/actions/result";
import { createProject, setProjectArchived, updateProject } from "./mutations";
import { archiveProjectSchema, createProjectSchema, updateProjectSchema } from "./schema";

export const createProjectAction = teamAction(createProjectSchema, "project.create", async ({ teamId: _teamId, ...details }, access) => {
  const project = await createProject(access.teamId, details);
  revalidatePath("/projects");
  return ok({ id: project.id });
});

export const updateProjectAction = projectAction(updateProjectSchema, "project.update", async ({ version, projectId: _projectId, ...details }, access) => {
  const { saved, current } = await updateProject(access.projectId, version, details);
  if (!saved) return fail("conflict", { current });
  revalidatePath(`/projects/${access.projectId}`, "layout");
  return ok(current);
});

export const archiveProjectAction = projectAction(archiveProjectSchema, "project.archive", async ({ archived }, access) => {
  await setProjectArchived(access.projectId, archived);
  revalidatePath("/projects");
  revalidatePath(`/projects/${access.projectId}`, "layout");
  return ok({ archived });
});
