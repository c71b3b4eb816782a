// Which view a window shows: the customer kiosk, or the waiting board on a second display
// (`?view=board`, kept in the query so it survives the browser shell's removal of the fragment).
export function isBoardView(search: string): boolean {
  return new URLSearchParams(search).get('view') === 'board';
}
