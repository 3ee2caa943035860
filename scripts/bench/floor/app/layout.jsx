// The floor of PERFORMANCE.md: a bare Next.js page, no data access, no session (scripts/bench/ratios.ts).
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
