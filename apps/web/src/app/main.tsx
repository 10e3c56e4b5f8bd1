import "@/lib/zod-config";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { createQueryClient } from "@/lib/query-client";
import { AppProviders } from "./providers";
import { connectApiClient, createAppRouter } from "./router";
import "@/styles/index.css";

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
connectApiClient(queryClient, router);

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
