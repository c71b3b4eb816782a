// A ticket as staff type it: a printed number is read the way it is printed ("a12 " is A12),
// anything else (a ticket id) is passed on as typed.

export function ticketReference(typed: string): string {
  const trimmed = typed.trim();
  return /^[a-z]+\d+$/i.test(trimmed) ? trimmed.toUpperCase() : trimmed;
}
