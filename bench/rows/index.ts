import type { Row } from "../lib/row.ts";
import { proxyOverheadRow } from "./01-proxy-overhead.ts";
import { tokenSingleFlightRow } from "./02-token-single-flight.ts";
import { directoryRow, genesysDirectoryRow } from "./03-directory.ts";
import { spaWeightRow } from "./04-spa-weight.ts";
import { searchAsYouTypeRow } from "./05-search-as-you-type.ts";
import { lighthouseRow } from "./06-lighthouse.ts";
import { faultsRow } from "./07-faults.ts";
import { lostAnswersRow } from "./08-lost-answers.ts";
import { loadRow } from "./09-load.ts";
import { seedRow } from "./10-seed.ts";
import { genesysReadRow } from "./12-genesys-read.ts";
import { genesysColdConcurrencyRow } from "./13-genesys-cold-concurrency.ts";
import { userIndexRow } from "./14-user-index.ts";
import { importRow } from "./15-import.ts";
import { postgresRow } from "./16-postgres.ts";
import { commandPaletteRow } from "./17-command-palette.ts";

/**
 * In the order they run, which is not their number: the seed first while the machine is idle,
 * the token row on a BFF fresh from start, the long load last so it cannot disturb the others. The
 * Genesys rows (11–13) run together before the load, on their own simulator and BFF.
 */
export const ROWS: Row[] = [
  seedRow,
  tokenSingleFlightRow,
  proxyOverheadRow,
  directoryRow,
  faultsRow,
  lostAnswersRow,
  importRow,
  spaWeightRow,
  searchAsYouTypeRow,
  commandPaletteRow,
  lighthouseRow,
  genesysDirectoryRow,
  genesysReadRow,
  genesysColdConcurrencyRow,
  userIndexRow,
  postgresRow,
  loadRow,
];
