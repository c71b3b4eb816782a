// A person with a speech bubble: the help button's sign, readable without words.
export function PersonIcon() {
  return (
    <svg className="icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="18" cy="14" r="7" fill="none" stroke="currentColor" strokeWidth="3.5" />
      <path d="M5 42c0-8 6-13 13-13s13 5 13 13" fill="none" stroke="currentColor" strokeWidth="3.5" strokeLinecap="round" />
      <path
        d="M30 6h13a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-7l-5 4v-4h-1a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2z"
        fill="currentColor"
      />
    </svg>
  );
}
