import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { requestClientAddress } from "@/lib/http/client-address";
import { LIMITS } from "@/lib/rate-limit/model";
import { hitRateLimit, refundRateLimit } from "@/lib/rate-limit/mutations";
import { findUserForSignIn } from "./data";
import { dummyPasswordHash, verifyPassword } from "./password";
import { signInSchema } from "./schema";
import { authSecret } from "./secret";

class RateLimited extends CredentialsSignin {
  code = "rateLimited";
}

/** The client's address (X-Forwarded-For only from TRUSTED_PROXIES; see lib/http/client-address.ts). */
function clientIp(request: Request | undefined): string {
  return request ? requestClientAddress(request.headers) : "unknown";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  // Credentials sign-in requires JWT sessions in Auth.js v5.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        // Every attempt is counted first (atomically, so parallel guesses cannot all pass the
        // check) per email and per client address; a successful sign-in gives its attempt back.
        // Once either is used up, even the right password is refused until the window passes.
        const keys = [`login:email:${email}`, `login:ip:${clientIp(request)}`];
        const limits = [LIMITS.loginPerEmail, LIMITS.loginPerIp];
        const hits = await Promise.all(keys.map((key, i) => hitRateLimit(key, limits[i])));
        if (hits.some((hit) => hit.limited)) throw new RateLimited();
        const user = await findUserForSignIn(email);
        // Same work whether or not the email exists: no timing or message oracle.
        const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
        if (!user || !valid) return null;
        await Promise.all(keys.map((key) => refundRateLimit(key)));
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
