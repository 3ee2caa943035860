// A labelled form control with its error message, linked for screen readers.
type FieldProps = {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  /** For a control whose label is already shown beside it: kept for screen readers only. */
  hideLabel?: boolean;
  children: (props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string; className: string }) => React.ReactNode;
};

export const inputClassName =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm placeholder:text-slate-500 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 aria-[invalid=true]:border-red-500 aria-[invalid=true]:ring-red-500";

/** A day is typed as the console prints it, YYYY-MM-DD, on every browser: a native date input shows
 * the browser's own order (mm/dd/yyyy in en-US Chromium). The value sent is the same ISO day. */
export const dateInputProps = {
  type: "text",
  pattern: "\\d{4}-\\d{2}-\\d{2}",
  placeholder: "YYYY-MM-DD",
  title: "A day as YYYY-MM-DD, e.g. 2026-12-31",
  maxLength: 10,
  size: 11,
  autoComplete: "off",
} as const;

export function Field({ name, label, errors, hint, required, hideLabel, children }: FieldProps) {
  const id = `field-${name}`;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block text-sm font-medium text-slate-700"}>
        {label}
        {required && <span className="text-red-600"> *</span>}
      </label>
      {children({ id, name, "aria-invalid": Boolean(errorId), "aria-describedby": errorId, className: inputClassName })}
      {hint && !errorId && <p className="text-xs text-slate-500">{hint}</p>}
      {errorId && (
        <p id={errorId} className="text-xs text-red-600" role="alert">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
