import { createContext, useContext } from "react";
import type { FaultMaven } from "../api/client";

export const FaultMavenContext = createContext<FaultMaven | null>(null);

/** The client of the server this app talks to. */
export function useFaultMaven(): FaultMaven {
  const client = useContext(FaultMavenContext);
  if (!client) {
    throw new Error("useFaultMaven needs a FaultMavenContext.Provider above it.");
  }
  return client;
}
