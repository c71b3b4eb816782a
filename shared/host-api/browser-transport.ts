// The browser shell's wire details, shared by its server and the renderer's client.
export const browserTransport = {
  callPath: '/api/call',
  eventsPath: '/api/events',
  /** The page URL carries the per-launch token in its fragment, which is never sent to a server. */
  tokenFragmentKey: 'token',
  /** Browsers cannot set headers on a WebSocket; the token rides as a second subprotocol. */
  protocol: 'atiende.v1',
  tokenProtocolPrefix: 'token.',
} as const;
