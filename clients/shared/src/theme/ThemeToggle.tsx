import { useEffect, useState } from "react";

type Theme = "light" | "dark";

const storageKey = "faultmaven.theme";
const darkQuery = "(prefers-color-scheme: dark)";

function chosenTheme(): Theme | null {
  const saved = window.localStorage.getItem(storageKey);
  return saved === "light" || saved === "dark" ? saved : null;
}

function systemTheme(): Theme {
  return window.matchMedia?.(darkQuery).matches ? "dark" : "light";
}

/** Switches between the light and dark themes. Until the user picks one, the theme follows the system's, live; a pick is remembered
 * on this device (it is not a secret). Only the pick is stored: storing the system's theme would pin it and ignore later changes. */
export function ThemeToggle() {
  const [chosen, setChosen] = useState<Theme | null>(chosenTheme);
  const [system, setSystem] = useState<Theme>(systemTheme);
  const theme = chosen ?? system;

  useEffect(() => {
    const media = window.matchMedia?.(darkQuery);
    if (!media) {
      return;
    }
    const onChange = () => setSystem(media.matches ? "dark" : "light");
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, []);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const toggle = () => {
    const next = theme === "dark" ? "light" : "dark";
    window.localStorage.setItem(storageKey, next);
    setChosen(next);
  };
  return (
    <button type="button" aria-pressed={theme === "dark"} onClick={toggle}>
      Dark theme
    </button>
  );
}
