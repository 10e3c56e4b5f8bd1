import react from "@vitejs/plugin-react";
import { defineProject } from "vitest/config";

export default defineProject({
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  test: {
    name: "web",
    environment: "jsdom",
    setupFiles: ["./src/testing/setup-tests.ts"],
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
