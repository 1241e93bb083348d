// Demo only: simulates a browser that sends Global Privacy Control when the QA panel set the demo_gpc cookie.
// It runs before consentry.min.js, as the real signal would exist before any script.
if (/(?:^|;\s*)demo_gpc=1(?:;|$)/.test(document.cookie)) {
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true })
}
