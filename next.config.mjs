/** @type {import('next').NextConfig} */
const nextConfig = {
  // forbidden() and unauthorized() answer 403 and 401 from pages and server actions.
  experimental: { authInterrupts: true },
  // Native and WASM database drivers stay as Node requires instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@prisma/client", "exceljs"],
  poweredByHeader: false,
  // Static files too (proxy.ts adds these and the CSP to everything else; decision 017).
  async headers() {
    return [{
      source: "/:path*",
      headers: [
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "same-origin" },
        { key: "X-Frame-Options", value: "DENY" },
      ],
    }];
  },
  // Lets a benchmark or test build live beside the developer's own build (.next by default).
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
