import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Customer console", template: "%s · Customer console" },
  description: "Manage customers, contracts and their configuration warnings.",
  icons: { icon: "/favicon.svg" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
