// Shared class names for buttons and button-like links, so every control looks the same.
const base =
  "inline-flex items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium shadow-sm transition focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-1 disabled:cursor-not-allowed disabled:opacity-60";

export const buttonStyles = {
  primary: `${base} bg-indigo-600 text-white hover:bg-indigo-500 focus-visible:ring-indigo-500`,
  secondary: `${base} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 focus-visible:ring-indigo-500`,
  danger: `${base} border border-red-300 bg-white text-red-700 hover:bg-red-50 focus-visible:ring-red-500`,
} as const;
