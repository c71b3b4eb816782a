// The browser shell's wire details, shared by its server and the renderer's client.
export const browserTransport = {
  callPath: '/api/call',
  eventsPath: '/api/events',
  /** Where a page trades its one-time code for its pass, an HttpOnly cookie. */
  passPath: '/api/pass',
  /** Where the operator asks for a fresh page address (a one-time code for the kiosk or the board). */
  pageAddressPath: '/api/page-address',
  /** The page URL carries its one-time code in the fragment, which is never sent to a server. */
  codeFragmentKey: 'code',
  passCookie: 'atiende_pass',
  /** The store-network listener's staff sign-in and sign-out (not host methods: they make and end the session). */
  signInPath: '/api/sign-in',
  signOutPath: '/api/sign-out',
  /** Browsers cannot set headers on a WebSocket; a secret (the command line's) rides as a second subprotocol. */
  protocol: 'atiende.v1',
  tokenProtocolPrefix: 'token.',
} as const;
