import { z } from "zod";

/** `GET /api/health`: liveness, and whether the BFF runs in demo mode (the SPA shows a banner on every page). */
export const HealthSchema = z.lazy(() => z.object({
  status: z.literal("ok"),
  demo: z.boolean(),
}));
export type Health = z.infer<typeof HealthSchema>;
