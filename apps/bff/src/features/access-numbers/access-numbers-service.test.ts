import { describe, expect, it } from "vitest";
import type { AccessNumber } from "@switchboard/contracts";
import type { Platform } from "../../platform/platform.ts";
import { createAccessNumbersService } from "./access-numbers-service.ts";

function number(value: string): AccessNumber {
  return { number: value, media: "voice", assignment: "unassigned", scenario: null, loginId: null, extension: null, name: null };
}

function platformAnswering(...answers: AccessNumber[][]) {
  let calls = 0;
  const platform = { listAccessNumbers: async () => answers[Math.min(calls++, answers.length - 1)] ?? [] } as Pick<Platform, "listAccessNumbers">;
  return { platform: platform as Platform, calls: () => calls };
}

describe("the access numbers service", () => {
  it("orders numbers by value, not as text: a shorter number comes first", async () => {
    const { platform } = platformAnswering([number("16505555555"), number("442071234567"), number("8005550100"), number("14155550100")]);
    const { accessNumbers } = await createAccessNumbersService(platform, { ttlMs: 0 }).listAccessNumbers();
    expect(accessNumbers.map((n) => n.number)).toEqual(["8005550100", "14155550100", "16505555555", "442071234567"]);
  });

  it("serves its copy until invalidated, then asks the platform again", async () => {
    const { platform, calls } = platformAnswering([number("14155550107")], [number("14155550107"), number("14155550108")]);
    const service = createAccessNumbersService(platform, { ttlMs: 60_000 });
    await service.listAccessNumbers();
    expect((await service.listAccessNumbers()).accessNumbers).toHaveLength(1);
    expect(calls()).toBe(1);

    service.invalidate();

    expect((await service.listAccessNumbers()).accessNumbers).toHaveLength(2);
    expect(calls()).toBe(2);
  });
});
