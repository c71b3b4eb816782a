// The kiosk's own origin, app://kiosk, and the start URL of each kind of window it opens.
export const appScheme = 'app';
export const appHost = 'kiosk';

export type WindowRole = 'kiosk' | 'board';

export const startUrls: Record<WindowRole, string> = {
  kiosk: `${appScheme}://${appHost}/index.html`,
  board: `${appScheme}://${appHost}/index.html?view=board`,
};

/** True only for URLs on app://kiosk; anything unparsable counts as foreign. */
export function isAppUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.protocol === `${appScheme}:` && parsed.host.toLowerCase() === appHost;
}
