import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createFaultMaven, sessionCredentialStore } from "@faultmaven/shared";
import "@faultmaven/shared/styles.css";
import { WebApp } from "./WebApp";

// Served by the FaultMaven server itself, so the API is on this origin ("" base URL) and no CORS is involved.
const client = createFaultMaven("", sessionCredentialStore());

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <WebApp client={client} />
  </StrictMode>,
);
