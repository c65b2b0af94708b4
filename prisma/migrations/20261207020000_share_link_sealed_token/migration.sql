-- Share links keep their token sealed (AES-GCM, key from AUTH_SECRET) so owners can copy them again.
ALTER TABLE "ShareLink" ADD COLUMN "sealedToken" TEXT;
