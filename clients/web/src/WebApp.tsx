import { useEffect, useMemo, useState } from "react";
import { FaultMavenApp, type FaultMaven, type Navigation } from "@faultmaven/shared";

/** The web app: the shared app, with screens in the URL so links, reloads and the back button work. */
export function WebApp({ client }: { client: FaultMaven }) {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const onPopState = () => setPath(window.location.pathname);
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);
  const navigation = useMemo<Navigation>(
    () => ({
      path,
      go: (next) => {
        window.history.pushState(null, "", next);
        setPath(next);
      },
    }),
    [path],
  );
  return <FaultMavenApp client={client} navigation={navigation} />;
}
