import "server-only";
import { db } from "@/lib/db/client";
import type { NotificationKind } from "./model";

export type NewNotification = { userId: string; projectId: string | null; kind: NotificationKind; path: string; actorName?: string; excerpt?: string };

export async function notify(notifications: NewNotification[]): Promise<void> {
  if (notifications.length) await db.notification.createMany({ data: notifications });
}

/** Marks the user's own notifications read (all, or the given ones); returns how many changed. */
export async function markRead(userId: string, ids: string[] | "all", now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) }, data: { readAt: now } });
  return count;
}

/** Marks one read and returns where it points; null when it is not the user's. */
export async function openNotification(userId: string, id: string, now = new Date()): Promise<string | null> {
  const found = await db.notification.findFirst({ where: { id, userId }, select: { path: true, readAt: true } });
  if (!found) return null;
  if (!found.readAt) await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: now } });
  return found.path;
}
