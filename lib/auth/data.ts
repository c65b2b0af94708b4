import "server-only";
import { db } from "@/lib/db/client";

export function findUserForSignIn(email: string) {
  return db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
}

export function findUserById(id: string) {
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, timeZone: true } });
}

export function setUserTimeZone(userId: string, timeZone: string) {
  return db.user.update({ where: { id: userId }, data: { timeZone }, select: { id: true } });
}
