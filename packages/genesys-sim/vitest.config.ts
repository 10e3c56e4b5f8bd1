import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "genesys-sim", environment: "node" },
});
