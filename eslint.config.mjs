import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["lib/generated/**", ".next*/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench/results/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Only data access modules talk to the database.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/*/data.ts", "lib/*/mutations.ts", "lib/db/**", "prisma/**", "tests/**", "scripts/**", "bench/**", "reliability/**", "e2e/**", "**/*.int.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/db/client", "**/lib/db/client", "@/lib/generated/prisma/client"], message: "Only lib/*/data.ts and lib/*/mutations.ts may use the database." },
          ],
        },
      ],
    },
  },
];
export default config;
