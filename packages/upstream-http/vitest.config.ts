import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "upstream-http", environment: "node" },
});
