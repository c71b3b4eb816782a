// The international symbol of accessibility as most kiosks now draw it: a figure with open arms in
// a circle. The button's sign, readable without words.
export function AccessibilityIcon() {
  return (
    <svg className="icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="24" cy="12.5" r="3.5" fill="currentColor" />
      <path
        d="M12 18.5l12 2.5 12-2.5M24 21v9M24 30l-5 10M24 30l5 10"
        fill="none"
        stroke="currentColor"
        strokeWidth="3.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
