import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, type DataRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { cancelSearchParamWritesOnNavigation } from "@/hooks/use-search-param-state";
import { AppProviders } from "./providers";
import { createAppRoutes, loadOnce } from "./router";
import "@/styles/index.css";

// The signed-in area (TanStack Query, axios, zod) is a chunk of its own, loaded with the first
// signed-in route: the sign-in page does without it (decision 008).
const router: DataRouter = createBrowserRouter(
  createAppRoutes(loadOnce(async () => (await import("./signed-in-area")).startSignedInArea(() => router))),
);
cancelSearchParamWritesOnNavigation(router);

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
