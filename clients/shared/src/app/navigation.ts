import { createContext, useContext } from "react";

/** Moves between the app's screens: the web app changes the URL; the extension's side panel keeps it in memory. */
export interface Navigation {
  path: string;
  go(path: string): void;
}

export const NavigationContext = createContext<Navigation>({ path: "/", go: () => undefined });

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
