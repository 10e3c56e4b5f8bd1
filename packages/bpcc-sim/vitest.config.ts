import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "bpcc-sim", environment: "node" },
});
