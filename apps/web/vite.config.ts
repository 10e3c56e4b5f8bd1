import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The BFF serves the built SPA and /api from one origin; in development Vite stands in front and
// forwards /api so cookies stay same-origin (SameSite=Strict) and no CORS is needed.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: { tsconfigPaths: true },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { "/api": { target: "http://127.0.0.1:8080", changeOrigin: false } },
  },
  preview: {
    proxy: { "/api": { target: "http://127.0.0.1:8080", changeOrigin: false } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // "hidden": maps are written for debugging a stack trace, but no bundle points to them, and the
    // BFF refuses to serve any `.map` (http/spa.ts): the browser never gets the original source.
    sourcemap: "hidden",
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: their own chunks stay cached across deploys.
        // React and the router are on every page. The signed-in area's libraries (TanStack Query,
        // axios, zod, the contracts) are not on the sign-in page: nothing there imports them, and
        // these chunks load with the first signed-in route (decision 008). The directory's
        // virtualizer stays in its route chunk.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 },
            {
              // zod-config in zod's chunk: the contracts (in "data", which imports this chunk) build
              // their schemas only after this chunk ran, configuration included.
              name: "zod",
              test: /node_modules[\\/]zod[\\/]|src[\\/]lib[\\/]zod-config/,
              priority: 2,
            },
            {
              name: "data",
              // The contracts but same-origin-path, which has no import and is on the sign-in page.
              test: /node_modules[\\/](@tanstack[\\/](react-query|query-core)|axios)[\\/]|packages[\\/]contracts[\\/](?!src[\\/]same-origin-path)/,
              priority: 1,
            },
            {
              // Small modules the directory (the first page after sign-in) loads with the sign-in page's
              // own: one chunk instead of nine of 84–700 bytes gzip each, ~2.4 KB less (row 4). None imports
              // the "data" or "zod" chunks, so the sign-in page stays without them.
              name: "signed-in",
              test: /src[\\/](lib[\\/](route-revalidation|page-search|display-name|clipboard|phone-number)|components[\\/]ui[\\/](badge|search-field|copy-button|table-cells))\.tsx?$/,
              priority: 0,
            },
          ],
        },
      },
    },
  },
});
