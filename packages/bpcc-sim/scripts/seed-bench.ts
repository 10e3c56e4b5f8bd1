// `pnpm bench` runs this: how long a 50,000-user tenant takes to seed, as one JSON line.
// It times createSimulator (seeding plus building the live tenant), not a listening server.
import { createSimulator } from "../src/index.ts";

const USERS = 50_000;

const started = performance.now();
const simulator = createSimulator({ users: USERS, seed: 42 });
const ms = performance.now() - started;

if (simulator.control.userCount() !== USERS) throw new Error(`seeded ${simulator.control.userCount()} users, expected ${USERS}`);
process.stdout.write(`${JSON.stringify({ users: USERS, ms: Math.round(ms * 10) / 10 })}\n`);
