import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ThemeToggle } from "../../src/theme/ThemeToggle";

/** A prefers-color-scheme the test can flip, as the system does when it switches to dark at sunset. */
function fakeSystemTheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const media = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal("matchMedia", () => media);
  return (next: boolean) => {
    dark = next;
    act(() => listeners.forEach((listener) => listener()));
  };
}

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("ThemeToggle", () => {
  it("follows the system theme as it changes and stores nothing until the user picks", () => {
    const setSystemDark = fakeSystemTheme(false);
    render(<ThemeToggle />);
    expect(document.documentElement.dataset.theme).toBe("light");
    setSystemDark(true);
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(screen.getByRole("button", { name: "Dark theme" }).getAttribute("aria-pressed")).toBe("true");
    expect(window.localStorage.getItem("faultmaven.theme")).toBeNull();
  });

  it("keeps the user's pick over later system changes, across reloads", () => {
    const setSystemDark = fakeSystemTheme(false);
    render(<ThemeToggle />);
    fireEvent.click(screen.getByRole("button", { name: "Dark theme" }));
    expect(window.localStorage.getItem("faultmaven.theme")).toBe("dark");
    setSystemDark(false);
    expect(document.documentElement.dataset.theme).toBe("dark");

    cleanup();
    render(<ThemeToggle />);
    expect(document.documentElement.dataset.theme).toBe("dark");
  });
});
