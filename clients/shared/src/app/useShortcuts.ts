import { useEffect } from "react";

/** App-wide keys: Alt+N opens a new case, "/" moves to the question box. (Ctrl+Enter in the box asks.) */
export function useShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.key.toLowerCase() === "n") {
        event.preventDefault();
        document.querySelector<HTMLButtonElement>("[data-new-case]")?.click();
      } else if (event.key === "/" && !typing) {
        const question = document.getElementById("question");
        if (question) {
          event.preventDefault();
          question.focus();
        }
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
