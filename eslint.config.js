// One ESLint run over the whole workspace (`pnpm lint`, part of `pnpm test`): @eslint/js recommended and
// typescript-eslint's strict type-checked set (which includes recommended type-checked) on every package's
// TypeScript, React's hook rules on the SPA, the JavaScript rules alone on the root scripts.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["**/dist/", "**/.tmp/", "**/coverage/", "**/test-results/", "**/playwright-report/", "**/data/"]),
  js.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: {
          // The Vitest configs sit outside their package's tsconfig; they are checked against the base options.
          allowDefaultProject: ["vitest.config.ts", "apps/bff/vitest.config.ts", "packages/*/vitest.config.ts"],
          defaultProject: "tsconfig.base.json",
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // House style: arrow shorthands that return a void call (`(req, res) => res.end()`, `onClick={() => close()}`).
      "@typescript-eslint/no-confusing-void-expression": "off",
      // House style: `if (x) (where.push(...), params.push(...));` builds SQL and drafts in one line per field.
      "@typescript-eslint/no-unused-expressions": "off",
      // Numbers and booleans in messages read well; objects, arrays and nullish values are still refused.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
      // The stores implement one async interface for SQLite (synchronous underneath) and PostgreSQL alike.
      "@typescript-eslint/require-await": "off",
      // With noUncheckedIndexedAccess, `rows[0]!` after a length check is the idiom; the compiler checks the rest.
      "@typescript-eslint/no-non-null-assertion": "off",
      // Jobs destructure `{ progress, signal }` and simulators hand out `close`: closures, not `this`-methods.
      "@typescript-eslint/unbound-method": "off",
      // `[...text].length` deliberately counts code points (password lengths), which is what the rule warns about.
      "@typescript-eslint/no-misused-spread": "off",
      // Deleting a named key from a record (a user's skills, a test body's field) is the intent.
      "@typescript-eslint/no-dynamic-delete": "off",
      // `"all" | "reads" | string` documents the well-known values of an open set.
      "@typescript-eslint/no-redundant-type-constituents": "off",
      // Input validation deliberately refuses control characters with /[\u0000-\u001f]/.
      "no-control-regex": "off",
      // `_`-prefixed names and rest siblings (`const { secret: _, ...rest } = x`) are deliberately unused.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // The house writes `=> void expr` to mark a discarded result, whether or not the expression is a void call.
      "@typescript-eslint/no-meaningless-void-operator": "off",
      // Express hands out `req`/`res` built by Node, not by their declared classes (`express.raw()(req, res, next)`).
      "@typescript-eslint/no-unsafe-class-instance-assignment": "off",
      // React Router's NavigationType is a string enum, compared with its values ("POP", "REPLACE").
      "@typescript-eslint/no-unsafe-enum-comparison": "off",
      // An interceptor passes on whatever it was given (`Promise.reject(error)` with an `unknown`).
      "@typescript-eslint/prefer-promise-reject-errors": ["error", { allowThrowingUnknown: true }],
      // Deprecations the code base keeps for now, each a change of its own: TanStack Query 5's prefetch/fetch
      // (superseded by `query()`), React's FormEvent, and execCommand as the clipboard fallback for plain HTTP.
      "@typescript-eslint/no-deprecated": [
        "error",
        {
          allow: [
            { from: "package", package: "@tanstack/query-core", name: ["prefetchQuery", "prefetchInfiniteQuery", "fetchQuery"] },
            { from: "package", package: "@types/react", name: "FormEvent" },
            { from: "lib", name: "execCommand" },
          ],
        },
      ],
      // React Router's idiom is `throw redirect(...)`, a Response.
      "@typescript-eslint/only-throw-error": ["error", { allow: [{ from: "lib", name: "Response" }] }],
    },
  },
  {
    files: ["**/test/**", "**/testing/**", "**/*.test.{ts,tsx}", "e2e/**", "bench/**"],
    // Tests read response bodies (supertest, fetch().json()) as `any` on purpose: their assertions are the check;
    // they also print whatever the wire carried (header values, query strings) and pass plain objects as headers.
    rules: {
      "@typescript-eslint/restrict-template-expressions": "off",
      "@typescript-eslint/no-base-to-string": "off",
      // `deferred<void>()` gates a step a test awaits.
      "@typescript-eslint/no-invalid-void-type": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    files: ["apps/web/src/**/*.{ts,tsx}", "apps/web/public/**/*.js"],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ["apps/bff/**", "packages/**", "bench/**", "e2e/**", "scripts/**", "*.{js,ts}", "**/*.config.ts"],
    languageOptions: { globals: globals.node },
  },
);
