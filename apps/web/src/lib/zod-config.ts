import { z } from "zod";

// The BFF's CSP has no 'unsafe-eval'. Zod probes for `new Function` to compile faster parsers; the
// probe is caught, but browsers still report it as a CSP violation. Interpreted parsing is plenty
// fast for API answers. Imported first by main.tsx, before any schema parses.
z.config({ jitless: true });
