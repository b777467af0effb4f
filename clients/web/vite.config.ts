import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The server's CSP allows scripts from this origin only: no inlined module preload polyfill, no inline scripts.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  // Everything the app asks the server for in development: the API, and the sign-in options (single sign-on) outside it.
  server: { proxy: { "/api": "http://127.0.0.1:8000", "/auth": "http://127.0.0.1:8000" } },
});
