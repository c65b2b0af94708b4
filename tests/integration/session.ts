// Signs test requests in as a user with a real Auth.js session token (the same JWT the app issues),
// so server actions and loaders run their real session checks.
import { encode } from "next-auth/jwt";

const COOKIE = "authjs.session-token";
let jar = new Map<string, string>();

export function requestCookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
    toString: () => [...jar].map(([n, v]) => `${n}=${v}`).join("; "),
  };
}

export async function signInAs(user: { id: string; email: string; name: string } | null): Promise<void> {
  jar = new Map();
  if (!user) return;
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name },
    secret: process.env.AUTH_SECRET!,
    salt: COOKIE,
  });
  jar.set(COOKIE, token);
}
