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
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: their own chunks stay cached across deploys.
        // Only what every page needs goes here; the directory's virtualizer stays in its route chunk.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 2 },
            {
              name: "data",
              // zod-config rides along: it must run before the contracts build their schemas.
              test: /node_modules[\\/](@tanstack[\\/](react-query|query-core)|axios|zod)[\\/]|packages[\\/]contracts[\\/]|src[\\/]lib[\\/]zod-config/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
