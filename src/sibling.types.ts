// The types of the files `consentry.min.js` loads beside itself (`consentry-ui.min.js`, one
// `consentry-lang-<tag>.min.js` per language). They export nothing: each hands itself to the core
// that loaded it. Serve them from the same folder as `consentry.min.js`, from the same release.
export {}
