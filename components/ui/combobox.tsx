"use client";
// A searchable picker (the WAI-ARIA "combobox with listbox popup" pattern): type to search, arrow
// keys to move, Enter to choose, Escape to close. The choice is posted as a hidden field holding
// its id; editing the text after choosing clears it, so a half-typed name is never submitted.
import { useEffect, useId, useRef, useState } from "react";
import { inputClassName } from "./field";

export type ComboboxOption = { id: number; label: string; detail: string | null; archived: boolean };

type Props = {
  name: string;
  /** A second hidden field with the chosen text, so a form shown again after an error keeps it. */
  labelName?: string;
  label: string;
  /** A route answering `{ options }` for `?q=`, plus any fixed parameters. */
  source: string;
  initial: { id: number; label: string } | null;
  errors?: string[];
  hint?: string;
  required?: boolean;
};

const SEARCH_DELAY_MS = 200;

export function Combobox({ name, labelName, label, source, initial, errors, hint, required }: Props) {
  const baseId = useId();
  const inputId = `field-${name}`;
  const listId = `${baseId}-list`;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  const hintId = hint && !errorId ? `${inputId}-hint` : undefined;
  const [text, setText] = useState(initial?.label ?? "");
  const [value, setValue] = useState(initial ? String(initial.id) : "");
  const [options, setOptions] = useState<ComboboxOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "error">("idle");
  const query = useRef<string | null>(null);

  // Searches while the list is open; the latest query wins, earlier answers are dropped.
  useEffect(() => {
    if (!open) return;
    const q = value ? "" : text.trim();
    if (query.current === q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setStatus("loading");
      try {
        const separator = source.includes("?") ? "&" : "?";
        const response = await fetch(`${source}${separator}q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { options: ComboboxOption[] };
        query.current = q;
        setOptions(body.options);
        setActive(body.options.length > 0 ? 0 : -1);
        setStatus("idle");
      } catch (error) {
        if (!controller.signal.aborted) setStatus("error");
        void error;
      }
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, text, value, source]);

  function choose(option: ComboboxOption) {
    setText(option.label);
    setValue(String(option.id));
    setOpen(false);
    query.current = null;
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((index) => Math.min(options.length - 1, index + 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === "Enter" && open) {
      event.preventDefault(); // choosing must not submit the form
      if (options[active]) choose(options[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  }

  const optionId = (index: number) => `${baseId}-option-${index}`;
  const searching = status === "loading" || query.current !== (value ? "" : text.trim());
  return (
    <div className="relative space-y-1">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
        {label}
        {required && <span className="text-red-600"> *</span>}
      </label>
      <input type="hidden" name={name} value={value} />
      {labelName && <input type="hidden" name={labelName} value={value ? text : ""} />}
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-invalid={Boolean(errorId)}
        aria-describedby={errorId ?? hintId}
        className={inputClassName}
        placeholder="Type a name to search"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setValue("");
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label={label} className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
          {options.map((option, index) => (
            <li
              key={option.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
              className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 ${index === active ? "bg-indigo-50" : ""}`}
            >
              <span>
                {option.label}
                {option.detail && <span className="text-slate-500"> · {option.detail}</span>}
              </span>
              {option.archived && <span className="badge badge-gray">Archived</span>}
            </li>
          ))}
          {options.length === 0 && (
            <li role="presentation" className="px-3 py-1.5 text-slate-500">
              {status === "error" ? "The search failed; try again." : searching ? "Searching…" : "No match. Archived ones appear when you type their name."}
            </li>
          )}
        </ul>
      )}
      {hintId && <p id={hintId} className="text-xs text-slate-500">{hint}</p>}
      {errorId && (
        <p id={errorId} className="text-xs text-red-600" role="alert">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
