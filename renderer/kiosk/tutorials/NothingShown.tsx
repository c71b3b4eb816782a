// Stands in for react-joyride's beacon and loader: the tour opens straight on its tooltip, and
// their default versions would add <style> elements that the kiosk's CSP (style-src 'self') refuses.
export function NothingShown() {
  return null;
}
